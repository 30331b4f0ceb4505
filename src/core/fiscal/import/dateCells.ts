/**
 * A posting-date cell read once per distinct value. Whether the ledger takes an entry of that date
 * (its SFY budgeted, its stream used then) is the entry rules' (core/fiscal/entryRules).
 */
import { parseLedgerDate, type LedgerDateReading } from './dates';

/** A ledger has a few hundred distinct dates across a million rows; this bounds a strange file. */
const DATE_CACHE_LIMIT = 10_000;

export class DateCells {
  private readonly verdicts = new Map<string | number, LedgerDateReading>();

  /** `key` is the cell as read: a number (an XLSX date serial) or its text. */
  judge(key: string | number): LedgerDateReading {
    let verdict = this.verdicts.get(key);
    if (!verdict) {
      verdict = parseLedgerDate(key);
      if (this.verdicts.size >= DATE_CACHE_LIMIT) this.verdicts.clear();
      this.verdicts.set(key, verdict);
    }
    return verdict;
  }
}
