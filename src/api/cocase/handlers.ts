/**
 * The Co-case and Evaluation areas' service: mutual family records (from a match run's family
 * pairs, case numbers only), their outcome events (imported all or nothing) and the evaluation's
 * indicators worked out in src/core/cocase/evaluation.
 */
import { dayNumber } from '../../core/calendarDays';
import {
  COMPARISON_GROUP,
  LINKAGES_GROUP,
  NO_END,
  countIndicators,
} from '../../core/cocase/evaluation/counts';
import { indicatorFigures, SMALL_CELL } from '../../core/cocase/evaluation/figures';
import { checkOutcomeRows } from '../../core/cocase/evaluation/outcomeRows';
import { OUTCOME_CODE, type OutcomeKind } from '../../core/cocase/evaluation/outcomes';
import { evaluationPeriods } from '../../core/cocase/evaluation/periods';
import { stateFiscalYearOf } from '../../core/fiscalCalendar';
import { localIsoDate } from '../../core/isoDate';
import type { TableRecord } from '../../core/tableRecord';
import {
  addMutualFamilies,
  addOutcomes,
  countyOutcomes,
  listMutualFamilies,
  type MutualFamilyRow,
} from '../../db/cocase/repository';
import type { HandlersFor, OutputOf, ServiceContext } from '../context';
import type { cocaseContract } from './contract';
import { ValidationError } from '../errors';
import { frozenResults, resultsAt, runOrThrow } from '../matching/results';
import { openUploadedTable } from '../uploadedTable';
import { countyOrThrow } from '../county';

/** The dashboard looks back this many SFYs. */
const SFYS_SHOWN = 5;

export const familyRecord = (f: MutualFamilyRow) => ({
  familyId: f.id,
  calworksCase: f.calworksCase,
  cwsCase: f.cwsCase,
  tier: f.tier,
  group: f.group,
  startDate: f.startDate,
  endDate: f.endDate,
  calworksWorker: f.calworksWorker,
  cwsWorker: f.cwsWorker,
  matchRunId: f.matchRunId,
  version: f.version,
});

/**
 * The evaluation's indicators per SFY and quarter for Linkages and the comparison group, as of a
 * day (by default today).
 */
export function evaluationFigures(
  ctx: ServiceContext,
  countyId: number,
  asOf: string | undefined,
): OutputOf<typeof cocaseContract, 'cocase.evaluation'> {
  countyOrThrow(ctx.workbench.db, countyId);
  const day = asOf ?? localIsoDate(new Date());
  const families = listMutualFamilies(ctx.workbench.db, countyId);
  const index = new Map(families.map((f, i) => [f.id, i]));
  const events = countyOutcomes(ctx.workbench.sqlite, countyId);
  const lastSfy = stateFiscalYearOf(day).startYear;
  const firstSfy = Math.max(
    lastSfy - SFYS_SHOWN + 1,
    Math.min(lastSfy, ...families.map((f) => stateFiscalYearOf(f.startDate).startYear)),
  );
  // Periods that have begun by the day asked about: a quarter still ahead has nothing to count.
  const periods = evaluationPeriods(
    Array.from({ length: lastSfy - firstSfy + 1 }, (_, i) => firstSfy + i),
  ).filter((period) => period.firstDay <= dayNumber(day));
  const counts = countIndicators(
    {
      group: Uint8Array.from(families, (f) =>
        f.group === 'linkages' ? LINKAGES_GROUP : COMPARISON_GROUP,
      ),
      startDay: Int32Array.from(families, (f) => dayNumber(f.startDate)),
      endDay: Int32Array.from(families, (f) => (f.endDate ? dayNumber(f.endDate) : NO_END)),
    },
    {
      family: Int32Array.from(events, (e) => index.get(e.familyId) ?? 0),
      kind: Uint8Array.from(events, (e) => OUTCOME_CODE[e.kind as OutcomeKind]),
      day: Int32Array.from(events, (e) => dayNumber(e.date)),
    },
    periods,
  );
  return {
    asOf: day,
    smallCell: SMALL_CELL,
    families: {
      linkages: families.filter((f) => f.group === 'linkages').length,
      comparison: families.filter((f) => f.group === 'comparison').length,
    },
    figures: indicatorFigures(counts, dayNumber(day)).map((f) => ({
      indicatorId: f.indicator.id,
      label: f.indicator.label,
      program: f.indicator.program,
      better: f.indicator.better,
      numeratorText: f.indicator.numerator,
      denominatorText: f.indicator.denominator,
      period: f.period.label,
      periodKind: f.period.kind,
      followUpComplete: f.followUpComplete,
      linkages: f.linkages,
      comparison: f.comparison,
      differencePoints: f.differencePoints,
    })),
  };
}

