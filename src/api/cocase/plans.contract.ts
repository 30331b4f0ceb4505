import { z } from 'zod';
import { BARRIER_KINDS } from '../../core/cocase/worklists';
import { OUTCOME_KINDS } from '../../core/cocase/evaluation/outcomes';
import { MutualFamilyRecord } from './contract';
import type { ContractSlice } from '../contractTypes';
import { IsoDay } from '../dates.contract';
import { MoneyText } from '../fiscal/contract';
import { RecordVersion, SavedVersion } from '../recordVersion';
import { CASEWORK_READ, CASEWORK_WRITE } from '../system/roleGroups';

const Id = z.number().int().positive();
const Note = (max: number, what: string) =>
  z.string().trim().max(max, `Keep the ${what} to ${max} characters.`).default('');

const Meeting = z.object({
  meetingId: Id,
  date: z.string(),
  calworksAttended: z.boolean(),
  cwsAttended: z.boolean(),
  othersAttended: z.string(),
  decisions: z.string(),
  nextReviewDue: z.string().nullable(),
  version: RecordVersion,
});

const Barrier = z.object({
  barrierId: Id,
  kind: z.enum(BARRIER_KINDS),
  openedOn: z.string(),
  resolvedOn: z.string().nullable(),
  note: z.string(),
  version: RecordVersion,
});

const Service = z.object({
  serviceId: Id,
  date: z.string(),
  categoryId: Id,
  streamId: Id,
  amountCents: z.number().int(),
  ledgerEntryId: Id.nullable(),
  note: z.string(),
  version: RecordVersion,
});

/** A ledger row for one of the family's case numbers that no service points at yet. */
const LedgerRow = z.object({
  entryId: Id,
  date: z.string(),
  streamId: Id,
  categoryId: Id,
  amountCents: z.number().int(),
  description: z.string(),
});

const Outcome = z.object({
  outcomeId: Id,
  kind: z.enum(OUTCOME_KINDS),
  date: z.string(),
  /** The outcomes file it was imported from; null when entered by hand. */
  importFileName: z.string().nullable(),
});

const Plan = z.object({
  coordinatedPlanOn: z.string().nullable(),
  wtwAligned: z.boolean().nullable(),
  wtwAlignedNote: z.string(),
  /** The mutual family's version: the plan is part of its record, as saveFamily sees it. */
  version: RecordVersion,
});

const CaseNumber = (program: string) =>
  z
    .string()
    .trim()
    .min(1, `Enter the ${program} case number.`)
    .max(30, `A ${program} case number has at most 30 characters.`)
    .regex(
      /^[A-Za-z0-9][A-Za-z0-9-]*$/,
      `A ${program} case number has letters, digits and hyphens only.`,
    );

