/** Shared pieces of the content schemas in resources/ (instrument, rules, component catalog). */
import { z } from 'zod';

export const ContentId = z
  .string()
  .regex(/^[a-z][a-z0-9-]{1,47}$/, 'ids are lower-case words joined by hyphens');

/** Adds an issue for every id that appears a second time in `entries`. */
export function checkUniqueIds(
  entries: readonly { id: string }[],
  path: string,
  what: string,
  ctx: z.RefinementCtx,
): void {
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    if (seen.has(entry.id)) {
      ctx.addIssue({
        code: 'custom',
        path: [path, index, 'id'],
        message: `${what} id "${entry.id}" appears twice.`,
      });
    }
    seen.add(entry.id);
  });
}
