/**
 * The one fiscal calendar of the Workbench (DOMAIN.md, "Money and time"):
 * state fiscal year July 1 – June 30 named by both years ("SFY 2026-27"),
 * quarters Q1 Jul–Sep … Q4 Apr–Jun, federal FY Oct 1 – Sep 30 named by its end year.
 */
import { daysInMonth, parseIsoDate, type IsoDate } from './isoDate';

export type FiscalQuarter = 1 | 2 | 3 | 4;

/** A state fiscal year, identified by the calendar year it starts in (SFY 2026-27 → 2026). */
export interface StateFiscalYear {
  readonly startYear: number;
}

export interface FiscalPeriod {
  readonly sfy: StateFiscalYear;
  readonly quarter: FiscalQuarter;
}

const SFY_START_MONTH = 7;
const FFY_START_MONTH = 10;

export function stateFiscalYearOf(date: IsoDate | string): StateFiscalYear {
  const { year, month } = parseIsoDate(date);
  return { startYear: month >= SFY_START_MONTH ? year : year - 1 };
}

export function fiscalQuarterOf(date: IsoDate | string): FiscalQuarter {
  return quarterOfMonth(parseIsoDate(date).month);
}

function quarterOfMonth(month: number): FiscalQuarter {
  // Months since July 1, 0..11, in blocks of three.
  const monthsIntoYear = (month - SFY_START_MONTH + 12) % 12;
  return (Math.floor(monthsIntoYear / 3) + 1) as FiscalQuarter;
}

export function fiscalPeriodOf(date: IsoDate | string): FiscalPeriod {
  const { year, month } = parseIsoDate(date);
  return {
    sfy: { startYear: month >= SFY_START_MONTH ? year : year - 1 },
    quarter: quarterOfMonth(month),
  };
}

export function sfyStart(sfy: StateFiscalYear): IsoDate {
  return `${pad4(sfy.startYear)}-07-01` as IsoDate;
}

export function sfyEnd(sfy: StateFiscalYear): IsoDate {
  return `${pad4(sfy.startYear + 1)}-06-30` as IsoDate;
}

/** First and last day of a quarter of an SFY. */
export function quarterRange(period: FiscalPeriod): { start: IsoDate; end: IsoDate } {
  const firstMonth = ((SFY_START_MONTH - 1 + (period.quarter - 1) * 3) % 12) + 1;
  const year = firstMonth >= SFY_START_MONTH ? period.sfy.startYear : period.sfy.startYear + 1;
  const lastMonth = firstMonth + 2;
  const lastDay = daysInMonth(year, lastMonth);
  return {
    start: `${pad4(year)}-${pad2(firstMonth)}-01` as IsoDate,
    end: `${pad4(year)}-${pad2(lastMonth)}-${pad2(lastDay)}` as IsoDate,
  };
}

/** Federal fiscal year, named by the calendar year it ends in (FFY 2027 starts 2026-10-01). */
export function federalFiscalYearOf(date: IsoDate | string): number {
  const { year, month } = parseIsoDate(date);
  return month >= FFY_START_MONTH ? year + 1 : year;
}

/** "SFY 2026-27" */
export function sfyLabel(sfy: StateFiscalYear): string {
  return `SFY ${pad4(sfy.startYear)}-${pad2((sfy.startYear + 1) % 100)}`;
}

/** "SFY 2026-27 Q3" */
export function fiscalPeriodLabel(period: FiscalPeriod): string {
  return `${sfyLabel(period.sfy)} Q${period.quarter}`;
}

/** "FFY 2027" */
export function ffyLabel(ffy: number): string {
  return `FFY ${pad4(ffy)}`;
}

/** Parses "SFY 2026-27" or "2026-27"; the second year must follow the first. */
export function parseSfyLabel(label: string): StateFiscalYear {
  const match = /^(?:SFY\s+)?(\d{4})-(\d{2})$/.exec(label.trim());
  if (!match) {
    throw new RangeError(`"${label}" is not a state fiscal year; write it like "SFY 2026-27".`);
  }
  const startYear = Number(match[1]);
  if (Number(match[2]) !== (startYear + 1) % 100) {
    throw new RangeError(
      `"${label}" is not a state fiscal year: the second year must follow the first.`,
    );
  }
  return { startYear };
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function pad4(n: number): string {
  return String(n).padStart(4, '0');
}
