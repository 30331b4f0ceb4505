/** The readiness area's files: template out, responses in, workbook out. */
import { createHash } from 'node:crypto';
import * as repo from '../../db/readiness/repository';
import { findCounty } from '../../db/workspace/repository';
import type { ServiceContext } from '../context';
import { Conflict, NotFound, ValidationError } from '../errors';
import { asExport } from '../exportFile';
import { fileNamePart, type ExportFile } from '../files.contract';
import { evaluateRound, instrumentOf } from './results';

function countyName(ctx: ServiceContext, round: repo.RoundRow): string {
  return findCounty(ctx.workbench.db, round.countyId)?.name ?? 'Unknown';
}

export async function exportTemplate(
  ctx: ServiceContext,
  round: repo.RoundRow,
): Promise<ExportFile> {
  const { buildResponseTemplate } = await import('../../export/readinessTemplate');
  const county = countyName(ctx, round);
  return asExport(
    `${fileNamePart(county)}-${fileNamePart(round.title)}-response-template.xlsx`,
    buildResponseTemplate({
      instrument: instrumentOf(ctx.content, round.instrumentVersion),
      countyName: county,
      roundTitle: round.title,
      appVersion: ctx.appVersion,
      generatedAt: new Date(),
    }),
  );
}

export async function importResponses(
  ctx: ServiceContext,
  round: repo.RoundRow,
  file: { fileName: string; bytesBase64: string },
): Promise<number> {
  const bytes = new Uint8Array(Buffer.from(file.bytesBase64, 'base64'));
  const { readResponseTemplate } = await import('../../files/readinessImport');
  const reading = await readResponseTemplate(
    bytes,
    instrumentOf(ctx.content, round.instrumentVersion),
  );
  if (!reading.ok) {
    const issues = reading.problems.map((p) => ({ path: p.where, message: p.message }));
    throw new ValidationError(
      `Nothing was imported: ${issues.length} ${issues.length === 1 ? 'problem' : 'problems'} in the file. ${issues
        .slice(0, 5)
        .map((i) => `${i.path}: ${i.message}`)
        .join(' ')}`,
      issues,
    );
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const outcome = repo.importRespondents(
    ctx.workbench.db,
    round.id,
    { sha256, name: file.fileName },
    reading.respondents,
    ctx.actor,
  );
  switch (outcome.status) {
    case 'imported':
      return outcome.added;
    case 'round-missing':
      throw new NotFound(
        'The round was deleted while the file was being checked; nothing was imported.',
      );
    case 'round-closed':
      throw new Conflict(`The round “${outcome.title}” is closed. Reopen it to change it.`);
    case 'duplicate':
      throw new Conflict(
        `This file was already imported into this round (as ${outcome.fileName}, ${outcome.importedAt.slice(0, 10)}); importing it again would count its respondents twice.`,
      );
  }
}

export async function exportWorkbook(
  ctx: ServiceContext,
  round: repo.RoundRow,
): Promise<ExportFile> {
  const { buildReadinessWorkbook } = await import('../../export/readiness');
  const evaluation = evaluateRound(ctx, round);
  const county = countyName(ctx, round);
  return asExport(
    // "Spring 2026 readiness" should not become "…-readiness-readiness.xlsx".
    `${fileNamePart(county)}-${fileNamePart(round.title).replace(/-readiness$/i, '')}-readiness.xlsx`,
    buildReadinessWorkbook({
      countyName: county,
      round,
      instrument: evaluation.instrument,
      scores: evaluation.scores,
      recommendation: evaluation.recommendation,
      previous:
        evaluation.earlier && evaluation.trend
          ? { title: evaluation.earlier.round.title, trend: evaluation.trend }
          : null,
      respondents: repo.respondentsWithAnswers(ctx.workbench.db, round.id),
      appVersion: ctx.appVersion,
      generatedAt: new Date(),
    }),
  );
}
