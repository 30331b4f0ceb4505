/**
 * What makes a ledger entry acceptable, written once for every path that records one: hand entry
 * (fiscal.saveEntry) shows a problem beside its field, the import of a finance export beside the
 * row and column. Budget lines and a family's services share the rules of the line (stream and
 * category). Each rule has one wording, a sentence that names the thing (stream, category, SFY)
 * and never quotes an identifier of a person. Reading cells (text to dates, money and names) stays
 * with the import: these rules start from values.
 */
import { sfyLabel, stateFiscalYearOf } from '../fiscalCalendar';
import { formatMoney, type Cents } from '../money';
import type { FundingStream, ServiceCategory, SourceProgram } from './types';

/** $1 billion: far above any county line, and far below where sums of cents lose exactness. */
export const MAX_AMOUNT_CENTS = 100_000_000_000;
export const MAX_DESCRIPTION_CHARS = 500;
export const MAX_REFUND_REASON_CHARS = 500;
export const MAX_FAMILY_REFERENCE_CHARS = 40;

/**
 * A case number: letters, digits and dashes. This field never takes a name (DOMAIN.md, Privacy:
 * store only the identifiers a feature needs), and a name cannot pass the rule because it needs a
 * space or punctuation; a single-word value is accepted as a case number, as the rule says.
 */
const FAMILY_REFERENCE = /^[A-Za-z0-9-]+$/;

/** The fields of an entry a rule can find wrong, in the order problems are listed. */
export const ENTRY_FIELDS = [
  'date',
  'amountCents',
  'streamId',
  'categoryId',
  'savedProgram',
  'description',
  'familyReference',
  'refundReason',
] as const;
export type EntryField = (typeof ENTRY_FIELDS)[number];

export interface EntryProblem {
  readonly field: EntryField;
  readonly message: string;
}

type LineStream = Pick<FundingStream, 'id' | 'name' | 'sourceProgram' | 'activeSfys' | 'retired'>;
type LineCategory = Pick<ServiceCategory, 'id' | 'name' | 'retired'>;

/** The county's reference data the rules read, as plain data. */
export interface LineReference {
  readonly streams: readonly LineStream[];
  readonly categories: readonly LineCategory[];
}

export interface LedgerCounty extends LineReference {
  /** Start years of the SFYs with a budget: the ledger takes new entries in those only. */
  readonly budgetedSfys: readonly number[];
}

/** A line as a budget, an entry or a service names it; a field left out is not known yet. */
export interface Line {
  readonly streamId?: number;
  readonly categoryId?: number;
  readonly sfyStartYear?: number;
}

/** What a changed record used before: what it already used stays usable (old rows stay editable). */
export interface LineBefore {
  readonly streamId: number;
  readonly categoryId: number;
}

export interface EntryBefore extends LineBefore {
  readonly sfyStartYear: number;
}

/**
 * An entry as hand entry or an import row proposes it. A field left out (undefined) is one the
 * import could not read from its cell, already refused there: the rules that need it wait.
 */
export interface EntryCandidate {
  readonly date?: string;
  /** Refunds are negative. */
  readonly amountCents?: Cents;
  readonly streamId?: number;
  readonly categoryId?: number;
  /** null: the stream's own program pays. */
  readonly payingProgram?: SourceProgram | null;
  readonly leveraged?: boolean;
  /** The program whose budget a leveraged entry spared; null when none is given. */
  readonly savedProgram?: SourceProgram | null;
  readonly description?: string;
  /** null or '' when none is given. */
  readonly familyReference?: string | null;
  /** '' when none is given. */
  readonly refundReason?: string;
}

/** An entry's paying program defaults to its stream's source program. */
export function payingProgramOf(
  stream: Pick<FundingStream, 'sourceProgram'>,
  chosen: SourceProgram | null,
): SourceProgram {
  return chosen ?? stream.sourceProgram;
}

