/**
 * A posting-date cell against the county's fiscal years: judged once per distinct value (the SFY
 * check included), and against the years a funding stream is kept to.
 */
import { stateFiscalYearOf, sfyLabel } from '../../fiscalCalendar';
import type { IsoDate } from '../../isoDate';
import type { FundingStream } from '../types';
import { parseLedgerDate } from './dates';

export type DateVerdict =
  { ok: true; date: IsoDate; startYear: number } | { ok: false; reason: string };

/** A ledger has a few hundred distinct dates across a million rows; this bounds a strange file. */
const DATE_CACHE_LIMIT = 10_000;

type DatedEntry = { readonly date: IsoDate; readonly startYear: number };

/** Why a stream kept to some SFYs cannot take an entry of this date, or null when it can. */
export function streamYearRefusal(
  stream: FundingStream,
  { date, startYear }: DatedEntry,
): string | null {
  if (stream.activeSfys.length === 0 || stream.activeSfys.includes(startYear)) return null;
  const years = stream.activeSfys.map((year) => sfyLabel({ startYear: year })).join(', ');
  return `“${stream.name}” is used only in ${years}; the date ${date} is in ${sfyLabel({ startYear })}`;
}

export class DateCells {
  private readonly sfyOpen = new Map<number, boolean>();
  private readonly verdicts = new Map<string | number, DateVerdict>();

  constructor(private readonly ledger: { sfyAllowed(startYear: number): boolean }) {}

  /** `key` is the cell as read: a number (an XLSX date serial) or its text. */
  judge(key: string | number): DateVerdict {
    let verdict = this.verdicts.get(key);
    if (!verdict) {
      verdict = this.judgeAnew(key);
      if (this.verdicts.size >= DATE_CACHE_LIMIT) this.verdicts.clear();
      this.verdicts.set(key, verdict);
    }
    return verdict;
  }

  private judgeAnew(value: string | number): DateVerdict {
    const reading = parseLedgerDate(value);
    if (!reading.ok) return reading;
    const sfy = stateFiscalYearOf(reading.date);
    let open = this.sfyOpen.get(sfy.startYear);
    if (open === undefined) {
      open = this.ledger.sfyAllowed(sfy.startYear);
      this.sfyOpen.set(sfy.startYear, open);
    }
    if (!open) {
      return {
        ok: false,
        reason: `the date ${reading.date} is in ${sfyLabel(sfy)}, a fiscal year this county's ledger does not take entries for`,
      };
    }
    return { ok: true, date: reading.date, startYear: sfy.startYear };
  }
}
