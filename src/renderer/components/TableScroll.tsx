import type { ReactNode, Ref } from 'react';

/**
 * A wide table scrolls inside its own region, so at 200% zoom the page itself never needs sideways
 * scrolling. The region is focusable (keyboard users can scroll it) and named for screen readers.
 * `tall` caps its height too, for virtualized tables that scroll their rows inside it.
 */
export function TableScroll({
  label,
  children,
  ref,
  id,
  tall = false,
}: {
  label: string;
  children: ReactNode;
  ref?: Ref<HTMLDivElement>;
  id?: string;
  tall?: boolean;
}) {
  return (
    <div
      ref={ref}
      id={id}
      className={tall ? 'table-scroll table-scroll--tall' : 'table-scroll'}
      role="region"
      aria-label={label}
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be reachable by keyboard (WCAG 2.1.1)
      tabIndex={0}
    >
      {children}
    </div>
  );
}
