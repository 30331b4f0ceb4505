import { findCounty, type CountyRow } from '../db/workspace/repository';
import type { Db } from '../db/openDatabase';
import { NotFound } from './errors';

/** Every county-scoped method starts here: an unknown county id is NotFound, in the same words. */
export function countyOrThrow(db: Db, countyId: number): CountyRow {
  const county = findCounty(db, countyId);
  if (!county) throw new NotFound(`There is no county with id ${countyId}.`);
  return county;
}
