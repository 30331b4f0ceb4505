import type { ReactNode } from 'react';

/**
 * A wide table scrolls inside its own region, so at 200% zoom the page itself never needs sideways
 * scrolling. The region is focusable (keyboard users can scroll it) and named for screen readers.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be reachable by keyboard (WCAG 2.1.1)
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