/** "SFY 2025-26", "SFY 2025-26 and SFY 2026-27", "SFY 2024-25, SFY 2025-26 and SFY 2026-27". */
function sfyList(startYears: readonly number[]): string {
  const labels = [...startYears].sort((a, b) => a - b).map((startYear) => sfyLabel({ startYear }));
  const last = labels.pop() ?? '';
  return labels.length === 0 ? last : `${labels.join(', ')} and ${last}`;
}

function streamProblem(
  stream: LineStream | undefined,
  line: Line,
  before: LineBefore | undefined,
): string | null {
  if (!stream) return `This county has no funding stream ${line.streamId}.`;
  if (stream.retired && before?.streamId !== stream.id) {
    return `“${stream.name}” is retired: it takes no new entries.`;
  }
  const { sfyStartYear } = line;
  if (
    sfyStartYear === undefined ||
    stream.activeSfys.length === 0 ||
    stream.activeSfys.includes(sfyStartYear)
  ) {
    return null;
  }
  return `“${stream.name}” is used only in ${sfyList(stream.activeSfys)}, not in ${sfyLabel({ startYear: sfyStartYear })}.`;
}

function categoryProblem(
  category: LineCategory | undefined,
  line: Line,
  before: LineBefore | undefined,
): string | null {
  if (!category) return `This county has no service category ${line.categoryId}.`;
  if (category.retired && before?.categoryId !== category.id) {
    return `“${category.name}” is retired: it takes no new entries.`;
  }
  return null;
}

/**
 * The stream and category a new or changed record uses: both the county's, and — unless the record
 * already used them — not retired, and the stream used in the record's SFY. At most one problem
 * per field.
 */
export function lineProblems(
  county: LineReference,
  line: Line,
  before?: LineBefore,
): EntryProblem[] {
  const problems: EntryProblem[] = [];
  if (line.streamId !== undefined) {
    const stream = county.streams.find((s) => s.id === line.streamId);
    const message = streamProblem(stream, line, before);
    if (message !== null) problems.push({ field: 'streamId', message });
  }
  if (line.categoryId !== undefined) {
    const category = county.categories.find((c) => c.id === line.categoryId);
    const message = categoryProblem(category, line, before);
    if (message !== null) problems.push({ field: 'categoryId', message });
  }
  return problems;
}

/** Why an amount is beyond what one amount can be, or null; any money field, a budget's too. */
export function amountLimitProblem(cents: Cents): string | null {
  if (Math.abs(cents) <= MAX_AMOUNT_CENTS) return null;
  return `${formatMoney(Math.abs(cents))} is more than ${formatMoney(MAX_AMOUNT_CENTS)}, the most one amount can be.`;
}

const ZERO_AMOUNT = 'An expense of $0.00 records nothing.';

function savedProgramProblem(entry: EntryCandidate, stream: LineStream | undefined): string | null {
  const { leveraged, savedProgram, payingProgram } = entry;
  if (leveraged === undefined || savedProgram === undefined) return null;
  if (!leveraged) {
    return savedProgram === null
      ? null
      : 'A spared program is given but the entry is not leveraged: mark it leveraged, or clear the spared program.';
  }
  if (savedProgram === null) {
    return 'A leveraged entry needs the program whose budget it spared (CalWORKs, CWS, County or Other).';
  }
  // Not known when the paying cell could not be read, or when it defaults to an unknown stream.
  const paying =
    payingProgram === undefined
      ? undefined
      : payingProgram === null
        ? stream?.sourceProgram
        : payingProgram;
  // Leveraged funds pay for what the *other* program would have paid for (DOMAIN.md).
  if (savedProgram === paying) {
    return 'A leveraged entry spares another program’s budget: the spared program cannot be the paying program.';
  }
  return null;
}

function familyReferenceProblem(reference: string): string | null {
  if (
    reference === '' ||
    (reference.length <= MAX_FAMILY_REFERENCE_CHARS && FAMILY_REFERENCE.test(reference))
  ) {
    return null;
  }
  return `A family reference is a case number: letters, digits and dashes, at most ${MAX_FAMILY_REFERENCE_CHARS} characters, never a name.`;
}