export const cocasePlansContract = {
  'cocase.saveFamily': {
    changes: ['families'],
    identifiers: 'none',
    roles: CASEWORK_WRITE,
    summary:
      'Records a mutual family by hand (or changes one): both case numbers (no names), tier, group, the day it joined and left, and the workers’ roles.',
    input: z
      .strictObject({
        countyId: Id,
        familyId: Id.nullable().default(null),
        version: SavedVersion,
        calworksCase: CaseNumber('CalWORKs'),
        cwsCase: CaseNumber('CWS'),
        tier: z.enum(['secondary', 'tertiary']),
        group: z.enum(['linkages', 'comparison']),
        startDate: IsoDay,
        endDate: IsoDay.nullable().default(null),
        calworksWorker: Note(100, 'CalWORKs worker’s role or unit'),
        cwsWorker: Note(100, 'CWS worker’s role or unit'),
      })
      .refine((f) => f.endDate === null || f.endDate >= f.startDate, {
        path: ['endDate'],
        message: 'A family cannot leave before it joined.',
      }),
    output: MutualFamilyRecord,
  },
  'cocase.family': {
    reads: ['families', 'ledger'],
    identifiers: 'none',
    roles: CASEWORK_READ,
    summary:
      'One mutual family’s co-case record: its case numbers, coordinated plan, joint meetings and barriers (no names).',
    input: z.strictObject({ familyId: Id }),
    output: z.object({
      family: MutualFamilyRecord,
      plan: Plan,
      meetings: z.array(Meeting),
      barriers: z.array(Barrier),
      services: z.array(Service),
      outcomes: z.array(Outcome),
      unlinkedLedgerRows: z.array(LedgerRow),
    }),
  },
  'cocase.addOutcome': {
    changes: ['families'],
    identifiers: 'none',
    roles: CASEWORK_WRITE,
    summary:
      'Records one outcome event of a family by hand, by the rules an outcomes file follows (not before it joined, not twice, a reunification after an entry, a cure after a sanction).',
    input: z.strictObject({ familyId: Id, kind: z.enum(OUTCOME_KINDS), date: IsoDay }),
    output: Outcome,
  },
  'cocase.removeOutcome': {
    changes: ['families'],
    identifiers: 'none',
    roles: CASEWORK_WRITE,
    summary:
      'Removes one outcome event of a family (audited), unless a later event needs it (a reunification its entry, a cure its sanction).',
    input: z.strictObject({ familyId: Id, outcomeId: Id }),
    output: z.object({ removed: Id }),
  },
  'cocase.saveService': {
    changes: ['families'],
    identifiers: 'none',
    roles: CASEWORK_WRITE,
    summary:
      'Records a service the family received (or changes one). Linked to a ledger row, it takes that row’s date, stream, category and amount, so fiscal and co-case agree.',
    // One object, not a union of the two ways in: zod reports a failed union as one issue with
    // no field, and each problem here should name its field.
    input: z
      .strictObject({
        familyId: Id,
        serviceId: Id.nullable().default(null),
        version: SavedVersion,
        ledgerEntryId: Id.optional(),
        date: IsoDay.optional(),
        categoryId: Id.optional(),
        streamId: Id.optional(),
        amount: MoneyText.optional(),
        note: Note(500, 'note'),
      })
      .transform((input, ctx) => {
        const { familyId, serviceId, version, note, ledgerEntryId } = input;
        const { date, categoryId, streamId, amount } = input;
        const byHand = { date, categoryId, streamId, amount };
        if (ledgerEntryId !== undefined) {
          for (const [field, value] of Object.entries(byHand)) {
            if (value !== undefined) {
              ctx.addIssue({
                code: 'custom',
                path: [field],
                message:
                  'A service linked to a ledger row takes the row’s figures; leave this out.',
              });
            }
          }
          return { familyId, serviceId, version, note, ledgerEntryId };
        }
        const missing = {
          date: 'Enter the date of the service.',
          categoryId: 'Choose the service category.',
          streamId: 'Choose the funding stream.',
          amount: 'Enter the amount.',
        } as const;
        for (const field of Object.keys(missing) as (keyof typeof missing)[]) {
          if (byHand[field] === undefined) {
            ctx.addIssue({ code: 'custom', path: [field], message: missing[field] });
          }
        }
        if (
          date === undefined ||
          categoryId === undefined ||
          streamId === undefined ||
          amount === undefined
        ) {
          return z.NEVER;
        }
        return { familyId, serviceId, version, note, date, categoryId, streamId, amount };
      }),
    output: Service,
  },
  'cocase.saveMeeting': {
    changes: ['families'],
    identifiers: 'none',
    roles: CASEWORK_WRITE,
    summary:
      'Records a joint meeting of a family’s CalWORKs and CWS workers (or changes one): who attended by program, the decisions, and when the next joint review is due.',
    input: z
      .strictObject({
        familyId: Id,
        meetingId: Id.nullable().default(null),
        version: SavedVersion,
        date: IsoDay,
        calworksAttended: z.boolean(),
        cwsAttended: z.boolean(),
        othersAttended: Note(200, 'other attendees (roles, not names)'),
        decisions: Note(2000, 'decisions'),
        nextReviewDue: IsoDay.nullable().default(null),
      })
      .refine((m) => m.nextReviewDue === null || m.nextReviewDue >= m.date, {
        path: ['nextReviewDue'],
        message: 'The next joint review cannot be due before the meeting.',
      }),
    output: Meeting,
  },
  'cocase.savePlan': {
    changes: ['families'],
    identifiers: 'none',
    roles: CASEWORK_WRITE,
    summary:
      'Sets when the WtW plan and the CWS case plan were coordinated, and whether the WtW activities are aligned with the case plan.',
    input: z.strictObject({
      familyId: Id,
      version: SavedVersion,
      coordinatedPlanOn: IsoDay.nullable(),
      wtwAligned: z.boolean().nullable(),
      wtwAlignedNote: Note(500, 'note on the aligned activities'),
    }),
    output: Plan,
  },
  'cocase.saveBarrier': {
    changes: ['families'],
    identifiers: 'none',
    roles: CASEWORK_WRITE,
    summary: 'Records a barrier of a family (or changes one, to resolve it).',
    input: z
      .strictObject({
        familyId: Id,
        barrierId: Id.nullable().default(null),
        version: SavedVersion,
        kind: z.enum(BARRIER_KINDS),
        openedOn: IsoDay,
        resolvedOn: IsoDay.nullable().default(null),
        note: Note(500, 'note'),
      })
      .refine((b) => b.resolvedOn === null || b.resolvedOn >= b.openedOn, {
        path: ['resolvedOn'],
        message: 'A barrier cannot be resolved before it was opened.',
      }),
    output: Barrier,
  },
  'cocase.worklists': {
    reads: ['families'],
    identifiers: 'none',
    roles: CASEWORK_READ,
    summary:
      'The county’s co-case worklists: joint reviews due or overdue, families without a coordinated plan after some days, and open barriers by age; only your caseload’s with "mine".',
    input: z.strictObject({
      countyId: Id,
      asOf: IsoDay.optional(),
      dueWithinDays: z.number().int().min(0).max(365).default(14),
      planWithinDays: z.number().int().min(0).max(365).default(30),
      /** Only the families on the caller's own caseload (the shared server; none in one user's). */
      mine: z.boolean().default(false),
    }),
    output: z.object({
      asOf: z.string(),
      reviews: z.array(
        z.object({
          familyId: Id,
          calworksCase: z.string(),
          cwsCase: z.string(),
          lastMeeting: z.string(),
          due: z.string(),
          status: z.enum(['due', 'overdue']),
          overdueDays: z.number().int(),
        }),
      ),
      withoutPlan: z.array(
        z.object({
          familyId: Id,
          calworksCase: z.string(),
          cwsCase: z.string(),
          startDate: z.string(),
          days: z.number().int(),
        }),
      ),
      openBarriers: z.array(
        z.object({
          barrierId: Id,
          familyId: Id,
          calworksCase: z.string(),
          cwsCase: z.string(),
          kind: z.enum(BARRIER_KINDS),
          openedOn: z.string(),
          ageDays: z.number().int(),
        }),
      ),
    }),
  },
} satisfies ContractSlice;
