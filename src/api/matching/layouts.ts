/**
 * Saved extract layouts: a county maps its CalWORKs and CWS extracts once, names the mapping,
 * reuses it on the import page and shares it with its neighbours as a file.
 */
import { mappingFitsHeaders } from '../../core/columnMapping';
import { SIDE_LABELS, type ExtractSide } from '../../core/matching/linkage/extract';
import * as repo from '../../db/matching/layouts';
import type { Db } from '../../db/openDatabase';
import type { HandlersFor, ServiceContext } from '../context';
import { countyOrThrow } from '../county';
import { NotFound, ValidationError, fieldError } from '../errors';
import { checkVersion } from '../recordVersion';
import { ExtractMappingInput } from './contract';
import { layoutFileOf, readLayoutFile } from './layoutFile';
import {
  LAYOUT_NAME_MAX,
  type ExtractLayout,
  type extractLayoutsContract,
} from './layouts.contract';

/** A stored layout as the API shows it; its mapping checked again on the way out. */
function asLayout(row: repo.MatchLayoutRow): ExtractLayout {
  const { mappingJson, countyId: _county, ...rest } = row;
  return {
    ...rest,
    side: row.side as ExtractSide,
    mapping: ExtractMappingInput.parse(JSON.parse(mappingJson)),
  };
}

function layoutOrThrow(ctx: ServiceContext, countyId: number, id: number): repo.MatchLayoutRow {
  countyOrThrow(ctx.workbench.db, countyId);
  const row = repo.findLayout(ctx.workbench.db, countyId, id);
  if (!row) throw new NotFound(`This county has no extract layout with id ${id}.`);
  return row;
}

/** The county's layouts of that side whose columns are all in these headers. */
export function fittingLayouts(
  db: Db,
  countyId: number,
  side: ExtractSide,
  headers: readonly string[],
): ExtractLayout[] {
  return repo
    .listLayouts(db, countyId, side)
    .map(asLayout)
    .filter((layout) => mappingFitsHeaders(layout.mapping, headers));
}

/** "Fresno CWS" → "Fresno CWS (2)", or (3)…, the first name of that side not yet used. */
function freeName(db: Db, countyId: number, side: ExtractSide, name: string): string {
  if (!repo.layoutNamed(db, countyId, side, name)) return name;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${name.slice(0, LAYOUT_NAME_MAX - suffix.length).trimEnd()}${suffix}`;
    if (!repo.layoutNamed(db, countyId, side, candidate)) return candidate;
  }
}

export const extractLayoutHandlers: HandlersFor<typeof extractLayoutsContract> = {
  'matching.layouts': ({ countyId, side }, ctx) => {
    countyOrThrow(ctx.workbench.db, countyId);
    return repo.listLayouts(ctx.workbench.db, countyId, side).map(asLayout);
  },

  'matching.saveLayout': ({ countyId, side, id, version, name, mapping }, ctx) => {
    const { db } = ctx.workbench;
    if (id === null) countyOrThrow(db, countyId);
    else {
      const stored = layoutOrThrow(ctx, countyId, id);
      checkVersion(db, { what: 'layout', entity: 'match_layout', id, expected: version, stored });
      if (stored.side !== side) {
        throw fieldError(
          'side',
          `This layout is for the ${SIDE_LABELS[stored.side as ExtractSide]}.`,
        );
      }
    }
    const same = repo.layoutNamed(db, countyId, side, name);
    if (same && same.id !== id) {
      throw fieldError(
        'name',
        `The county already has a ${SIDE_LABELS[side]} layout named “${same.name}”; choose another name.`,
      );
    }
    const row = repo.saveLayout(
      db,
      { countyId, id, actor: ctx.actor },
      { side, name, mappingJson: JSON.stringify(mapping) },
    );
    return asLayout(row);
  },

  'matching.deleteLayout': ({ countyId, id }, ctx) => {
    repo.deleteLayout(ctx.workbench.db, layoutOrThrow(ctx, countyId, id), ctx.actor);
    return { deleted: true };
  },

  'matching.exportLayout': ({ countyId, id }, ctx) =>
    layoutFileOf(asLayout(layoutOrThrow(ctx, countyId, id))),

  'matching.importLayout': ({ countyId, side, fileName, bytesBase64 }, ctx) => {
    const { db } = ctx.workbench;
    countyOrThrow(db, countyId);
    const read = readLayoutFile(fileName, Buffer.from(bytesBase64, 'base64'));
    if ('problem' in read) {
      throw new ValidationError(read.problem, [{ path: 'bytesBase64', message: read.problem }]);
    }
    const { layout } = read;
    if (side !== undefined && layout.side !== side) {
      const message = `“${fileName}” is a ${SIDE_LABELS[layout.side]} layout; import it with the ${SIDE_LABELS[layout.side]}.`;
      throw new ValidationError(message, [{ path: 'bytesBase64', message }]);
    }
    // Checked and saved in one synchronous stretch: no other save can take the name in between.
    const row = repo.saveLayout(
      db,
      { countyId, id: null, actor: ctx.actor },
      {
        side: layout.side,
        name: freeName(db, countyId, layout.side, layout.name),
        mappingJson: JSON.stringify(layout.mapping),
      },
    );
    return asLayout(row);
  },
};
