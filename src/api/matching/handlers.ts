/**
 * The Mutual families area's service: reading and importing person extracts, starting match runs
 * (both as jobs, see jobs/), and a run's results at any thresholds. No method returns or echoes
 * a person's identifiers.
 */
import {
  checkExtractMapping,
  suggestExtractMapping,
  type ExtractSide,
} from '../../core/matching/linkage/extract';
import { rememberMapping, savedMapping } from '../../db/fiscal/importMapping';
import {
  findExtract,
  listExtracts,
  listRuns,
  type MatchRunRow,
} from '../../db/matching/repository';
import { openUploadedTable } from '../uploadedTable';
import type { HandlersFor, ServiceContext } from '../context';
import { NotFound, ValidationError } from '../errors';
import { fieldError } from '../errors';
import { jobOutput, jobStarter } from '../jobs/handlers';
import type { matchingContract } from './contract';
import { ExtractMappingInput } from './contract';
import { frozenResults, resultsAt, runOrThrow } from './results';
import { fittingLayouts } from './layouts';
import { countyOrThrow } from '../county';
import type { ModelDescription } from '../../core/matching/linkage/match';

const mappingKind = (side: ExtractSide) => `extract-${side}`;

async function headersOf(bytesBase64: string): Promise<{ bytes: Buffer; headers: string[] }> {
  const bytes = Buffer.from(bytesBase64, 'base64');
  return { bytes, headers: (await openUploadedTable(bytes)).headers };
}

const runView = (row: MatchRunRow) => ({
  runId: row.id,
  calworksExtractId: row.calworksExtractId,
  cwsExtractId: row.cwsExtractId,
  accept: row.accept,
  review: row.review,
  seed: row.seed,
  pairsCompared: row.pairsCompared,
  startedAt: row.startedAt,
  finishedAt: row.finishedAt,
  actor: row.actor,
  purged: row.purgedResultsJson !== null,
});

function usableExtract(
  ctx: ServiceContext,
  countyId: number,
  extractId: number,
  side: ExtractSide,
  field: string,
) {
  const extract = findExtract(ctx.workbench.db, extractId);
  if (!extract || extract.countyId !== countyId)
    throw new NotFound(`There is no extract ${extractId} for this county.`);
  if (extract.side !== side) {
    throw fieldError(
      field,
      `Extract ${extractId} is a ${extract.side === 'cws' ? 'CWS' : 'CalWORKs'} extract.`,
    );
  }
  if (extract.purgedAt !== null)
    throw fieldError(field, `Extract ${extractId} was purged; import it again.`);
  return extract;
}

export const matchingHandlers: Omit<
  HandlersFor<typeof matchingContract>,
  | 'matching.reviewQueue'
  | 'matching.decide'
  | 'matching.purge'
  | 'matching.exportRun'
  | 'matching.familyPersons'
