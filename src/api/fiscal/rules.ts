/** Checks every fiscal write shares: the county's reference data, and the field that is wrong. */
import { lineProblems } from '../../core/fiscal/entryRules';
import * as reference from '../../db/fiscal/reference';
import type { ServiceContext } from '../context';
import { fieldError } from '../errors';
import type { FundingStreamView, ServiceCategoryView } from './contract';
import { countyOrThrow } from '../county';

export function streamView(row: reference.StreamRow): FundingStreamView {
  const { countyId, createdAt, updatedAt, activeSfysJson, ...rest } = row;
  return { ...rest, activeSfys: JSON.parse(activeSfysJson) as number[] };
}

export function categoryView(row: reference.CategoryRow): ServiceCategoryView {
  return { id: row.id, name: row.name, retired: row.retired, version: row.version };
}

/** The county (seeded with the shipped streams and categories on first use) and its reference. */
export function fiscalCounty(ctx: ServiceContext, countyId: number) {
  const { db } = ctx.workbench;
  countyOrThrow(db, countyId);
  reference.ensureReference(db, countyId, ctx.content.fiscalReference);
  return {
    streams: reference.listStreams(db, countyId).map(streamView),
    categories: reference.listCategories(db, countyId).map(categoryView),
  };
}

/**
 * The stream and category a new or changed record uses, by the entry rules (core/fiscal/entryRules):
 * both the county's, and — unless the record already used them — not retired, and the stream used
 * in the SFY. The first problem is the refusal.
 */
export function usableLine(
  county: ReturnType<typeof fiscalCounty>,
  line: { streamId: number; categoryId: number; sfyStartYear: number },
  before?: { streamId: number; categoryId: number },
): FundingStreamView {
  const [problem] = lineProblems(county, line, before);
  if (problem) throw fieldError(problem.field, problem.message);
  const stream = county.streams.find((s) => s.id === line.streamId);
  if (!stream) throw new Error('lineProblems passed a stream the county does not have.');
  return stream;
}
