/**
 * A run's workbook. Identifiers (names, DOB, SSN last four) are read from the run's extracts only
 * when the request asks for them, and only for the persons linked; a purged run has none left, so
 * its workbook holds its frozen case-number pairs and counts.
 */
import { personsAtRows } from '../../db/matching/repository';
import type { ExtractPerson } from '../../core/matching/linkage/extract';
import type { PersonIdentifiers, PersonLinkRow } from '../../export/matching';
import { fileNamePart } from '../files.contract';
import { xlsxExport } from '../exportFile';
import type { HandlersFor, ServiceContext } from '../context';
import { fieldError } from '../errors';
import type { matchingContract } from './contract';
import { frozenResults, resultsAt, runOrThrow, runResults } from './results';
import { countyOrThrow } from '../county';
import type { MatchRunRow } from '../../db/matching/repository';
import { revealOrRefuse } from '../system/reveals';

const identifiersOf = (person: ExtractPerson | undefined): PersonIdentifiers => ({
  firstName: person?.firstName ?? '',
  middleName: person?.middleName ?? '',
  lastName: person?.lastName ?? '',
  dob: person?.dob ?? '',
  ssnLastFour: (person?.ssn ?? '').replace(/\D/g, '').slice(-4),
});

/** The run's person links at its thresholds, in the order one-to-one resolution kept them. */
function* personLinks(
  ctx: ServiceContext,
  run: MatchRunRow,
  withIdentifiers: boolean,
): Generator<PersonLinkRow> {
  const { calworks, cws, stored, pairs, bands, decisionOf } = runResults(
    ctx,
    run,
    run.accept,
    run.review,
  );
  // Looked up a batch at a time: the identifiers of a statewide run are never all in memory.
  const BATCH = 2000;
  for (let at = 0; at < bands.links.length; at += BATCH) {
    const batch = bands.links.slice(at, at + BATCH);
    const rows = batch.map((k) => stored[k]);
    const people = withIdentifiers
      ? {
          calworks: personsAtRows(
            ctx.workbench.sqlite,
            run.calworksExtractId,
            rows.map((p) => p?.calworksRow ?? 0),
          ),
          cws: personsAtRows(
            ctx.workbench.sqlite,
            run.cwsExtractId,
            rows.map((p) => p?.cwsRow ?? 0),
          ),
        }
      : null;
    for (const [i, k] of batch.entries()) {
      const left = calworks.keys[pairs.left[k] ?? -1];
      const right = cws.keys[pairs.right[k] ?? -1];
      const pair = rows[i];
      yield {
        calworksPersonId: left?.personId ?? '',
        calworksCase: left?.caseNumber ?? '',
        cwsPersonId: right?.personId ?? '',
        cwsCase: right?.caseNumber ?? '',
        probability: pair?.probability ?? 0,
        decision: decisionOf(k) ?? null,
        ...(people
          ? {
              calworks: identifiersOf(people.calworks.get(pair?.calworksRow ?? 0)),
              cws: identifiersOf(people.cws.get(pair?.cwsRow ?? 0)),
            }
          : {}),
      };
    }
  }
}

export const matchingExportHandlers: Pick<
  HandlersFor<typeof matchingContract>,
  'matching.exportRun'
> = {
  'matching.exportRun': async ({ runId, identifiers }, ctx) => {
    const run = runOrThrow(ctx, runId);
    const county = countyOrThrow(ctx.workbench.db, run.countyId);
    const frozen = frozenResults(run);
    if (frozen && identifiers) {
      throw fieldError(
        'identifiers',
        'The identifiers of this run were purged: export it without them, or import the extracts again and run a new match.',
      );
    }
    if (identifiers) {
      revealOrRefuse(ctx, {
        countyId: run.countyId,
        method: 'matching.exportRun',
        runId,
        purpose: 'Export of the run with names, dates of birth and SSN last four',
      });
    }
    const results = frozen ?? resultsAt(ctx, run, run.accept, run.review);
    const { matchingWorkbookBytes } = await import('../../export/matching');
    const bytes = await matchingWorkbookBytes({
      countyName: county.name,
      runId,
      accept: results.accept,
      review: results.review,
      rates: results.rates,
      families: results.families,
      links: frozen ? null : personLinks(ctx, run, identifiers),
      withIdentifiers: identifiers,
      appVersion: ctx.appVersion,
      generatedAt: new Date(),
    });
    return xlsxExport(
      `${fileNamePart(county.name)}-match-run-${runId}${identifiers ? '-CONFIDENTIAL' : ''}.xlsx`,
      bytes,
    );
  },
};
