import { useEffect, useRef, type ReactNode } from 'react';
import { hasNavigated } from '../navigation';
import { PageHelp } from '../help/PageHelp';

/**
 * The page's h1. It takes focus when the user moves to another page, so keyboard and
 * screen-reader users land on the new page rather than staying in the navigation. The first page
 * of a window leaves focus at the top, so Tab reaches the skip link first. Under it, closed, what
 * the page is for.
 */
export function PageHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (hasNavigated()) ref.current?.focus();
  }, []);
  return (
    <>
      <h1 ref={ref} tabIndex={-1}>
        {children}
      </h1>
      <PageHelp />
    </>
  );
}
