/** Checks every fiscal write shares: the county's reference data, and the field that is wrong. */
import { sfyLabel } from '../../core/fiscalCalendar';
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
  return { id: row.id, name: row.name, retired: row.retired };
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
 * The stream and category a new or changed record uses: both the county's, and — unless the record
 * already used them — not retired, and the stream active in the SFY.
 */
export function usableLine(
  county: ReturnType<typeof fiscalCounty>,
  line: { streamId: number; categoryId: number; sfyStartYear: number },
  before?: { streamId: number; categoryId: number },
): FundingStreamView {
  const stream = county.streams.find((s) => s.id === line.streamId);
  if (!stream) throw fieldError('streamId', `This county has no funding stream ${line.streamId}.`);
  const category = county.categories.find((c) => c.id === line.categoryId);
  if (!category) {
    throw fieldError('categoryId', `This county has no service category ${line.categoryId}.`);
  }
  if (stream.retired && before?.streamId !== stream.id) {
    throw fieldError('streamId', `“${stream.name}” is retired: it takes no new entries.`);
  }
  if (category.retired && before?.categoryId !== category.id) {
    throw fieldError('categoryId', `“${category.name}” is retired: it takes no new entries.`);
  }
  if (stream.activeSfys.length > 0 && !stream.activeSfys.includes(line.sfyStartYear)) {
    throw fieldError(
      'streamId',
      `“${stream.name}” is not active in ${sfyLabel({ startYear: line.sfyStartYear })}.`,
    );
  }
  return stream;
}
