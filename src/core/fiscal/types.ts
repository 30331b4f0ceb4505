/**
 * The fiscal area's facts as core sees them (DOMAIN.md, "Money and time"): amounts in integer
 * cents, dates as ISO strings, SFYs and quarters only through fiscalCalendar.
 */
import type { Cents } from '../money';
import type { FiscalQuarter } from '../fiscalCalendar';

/** Which program a funding stream comes from, and whose budget a leveraged expense spared. */
export const SOURCE_PROGRAMS = ['calworks', 'cws', 'county', 'other'] as const;
export type SourceProgram = (typeof SOURCE_PROGRAMS)[number];

export const FUNDING_LEVELS = ['federal', 'state', 'county', 'private'] as const;
export type FundingLevel = (typeof FUNDING_LEVELS)[number];

export interface FundingStream {
  readonly id: number;
  readonly name: string;
  readonly sourceProgram: SourceProgram;
  readonly level: FundingLevel;
  readonly claimable: boolean;
  /** The county general fund: what the county commits to Linkages, the leverage ratio's divisor. */
  readonly generalFund: boolean;
  /** SFY start years the stream can be used in; empty means every year. */
  readonly activeSfys: readonly number[];
  readonly retired: boolean;
}

export interface ServiceCategory {
  readonly id: number;
  readonly name: string;
  readonly retired: boolean;
}

/** The committed amount for one SFY, stream and category, optionally split by quarter. */
export interface Budget {
  readonly sfyStartYear: number;
  readonly streamId: number;
  readonly categoryId: number;
  readonly amountCents: Cents;
  /** Q1..Q4; when present it adds up to amountCents. */
  readonly quarterCents: readonly [Cents, Cents, Cents, Cents] | null;
}

/** One ledger row as the arithmetic needs it (no vendor, no family reference). */
export interface Expense {
  readonly date: string;
  readonly streamId: number;
  readonly categoryId: number;
  /** Refunds are negative. */
  readonly amountCents: Cents;
  readonly leveraged: boolean;
  /** For a leveraged expense: the program whose budget it spared ('county' is the general fund). */
  readonly savedProgram: SourceProgram | null;
}

/**
 * Spending summed per stream, category and quarter of one SFY: what the summaries start from, so
 * SQL can do the summing over a million rows and core the arithmetic.
 */
export interface SpendingCell {
  readonly sfyStartYear: number;
  readonly quarter: FiscalQuarter;
  readonly streamId: number;
  readonly categoryId: number;
  readonly spentCents: Cents;
  /** The leveraged part of spentCents. */
  readonly leveragedCents: Cents;
  /** The leveraged part that spared the county general fund. */
  readonly generalFundSavedCents: Cents;
}

/** A ledger row as the fiscal workbook lists it: no family reference leaves the Workbench. */
export interface FiscalLedgerRow {
  readonly date: string;
  readonly quarter: number;
  readonly streamId: number;
  readonly categoryId: number;
  readonly payingProgram: SourceProgram;
  readonly amountCents: number;
  readonly leveraged: boolean;
  readonly savedProgram: SourceProgram | null;
  readonly description: string;
  readonly refundReason: string;
}