> = {
  'matching.readExtract': async ({ countyId, side, bytesBase64 }, ctx) => {
    countyOrThrow(ctx.workbench.db, countyId);
    const { headers } = await headersOf(bytesBase64);
    const remembered = ExtractMappingInput.safeParse(
      savedMapping(ctx.workbench.db, countyId, mappingKind(side)),
    );
    const fits = remembered.success && checkExtractMapping(remembered.data, headers).length === 0;
    const mapping = fits && remembered.success ? remembered.data : suggestExtractMapping(headers);
    return {
      headers,
      mapping,
      mappingProblems: checkExtractMapping(mapping, headers).map((p) => p.message),
      layouts: fittingLayouts(ctx.workbench.db, countyId, side, headers).map(
        ({ id, name, mapping: columns }) => ({ id, name, mapping: columns }),
      ),
    };
  },

  'matching.startImport': async ({ countyId, side, fileName, bytesBase64, mapping }, ctx) => {
    countyOrThrow(ctx.workbench.db, countyId);
    const { bytes, headers } = await headersOf(bytesBase64);
    const problems = checkExtractMapping(mapping, headers);
    if (problems.length > 0) {
      throw new ValidationError(
        problems[0]?.message ?? 'The mapping does not fit the file.',
        problems.map((p) => ({ path: `mapping.${p.field ?? ''}`, message: p.message })),
      );
    }
    rememberMapping(ctx.workbench.db, countyId, mappingKind(side), mapping);
    // Its own buffer, handed to the worker without a copy.
    const own = new Uint8Array(bytes.length);
    own.set(bytes);
    return jobOutput(
      ctx.jobs.start(
        'matching.importExtract',
        countyId,
        jobStarter(ctx),
        { countyId, side, fileName, bytes: own, mapping },
        [own.buffer],
      ),
      ctx.caller,
    );
  },

  'matching.extracts': ({ countyId }, ctx) => {
    countyOrThrow(ctx.workbench.db, countyId);
    return listExtracts(ctx.workbench.db, countyId).map((e) => ({
      extractId: e.id,
      side: e.side as ExtractSide,
      fileName: e.fileName,
      rows: e.rows,
      importedAt: e.importedAt,
      importedBy: e.importedBy,
      purged: e.purgedAt !== null,
    }));
  },

  'matching.startRun': (input, ctx) => {
    countyOrThrow(ctx.workbench.db, input.countyId);
    usableExtract(ctx, input.countyId, input.calworksExtractId, 'calworks', 'calworksExtractId');
    usableExtract(ctx, input.countyId, input.cwsExtractId, 'cws', 'cwsExtractId');
    return jobOutput(
      ctx.jobs.start('matching.run', input.countyId, jobStarter(ctx), {
        ...input,
        nicknames: ctx.content.nicknames.nicknames,
      }),
      ctx.caller,
    );
  },

  'matching.runs': ({ countyId }, ctx) => {
    countyOrThrow(ctx.workbench.db, countyId);
    return listRuns(ctx.workbench.db, countyId).map(runView);
  },

  'matching.families': ({ runId }, ctx) => {
    const run = runOrThrow(ctx, runId);
    const results = frozenResults(run) ?? resultsAt(ctx, run, run.accept, run.review);
    return results.families.map(({ calworksCase, cwsCase, persons, tier }) => ({
      calworksCase,
      cwsCase,
      persons,
      tier,
    }));
  },

  'matching.runView': ({ runId, accept, review }, ctx) => {
    const run = runOrThrow(ctx, runId);
    const thresholds = { accept: accept ?? run.accept, review: review ?? run.review };
    if (thresholds.review > thresholds.accept) {
      throw fieldError('review', 'The review threshold must not be above the accept threshold.');
    }
    const frozen = frozenResults(run);
    if (frozen && (thresholds.accept !== frozen.accept || thresholds.review !== frozen.review)) {
      throw fieldError(
        'accept',
        'The identifiers of this run were purged: its results stay at the thresholds it had then.',
      );
    }
    const results = frozen ?? resultsAt(ctx, run, thresholds.accept, thresholds.review);
    const model = JSON.parse(run.modelJson) as ModelDescription;
    return {
      run: runView(run),
      ...results,
      families: results.families.length,
      tiers: {
        secondary: results.families.filter((f) => f.tier === 'secondary').length,
        tertiary: results.families.filter((f) => f.tier === 'tertiary').length,
      },
      model: {
        fields: model.fields.map((f) => ({
          name: f.name,
          levels: [...f.levels],
          m: [...f.m],
          u: [...f.u],
        })),
        prior: model.prior,
        histogram: { fromBits: model.histogram.fromBits, counts: [...model.histogram.counts] },
        // Runs before the loads were counted have only the pairs each rule brought.
        blocking: model.blocking.map((rule) => ({
          rule: rule.rule,
          pairs: rule.pairs,
          skippedBlocks: rule.skippedBlocks,
          blockPairs: rule.blockPairs ?? null,
          largestBlock: rule.largestBlock ?? null,
        })),
      },
    };
  },
};
