/**
 * What the crash child tells its parent, one JSON object per stdout line: a write it is about to
 * make (`begin`), the stage its job reached (`stage`), and the same write once the service has
 * answered (`ack`, so committed). A kill can fall between any two lines, so the parent counts a
 * write as acknowledged only from its `ack`, and allows the one write begun but not acknowledged
 * to be either wholly there or wholly absent.
 */

/** A write the child makes through the service, as begun (ids the service gives come with ack). */
export type CrashWrite =
  | ({ readonly kind: 'add' } & CrashRowValues)
  | ({ readonly kind: 'edit'; readonly id: number } & CrashRowValues)
  | { readonly kind: 'delete'; readonly id: number }
  | {
      readonly kind: 'import';
      readonly fileName: string;
      readonly rowCount: number;
      readonly totalCents: number;
    }
  | {
      readonly kind: 'extract';
      readonly side: 'calworks' | 'cws';
      readonly fileName: string;
      readonly rows: number;
    }
  | {
      readonly kind: 'run';
      readonly calworksExtractId: number;
      readonly cwsExtractId: number;
      readonly seed: number;
    };

/** What the child writes in a ledger row by hand, and the parent finds there afterwards. */
export interface CrashRowValues {
  readonly date: string;
  readonly amountCents: number;
  readonly description: string;
}

export type CrashWriteKind = CrashWrite['kind'];

/** What the service answered: the new row's, import's, extract's or run's id, and a run's pairs. */
export interface CrashAnswer {
  readonly id?: number;
  readonly pairs?: number;
}

export type CrashLine =
  | { readonly t: 'ready' }
  | { readonly t: 'begin'; readonly write: CrashWrite }
  | { readonly t: 'stage'; readonly stage: string }
  | { readonly t: 'ack'; readonly write: CrashWrite; readonly answer: CrashAnswer }
  /** The service refused the write (a duplicate file, say): nothing was written, by design. */
  | { readonly t: 'refused'; readonly message: string };

/** What the parent gives the child: its database, its seed and where the source's files are. */
export interface CrashChildConfig {
  readonly file: string;
  readonly seed: number;
  readonly migrationsFolder: string;
  readonly resourcesFolder: string;
}

/** The county, stream and category every crash write goes to (budgeted before the first child). */
export const CRASH_COUNTY = 49;
export const CRASH_SFY = 2026;
export const CRASH_STREAM = 'CalWORKs Housing Support Program';
export const CRASH_CATEGORY = 'Housing';
/** Marks the rows the child adds by hand, so a later child finds them to edit and delete. */
export const CRASH_ROW_MARK = 'crash-row';
