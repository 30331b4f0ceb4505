import type { ReactNode } from 'react';
import { TableScroll } from '../../components/TableScroll';

/** A column's heading, or its heading and class ("number" for figures, as its cells). */
export type FamilyHeading = string | readonly [label: string, className: string];

/**
 * One of the family page's tables in its scrolling region: caption, column headings, and the
 * body (and foot) it is given.
 */
export function FamilyTable({
  label,
  testId,
  caption,
  headings,
  children,
}: {
  /** The region's name. */
  label: string;
  testId: string;
  caption: string;
  headings: readonly FamilyHeading[];
  children: ReactNode;
}) {
  return (
    <TableScroll label={label}>
      <table className="data-table family-table" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {headings.map((heading) => {
              const [text, className] = typeof heading === 'string' ? [heading] : heading;
              return (
                <th key={text} scope="col" className={className}>
                  {text}
                </th>
              );
            })}
          </tr>
        </thead>
        {children}
      </table>
    </TableScroll>
  );
}
