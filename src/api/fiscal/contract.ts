import { z } from 'zod';
import { amountLimitProblem } from '../../core/fiscal/entryRules';
import { CategoryName, StreamName } from '../../core/fiscal/reference';
import { FUNDING_LEVELS, SOURCE_PROGRAMS } from '../../core/fiscal/types';
import { IsoDay } from '../dates.contract';
import { MoneyFormatError, parseMoney } from '../../core/money';
import type { ContractSlice } from '../contractTypes';
import { RecordVersion, SavedVersion } from '../recordVersion';
import { COUNTY_STAFF, FISCAL_READ, FISCAL_WRITE } from '../system/roleGroups';

const Id = z.number().int().positive();
const SfyYear = z.number().int().min(2000, 'SFYs start in 2000 or later.').max(2099);
const Source = z.enum(SOURCE_PROGRAMS);

/**
 * Money travels as people write it ("$1,234.56", "(12.50)") and is parsed once, here; the limit of
 * one amount is the entry rules' (core/fiscal/entryRules), for budgets and services too.
 */
export const MoneyText = z
  .string()
  .max(40)
  .transform((text, ctx) => {
    try {
      const cents = parseMoney(text);
      const beyond = amountLimitProblem(cents);
      if (beyond !== null) {
        ctx.addIssue({ code: 'custom', message: beyond });
        return z.NEVER;
      }
      return cents;
    } catch (error) {
      if (!(error instanceof MoneyFormatError)) throw error;
      ctx.addIssue({ code: 'custom', message: error.message });
      return z.NEVER;
    }
  });

export const FundingStreamView = z.object({
  id: Id,
  name: z.string(),
  sourceProgram: Source,
  level: z.enum(FUNDING_LEVELS),
  claimable: z.boolean(),
  generalFund: z.boolean(),
  activeSfys: z.array(z.number().int()),
  retired: z.boolean(),
  version: RecordVersion,
});
export type FundingStreamView = z.infer<typeof FundingStreamView>;

export const ServiceCategoryView = z.object({
  id: Id,
  name: z.string(),
  retired: z.boolean(),
  version: RecordVersion,
});
export type ServiceCategoryView = z.infer<typeof ServiceCategoryView>;

export const BudgetLine = z.object({
  id: Id,
  sfyStartYear: z.number().int(),
  streamId: Id,
  categoryId: Id,
  amountCents: z.number().int(),
  quarterCents: z
    .tuple([z.number().int(), z.number().int(), z.number().int(), z.number().int()])
    .nullable(),
  version: RecordVersion,
});
export type BudgetLine = z.infer<typeof BudgetLine>;

export const LedgerEntryView = z.object({
  id: Id,
  date: z.string(),
  sfyStartYear: z.number().int(),
  quarter: z.number().int().min(1).max(4),
  streamId: Id,
  categoryId: Id,
  payingProgram: Source,
  amountCents: z.number().int(),
  leveraged: z.boolean(),
  savedProgram: Source.nullable(),
  description: z.string(),
  familyReference: z.string().nullable(),
  refundReason: z.string(),
  importId: Id.nullable(),
  version: RecordVersion,
});
export type LedgerEntryView = z.infer<typeof LedgerEntryView>;

export const fiscalReferenceContract = {
  'fiscal.reference': {
    reads: ['fiscalReference'],
    identifiers: 'none',
    // The names a family's services are recorded under: the programs' staff record those too.
    roles: COUNTY_STAFF,
    summary: "The county's funding streams and service categories (seeded on first use).",
    input: z.object({ countyId: Id }).strict(),
    output: z.object({
      streams: z.array(FundingStreamView),
      categories: z.array(ServiceCategoryView),
    }),
  },
  'fiscal.saveStream': {
    changes: ['fiscalReference'],
    identifiers: 'none',
    roles: FISCAL_WRITE,
    summary: 'Add a funding stream (no id) or change one; retired streams take no new entries.',
    input: z
      .object({
        countyId: Id,
        id: Id.nullable().default(null),
        version: SavedVersion,
        name: StreamName,
        sourceProgram: Source,
        level: z.enum(FUNDING_LEVELS),
        claimable: z.boolean(),
        /** Left out: unchanged on an update, false on a new stream. */
        generalFund: z.boolean().optional(),
        activeSfys: z.array(SfyYear).max(50).default([]),
        retired: z.boolean().optional(),
      })
      .strict(),
    output: FundingStreamView,
  },
  'fiscal.saveCategory': {
    changes: ['fiscalReference'],
    identifiers: 'none',
    roles: FISCAL_WRITE,
    summary: 'Add a service category (no id), rename one, or retire it.',
    input: z
      .object({
        countyId: Id,
        id: Id.nullable().default(null),
        version: SavedVersion,
        name: CategoryName,
        /** Left out: unchanged on an update, false on a new category. */
        retired: z.boolean().optional(),
      })
      .strict(),
    output: ServiceCategoryView,
  },
} as const satisfies ContractSlice;

