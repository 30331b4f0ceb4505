import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The page's h1. It takes focus when the page opens, so keyboard and screen-reader users land on
 * the new page rather than staying in the navigation.
 */
export function PageHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
