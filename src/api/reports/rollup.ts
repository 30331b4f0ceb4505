/**
 * The statewide roll-up: county packages added one file at a time (each read, checked and stored
 * on its own, so one bad file among 58 refuses only itself), and the views and workbook over them.
 */
import { sfyLabel } from '../../core/fiscalCalendar';
import { CountyPackage, upgradeOlderPackage } from '../../core/reports/package';
import { byStream, byTierStatus, countyRow, statewide } from '../../core/reports/rollup';
import * as repo from '../../db/reports/rollup';
import { PackageRefusal } from '../../export/packageRefusal';
import type { HandlersFor, ServiceContext } from '../context';
import { fieldError, NotFound } from '../errors';
import { asExport } from '../exportFile';
import { fileNamePart } from '../files.contract';
import { readKnownPackage } from './handlers';
import type { rollupContract } from './rollup.contract';

function rollupOrThrow(ctx: ServiceContext, rollupId: number) {
  const found = repo.findRollup(ctx.workbench.db, rollupId);
  if (!found) throw new NotFound(`There is no roll-up with id ${rollupId}.`);
  return found;
}

function rollupSummary(ctx: ServiceContext, rollupId: number) {
  const summary = repo.listRollups(ctx.workbench.db).find((r) => r.id === rollupId);
  if (!summary) throw new NotFound(`There is no roll-up with id ${rollupId}.`);
  return summary;
}

/**
 * The stored packages, read back through the schema (they were checked when added); one stored
 * before format version 3 is brought to the current shape first.
 */
function packagesIn(ctx: ServiceContext, rollupId: number) {
  return repo.packagesOf(ctx.workbench.db, rollupId).map((row) => ({
    row,
    pkg: CountyPackage.parse(upgradeOlderPackage(JSON.parse(row.figuresJson))),
  }));
}

export function rollupViewOf(ctx: ServiceContext, rollupId: number) {
  const rollup = rollupSummary(ctx, rollupId);
  const stored = packagesIn(ctx, rollupId);
  const packages = stored.map((s) => s.pkg);
  const present = new Set(packages.map((p) => p.county.fips));
  return {
    rollup,
    counties: stored.map(({ row, pkg }) => ({
      countyId: row.countyId,
      fileName: row.fileName,
      ...countyRow(pkg),
    })),
    statewide: statewide(packages),
    byTierStatus: byTierStatus(packages),
    byStream: byStream(packages),
    missing: [...repo.countiesByFips(ctx.workbench.db).values()]
      .filter((c) => !present.has(c.fips))
      .sort((a, b) => a.name.localeCompare(b.name))
      .map(({ fips, name }) => ({ fips, name })),
  };
}

export const rollupHandlers: HandlersFor<typeof rollupContract> = {
  'reports.listRollups': (_input, ctx) => repo.listRollups(ctx.workbench.db),

  'reports.createRollup': ({ name, sfyStartYear }, ctx) => {
    if (repo.findRollupByName(ctx.workbench.db, name)) {
      // Named as the form's field, so the refusal is said beside the name typed.
      throw fieldError('name', `There is a roll-up named “${name}” already; choose another name.`);
    }
    const made = repo.createRollup(ctx.workbench.db, name, sfyStartYear);
    return rollupSummary(ctx, made.id);
  },

  'reports.deleteRollup': ({ rollupId }, ctx) => {
    rollupOrThrow(ctx, rollupId);
    repo.deleteRollup(ctx.workbench.db, rollupId);
    return { deleted: true };
  },

  'reports.addPackage': async ({ rollupId, fileName, bytesBase64, replace }, ctx) => {
    const rollup = rollupOrThrow(ctx, rollupId);
    let read;
    try {
      read = await readKnownPackage(ctx, bytesBase64);
    } catch (error) {
      if (error instanceof PackageRefusal) return { outcome: 'refused', reason: error.message };
      throw error;
    }
    const { pkg, county } = read;
    if (pkg.sfyStartYear !== rollup.sfyStartYear) {
      return {
        outcome: 'refused',
        reason: `This roll-up is for ${sfyLabel({ startYear: rollup.sfyStartYear })}; the package is ${county.name}'s for ${sfyLabel({ startYear: pkg.sfyStartYear })}.`,
      };
    }
    const ref = { fips: county.fips, name: county.name };
    const existing = repo.packageOf(ctx.workbench.db, rollupId, county.id);
    if (existing && !replace) {
      return {
        outcome: 'choose',
        county: ref,
        existing: { fileName: existing.fileName, generatedAt: existing.generatedAt },
        incoming: { fileName, generatedAt: pkg.generatedAt },
      };
    }
    repo.storePackage(
      ctx.workbench.db,
      {
        rollupId,
        countyId: county.id,
        fileName,
        generatedAt: pkg.generatedAt,
        figuresJson: JSON.stringify(pkg),
        addedBy: ctx.actor,
      },
      existing !== undefined,
    );
    return { outcome: 'accepted', county: ref, replaced: existing !== undefined };
  },

  'reports.removePackage': ({ rollupId, countyId }, ctx) => {
    rollupOrThrow(ctx, rollupId);
    if (!repo.removePackage(ctx.workbench.db, rollupId, countyId)) {
      throw new NotFound(`The roll-up holds no package for county ${countyId}.`);
    }
    return { removed: true };
  },

  'reports.rollupView': ({ rollupId }, ctx) => rollupViewOf(ctx, rollupId),

  'reports.exportRollup': async ({ rollupId }, ctx) => {
    const view = rollupViewOf(ctx, rollupId);
    const { rollupWorkbook } = await import('../../export/rollup');
    return asExport(
      `${fileNamePart(view.rollup.name)}-rollup.xlsx`,
      rollupWorkbook(view, ctx.appVersion, new Date()),
    );
  },
};