export const fiscalBudgetContract = {
  'fiscal.listBudgets': {
    reads: ['budgets'],
    identifiers: 'none',
    roles: FISCAL_READ,
    summary: "The county's budget lines for an SFY.",
    input: z.object({ countyId: Id, sfyStartYear: SfyYear }).strict(),
    output: z.array(BudgetLine),
  },
  'fiscal.saveBudget': {
    changes: ['budgets'],
    identifiers: 'none',
    roles: FISCAL_WRITE,
    summary:
      'Set the committed amount for an SFY, stream and category, optionally split by quarter.',
    input: z
      .object({
        countyId: Id,
        /** Of the line the page showed for this SFY, stream and category; null when it had none. */
        version: SavedVersion,
        sfyStartYear: SfyYear,
        streamId: Id,
        categoryId: Id,
        amount: MoneyText,
        quarters: z.tuple([MoneyText, MoneyText, MoneyText, MoneyText]).nullable().default(null),
      })
      .strict(),
    output: BudgetLine,
  },
  'fiscal.deleteBudget': {
    changes: ['budgets'],
    identifiers: 'none',
    roles: FISCAL_WRITE,
    summary: 'Remove a budget line (audited; undo brings it back).',
    input: z.object({ countyId: Id, id: Id }).strict(),
    output: z.object({ deleted: z.literal(true) }),
  },
} as const satisfies ContractSlice;

export const LedgerInput = z
  .object({
    countyId: Id,
    id: Id.nullable().default(null),
    version: SavedVersion,
    date: IsoDay,
    streamId: Id,
    categoryId: Id,
    /** Defaults to the stream's own program. */
    payingProgram: Source.nullable().default(null),
    amount: MoneyText,
    leveraged: z.boolean().default(false),
    savedProgram: Source.nullable().default(null),
    // Their lengths and the case-number rule are the entry rules' (core/fiscal/entryRules).
    description: z.string().trim().default(''),
    familyReference: z.string().trim().nullable().default(null),
    refundReason: z.string().trim().default(''),
  })
  .strict();

export const fiscalLedgerContract = {
  'fiscal.listLedger': {
    reads: ['ledger'],
    identifiers: 'none',
    roles: FISCAL_READ,
    summary: 'A page of the ledger, filtered and sorted, with the number of rows matching.',
    input: z
      .object({
        countyId: Id,
        sfyStartYear: SfyYear.nullable().default(null),
        streamId: Id.nullable().default(null),
        categoryId: Id.nullable().default(null),
        text: z.string().max(100).default(''),
        sort: z.enum(['date', 'amount']).default('date'),
        descending: z.boolean().default(false),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(1000).default(200),
      })
      .strict(),
    output: z.object({ total: z.number().int(), rows: z.array(LedgerEntryView) }),
  },
  'fiscal.saveEntry': {
    changes: ['ledger'],
    identifiers: 'none',
    roles: FISCAL_WRITE,
    summary: 'Add an expense or refund (no id) or change one; SFY and quarter come from the date.',
    input: LedgerInput,
    output: LedgerEntryView,
  },
  'fiscal.deleteEntry': {
    changes: ['ledger'],
    identifiers: 'none',
    roles: FISCAL_WRITE,
    summary: 'Remove a ledger row (audited; undo brings it back).',
    input: z.object({ countyId: Id, id: Id }).strict(),
    output: z.object({ deleted: z.literal(true) }),
  },
} as const satisfies ContractSlice;
