/**
 * Revealing one family pair's names: the persons the run linked between its two cases, read from
 * the run's extracts only when a person asks, and never once the identifiers are purged.
 */
import type { ExtractPerson } from '../../core/matching/linkage/extract';
import { personsAtRows } from '../../db/matching/repository';
import type { HandlersFor } from '../context';
import { fieldError } from '../errors';
import type { matchingContract } from './contract';
import { frozenResults, runOrThrow, runResults } from './results';
import { revealOrRefuse } from '../system/reveals';

const shown = (person: ExtractPerson | undefined) => ({
  personId: person?.personId ?? '',
  firstName: person?.firstName ?? '',
  middleName: person?.middleName ?? '',
  lastName: person?.lastName ?? '',
  dob: person?.dob ?? '',
  role: person?.role ?? '',
});

export const matchingRevealHandlers: Pick<
  HandlersFor<typeof matchingContract>,
  'matching.familyPersons'
> = {
  'matching.familyPersons': ({ runId, calworksCase, cwsCase, purpose }, ctx) => {
    const run = runOrThrow(ctx, runId);
    if (frozenResults(run)) {
      throw fieldError(
        'runId',
        'The identifiers of this run were purged: there are no names to show.',
      );
    }
    const { calworks, cws, stored, pairs, bands, decisionOf } = runResults(
      ctx,
      run,
      run.accept,
      run.review,
    );
    const linked = bands.links.filter(
      (k) =>
        calworks.caseOf(pairs.left[k] ?? -1) === calworksCase &&
        cws.caseOf(pairs.right[k] ?? -1) === cwsCase,
    );
    if (linked.length === 0) {
      throw fieldError('cwsCase', `Run ${runId} links no one between these two cases.`);
    }
    // Refused off the worker's caseload, and recorded, before any name is read.
    revealOrRefuse(ctx, {
      countyId: run.countyId,
      method: 'matching.familyPersons',
      runId,
      calworksCase,
      cwsCase,
      purpose,
    });
    const rows = linked.map((k) => stored[k]);
    const left = personsAtRows(
      ctx.workbench.sqlite,
      run.calworksExtractId,
      rows.map((p) => p?.calworksRow ?? 0),
    );
    const right = personsAtRows(
      ctx.workbench.sqlite,
      run.cwsExtractId,
      rows.map((p) => p?.cwsRow ?? 0),
    );
    return linked.map((k, i) => ({
      calworks: shown(left.get(rows[i]?.calworksRow ?? 0)),
      cws: shown(right.get(rows[i]?.cwsRow ?? 0)),
      probability: rows[i]?.probability ?? 0,
      decision: decisionOf(k) ?? null,
    }));
  },
};
