/**
 * The example files each import offers (exampleFiles.contract.ts): templates are made from the
 * columns the import itself recognizes, so they cannot drift from it; samples are the shipped
 * files in resources/samples, or for readiness the round's own template filled in.
 */
import { OUTCOME_COLUMNS } from '../core/cocase/evaluation/outcomeRows';
import { ledgerTemplateHeaders } from '../core/fiscal/import/mapping';
import { extractColumnName, extractFieldsOf } from '../core/matching/linkage/extract';
import * as readiness from '../db/readiness/repository';
import { findCounty } from '../db/workspace/repository';
import { csvLine } from '../export/csvText';
import type { HandlersFor } from './context';
import { NotFound } from './errors';
import type { exampleFilesContract } from './exampleFiles.contract';
import { asExport } from './exportFile';
import { fileNamePart, type ExportFile } from './files.contract';
import { instrumentOf } from './readiness/results';

const csvFile = (fileName: string, text: string): ExportFile => ({
  fileName,
  mediaType: 'text/csv',
  bytesBase64: Buffer.from(text).toString('base64'),
});

export const exampleFilesHandlers: HandlersFor<typeof exampleFilesContract> = {
  'fiscal.ledgerExample': ({ file }, ctx) =>
    file === 'template'
      ? csvFile('ledger-import-template.csv', csvLine(ledgerTemplateHeaders()))
      : csvFile('ledger-import-sample.csv', ctx.content.samples.ledger),

  'matching.extractExample': ({ side, file }, ctx) =>
    file === 'template'
      ? csvFile(
          `${side}-extract-template.csv`,
          csvLine(extractFieldsOf(side).map(extractColumnName)),
        )
      : csvFile(
          `${side}-extract-sample.csv`,
          ctx.content.samples[side === 'cws' ? 'cwsExtract' : 'calworksExtract'],
        ),

  'cocase.outcomesExample': ({ file }, ctx) =>
    file === 'template'
      ? csvFile('outcomes-template.csv', csvLine(OUTCOME_COLUMNS))
      : csvFile('outcomes-sample-demo-county.csv', ctx.content.samples.outcomes),

  'readiness.exportSample': async ({ roundId }, ctx) => {
    const round = readiness.findRound(ctx.workbench.db, roundId);
    if (!round) throw new NotFound(`There is no assessment round with id ${roundId}.`);
    const county = findCounty(ctx.workbench.db, round.countyId)?.name ?? 'Unknown';
    const { buildResponseSample } = await import('../export/readinessSample');
    return asExport(
      `${fileNamePart(county)}-${fileNamePart(round.title)}-sample-responses.xlsx`,
      buildResponseSample({
        instrument: instrumentOf(ctx.content, round.instrumentVersion),
        countyName: county,
        roundTitle: round.title,
        appVersion: ctx.appVersion,
        generatedAt: new Date(),
      }),
    );
  },
};