export const cocaseHandlers: HandlersFor<typeof cocaseContract> = {
  'cocase.families': ({ countyId }, ctx) => {
    countyOrThrow(ctx.workbench.db, countyId);
    return listMutualFamilies(ctx.workbench.db, countyId).map(familyRecord);
  },

  'cocase.addFromRun': ({ countyId, runId, group, startDate }, ctx) => {
    countyOrThrow(ctx.workbench.db, countyId);
    const run = runOrThrow(ctx, runId);
    if (run.countyId !== countyId) {
      throw new ValidationError(`Match run ${runId} is another county’s.`, [
        { path: 'runId', message: 'This match run is another county’s.' },
      ]);
    }
    const { families } = frozenResults(run) ?? resultsAt(ctx, run, run.accept, run.review);
    return addMutualFamilies(
      ctx.workbench,
      countyId,
      ctx.actor,
      families.map((f) => ({
        countyId,
        calworksCase: f.calworksCase,
        cwsCase: f.cwsCase,
        tier: f.tier,
        group,
        startDate,
        matchRunId: runId,
      })),
    );
  },

  'cocase.importOutcomes': async ({ countyId, fileName, bytesBase64 }, ctx) => {
    countyOrThrow(ctx.workbench.db, countyId);
    const file = await openUploadedTable(Buffer.from(bytesBase64, 'base64'));
    const records: TableRecord[] = [];
    for await (const batch of file.batches) records.push(...batch);
    if (records.length === 0) {
      throw new ValidationError('The file has a header row but no outcomes to import.', [
        { path: 'bytesBase64', message: 'The file has a header row but no outcomes.' },
      ]);
    }
    const families = new Map(
      listMutualFamilies(ctx.workbench.db, countyId).map((f) => [
        `${f.calworksCase}\u0000${f.cwsCase}`,
        f,
      ]),
    );
    const recorded = new Map<string, string[]>();
    for (const e of countyOutcomes(ctx.workbench.sqlite, countyId)) {
      const key = `${e.familyId} ${e.kind}`;
      const dates = recorded.get(key);
      if (dates) dates.push(e.date);
      else recorded.set(key, [e.date]);
    }
    const checked = checkOutcomeRows(file.headers, records, {
      familyOf: (calworksCase, cwsCase) => {
        const family = families.get(`${calworksCase}\u0000${cwsCase}`);
        return family ? { id: family.id, startDate: family.startDate } : null;
      },
      recorded: (familyId, kind) => recorded.get(`${familyId} ${kind}`) ?? [],
    });
    if (checked.problemCount > 0) {
      const listed = checked.problems.length;
      throw new ValidationError(
        `Nothing was imported: ${checked.problemCount} ${checked.problemCount === 1 ? 'problem' : 'problems'} in ${records.length} rows${checked.problemCount > listed ? ` (the first ${listed} are listed)` : ''}.`,
        checked.problems.map((p) => ({ path: `row ${p.row} · ${p.column}`, message: p.reason })),
      );
    }
    const imported = addOutcomes(
      ctx.workbench,
      { countyId, actor: ctx.actor, fileName },
      checked.rows.map((r) => ({ familyId: r.familyId, kind: r.kind, date: r.date })),
    );
    return { imported };
  },

  'cocase.evaluation': ({ countyId, asOf }, ctx) => evaluationFigures(ctx, countyId, asOf),
};