function refundReasonProblem(amountCents: Cents | undefined, reason: string): string | null {
  if (amountCents !== undefined && amountCents < 0 && reason === '') {
    return 'A refund (a negative amount) needs a reason.';
  }
  if (reason.length <= MAX_REFUND_REASON_CHARS) return null;
  return `The refund reason has ${reason.length} characters; at most ${MAX_REFUND_REASON_CHARS} are kept.`;
}

/** A ledger's date cache is bounded all the same: a strange file may hold many dates. */
const SFY_CACHE_LIMIT = 10_000;

/**
 * The entry rules for one county, its reference looked up once: an import checks a million rows
 * against the same streams, categories and SFYs.
 */
export class LedgerEntryRules {
  private readonly streams: ReadonlyMap<number, LineStream>;
  private readonly categories: ReadonlyMap<number, LineCategory>;
  private readonly budgeted: ReadonlySet<number>;
  private readonly sfyOfDate = new Map<string, number>();

  constructor(county: LedgerCounty) {
    this.streams = new Map(county.streams.map((s) => [s.id, s]));
    this.categories = new Map(county.categories.map((c) => [c.id, c]));
    this.budgeted = new Set(county.budgetedSfys);
  }

  /**
   * Every problem of a new or changed entry, at most one per field, in ENTRY_FIELDS order; empty
   * when the ledger can take it. `before` is the entry as stored, for a change.
   */
  problems(entry: EntryCandidate, before?: EntryBefore): EntryProblem[] {
    const problems: EntryProblem[] = [];
    const { date, amountCents, streamId, categoryId, description, familyReference, refundReason } =
      entry;
    let sfyStartYear: number | undefined;
    if (date !== undefined) {
      sfyStartYear = this.sfyOf(date);
      // A new entry, or one moving to another SFY, needs that SFY budgeted; old rows stay editable.
      if (before?.sfyStartYear !== sfyStartYear && !this.budgeted.has(sfyStartYear)) {
        problems.push({
          field: 'date',
          message: `The date ${date} is in ${sfyLabel({ startYear: sfyStartYear })}, which has no budget in this county yet: add its budget lines first.`,
        });
      }
    }
    if (amountCents !== undefined) {
      const message = amountCents === 0 ? ZERO_AMOUNT : amountLimitProblem(amountCents);
      if (message !== null) problems.push({ field: 'amountCents', message });
    }
    const line = { streamId, categoryId, sfyStartYear };
    const stream = streamId === undefined ? undefined : this.streams.get(streamId);
    if (streamId !== undefined) {
      const message = streamProblem(stream, line, before);
      if (message !== null) problems.push({ field: 'streamId', message });
    }
    if (categoryId !== undefined) {
      const message = categoryProblem(this.categories.get(categoryId), line, before);
      if (message !== null) problems.push({ field: 'categoryId', message });
    }
    const saved = savedProgramProblem(entry, stream);
    if (saved !== null) problems.push({ field: 'savedProgram', message: saved });
    if (description !== undefined && description.length > MAX_DESCRIPTION_CHARS) {
      problems.push({
        field: 'description',
        message: `The description has ${description.length} characters; at most ${MAX_DESCRIPTION_CHARS} are kept.`,
      });
    }
    if (familyReference !== undefined && familyReference !== null) {
      const message = familyReferenceProblem(familyReference);
      if (message !== null) problems.push({ field: 'familyReference', message });
    }
    if (refundReason !== undefined) {
      const message = refundReasonProblem(amountCents, refundReason);
      if (message !== null) problems.push({ field: 'refundReason', message });
    }
    return problems;
  }

  private sfyOf(date: string): number {
    let startYear = this.sfyOfDate.get(date);
    if (startYear === undefined) {
      startYear = stateFiscalYearOf(date).startYear;
      if (this.sfyOfDate.size >= SFY_CACHE_LIMIT) this.sfyOfDate.clear();
      this.sfyOfDate.set(date, startYear);
    }
    return startYear;
  }
}

/** LedgerEntryRules' problems for one entry. */
export function entryProblems(
  entry: EntryCandidate,
  county: LedgerCounty,
  before?: EntryBefore,
): EntryProblem[] {
  return new LedgerEntryRules(county).problems(entry, before);
}
