/**
 * Clerical review of a run's uncertain pairs: the queue (side by side, each field's agreement in
 * words, the score sent but hidden by the screen until asked), and decisions that carry over to
 * later runs over the same persons. The SSN shows its last four digits only.
 */
import { COMPARED_FIELDS, LEVEL_COUNTS } from '../../core/matching/linkage/comparePairs';
import type { ExtractPerson } from '../../core/matching/linkage/extract';
import { decodePattern } from '../../core/matching/linkage/patterns';
import { personsAtRows, setDecision } from '../../db/matching/repository';
import type { HandlersFor } from '../context';
import { fieldError } from '../errors';
import type { matchingContract } from './contract';
import { runOrThrow, runResults } from './results';
import { revealOrRefuse } from '../system/reveals';

type ReviewHandlers = Pick<
  HandlersFor<typeof matchingContract>,
  'matching.reviewQueue' | 'matching.decide'
>;

const lastFour = (ssn: string) => {
  const digits = ssn.replace(/\D/g, '');
  return digits.length >= 4 ? `•••-••-${digits.slice(-4)}` : '';
};

/** What the reviewer sees of each compared field, in COMPARED_FIELDS order. */
const SHOWN: ((p: ExtractPerson) => string)[] = [
  (p) => [p.firstName, p.middleName].filter(Boolean).join(' '),
  (p) => p.lastName,
  (p) => p.dob,
  (p) => lastFour(p.ssn),
  (p) => [p.street, p.zip].filter(Boolean).join(', '),
  (p) => p.sex,
];

function agreement(level: number, levelCount: number) {
  if (level < 0) return 'missing' as const;
  if (level === 0) return 'yes' as const;
  return level === levelCount - 1 ? ('no' as const) : ('partly' as const);
}

export const matchingReviewHandlers: ReviewHandlers = {
  'matching.reviewQueue': ({ runId, limit }, ctx) => {
    const run = runOrThrow(ctx, runId);
    const { stored, bands, decided } = runResults(ctx, run, run.accept, run.review);
    const next = bands.review.slice(0, limit).map((k) => stored[k] as (typeof stored)[number]);
    revealOrRefuse(ctx, {
      countyId: run.countyId,
      method: 'matching.reviewQueue',
      runId,
      purpose: 'Reviewing the match run’s uncertain pairs',
    });
    const calworks = personsAtRows(
      ctx.workbench.sqlite,
      run.calworksExtractId,
      next.map((p) => p.calworksRow),
    );
    const cws = personsAtRows(
      ctx.workbench.sqlite,
      run.cwsExtractId,
      next.map((p) => p.cwsRow),
    );
    return {
      total: bands.review.length,
      decided,
      pairs: next.flatMap((pair) => {
        const a = calworks.get(pair.calworksRow);
        const b = cws.get(pair.cwsRow);
        if (!a || !b) return [];
        const levels = decodePattern(pair.pattern, LEVEL_COUNTS);
        return [
          {
            calworksRow: pair.calworksRow,
            cwsRow: pair.cwsRow,
            probability: pair.probability,
            calworksCase: a.caseNumber,
            cwsCase: b.caseNumber,
            fields: COMPARED_FIELDS.map((field, f) => {
              const level = levels[f] ?? -1;
              return {
                field: field.name,
                calworks: SHOWN[f]?.(a) ?? '',
                cws: SHOWN[f]?.(b) ?? '',
                level: level < 0 ? 'missing' : (field.levels[level] ?? ''),
                agrees: agreement(level, field.levels.length),
              };
            }),
          },
        ];
      }),
    };
  },

  'matching.decide': ({ runId, calworksRow, cwsRow, decision }, ctx) => {
    const run = runOrThrow(ctx, runId);
    const a = personsAtRows(ctx.workbench.sqlite, run.calworksExtractId, [calworksRow]).get(
      calworksRow,
    );
    const b = personsAtRows(ctx.workbench.sqlite, run.cwsExtractId, [cwsRow]).get(cwsRow);
    if (!a || !b)
      throw fieldError(
        'calworksRow',
        'This pair is not in the run’s extracts (were they purged?).',
      );
    setDecision(
      ctx.workbench.db,
      { countyId: run.countyId, calworksPersonId: a.personId, cwsPersonId: b.personId },
      decision,
      ctx.actor,
    );
    const { bands, decided } = runResults(ctx, run, run.accept, run.review);
    return { decided, remaining: bands.review.length };
  },
};
