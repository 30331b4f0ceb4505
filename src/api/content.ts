/**
 * The versioned content in resources/: instruments, recommendation rules, component catalog,
 * fiscal reference data, the nickname table, and the fonts PDF reports embed.
 * Loaded once, checked against core's schemas and against each other; a content error stops the
 * app at start rather than misleading a coordinator later.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { FiscalReference } from '../core/fiscal/reference';
import { NicknameFile } from '../core/matching/linkage/nicknames';
import { ComponentCatalog } from '../core/program/catalog';
import { Instrument } from '../core/readiness/instrument';
import { READINESS_LEVELS } from '../core/readiness/levels';
import { OVERALL, RecommendationRules } from '../core/readiness/recommendationRules';

export interface Content {
  /** Every instrument version ever shipped, by version: old rounds keep theirs. */
  readonly instruments: ReadonlyMap<number, Instrument>;
  readonly currentInstrument: Instrument;
  /** Recommendation rules by the instrument version they were written for. */
  readonly rules: ReadonlyMap<number, RecommendationRules>;
  readonly catalog: ComponentCatalog;
  /** What each county's funding streams and service categories start as. */
  readonly fiscalReference: FiscalReference;
  /** Nicknames and the formal first names they stand for, for matching. */
  readonly nicknames: NicknameFile;
  /**
   * DejaVu Sans (resources/fonts, with its license), embedded in every PDF report: a Unicode
   * font read from resources like the rest, so the desktop, browser mode and a server print alike.
   */
  readonly reportFonts: { readonly regular: Uint8Array; readonly bold: Uint8Array };
  /** The sample file each import offers, as text. */
  readonly samples: Readonly<Record<SampleName, string>>;
}

/** The imports' sample files in resources/samples, written by scripts/sample-files.ts. */
export const SAMPLE_FILES = {
  ledger: 'ledger-sample.csv',
  calworksExtract: 'calworks-extract-sample.csv',
  cwsExtract: 'cws-extract-sample.csv',
  outcomes: 'outcomes-sample.csv',
} as const;
export type SampleName = keyof typeof SAMPLE_FILES;

function readJson<T extends z.ZodType>(file: string, schema: T): z.output<T> {
  const parsed = schema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(
      `${path.basename(file)} is not valid content: ${first?.path.join('.')} ${first?.message}`,
    );
  }
  return parsed.data;
}

function versionedFiles(folder: string, prefix: string): string[] {
  return fs
    .readdirSync(folder)
    .filter((name) => new RegExp(`^${prefix}-v\\d+\\.json$`).test(name))
    .map((name) => path.join(folder, name));
}

export function loadContent(resourcesFolder: string): Content {
  const readinessFolder = path.join(resourcesFolder, 'readiness');
  const catalog = readJson(
    path.join(resourcesFolder, 'program', 'components-v1.json'),
    ComponentCatalog,
  );
  const instruments = new Map<number, Instrument>();
  for (const file of versionedFiles(readinessFolder, 'instrument')) {
    const instrument = readJson(file, Instrument);
    instruments.set(instrument.version, instrument);
  }
  const rules = new Map<number, RecommendationRules>();
  for (const file of versionedFiles(readinessFolder, 'recommendations')) {
    const ruleSet = readJson(file, RecommendationRules);
    rules.set(ruleSet.instrumentVersion, ruleSet);
  }
  const newest = Math.max(...instruments.keys());
  const currentInstrument = instruments.get(newest);
  if (!currentInstrument) throw new Error('resources/readiness holds no instrument.');

  const componentIds = new Set(catalog.components.map((c) => c.id));
  for (const [version, instrument] of instruments) {
    const domainIds = new Set(instrument.domains.map((d) => d.id));
    const ruleSet = rules.get(version);
    if (!ruleSet) throw new Error(`Instrument v${version} has no recommendation rules.`);
    for (const item of instrument.items) {
      for (const id of item.informs.components) {
        if (!componentIds.has(id))
          throw new Error(`Item ${item.id} names unknown component ${id}.`);
      }
    }
    for (const rule of ruleSet.list) {
      for (const id of rule.components) {
        if (!componentIds.has(id))
          throw new Error(`Rule ${rule.id} names unknown component ${id}.`);
      }
      for (const condition of rule.when) {
        if (condition.subject !== OVERALL && !domainIds.has(condition.subject)) {
          throw new Error(`Rule ${rule.id} names unknown domain ${condition.subject}.`);
        }
      }
      // The level a county is shown and the tier it is told to start must agree: one threshold.
      const opening = READINESS_LEVELS.find((level) => level.opens === rule.tier);
      const overall = rule.when.find((c) => c.subject === OVERALL && c.op === 'atLeast');
      if (rule.verb === 'start' && opening && overall && overall.value !== opening.from) {
        throw new Error(
          `Rule ${rule.id} starts the ${rule.tier} tier at overall ${overall.value}, but the level that opens it, "${opening.label}", starts at ${opening.from}.`,
        );
      }
    }
  }
  const fiscalReference = readJson(
    path.join(resourcesFolder, 'fiscal', 'reference-v1.json'),
    FiscalReference,
  );
  const nicknames = readJson(
    path.join(resourcesFolder, 'linkage', 'nicknames-v1.json'),
    NicknameFile,
  );
  const reportFonts = {
    regular: fs.readFileSync(path.join(resourcesFolder, 'fonts', 'DejaVuSans.ttf')),
    bold: fs.readFileSync(path.join(resourcesFolder, 'fonts', 'DejaVuSans-Bold.ttf')),
  };
  const samples = Object.fromEntries(
    Object.entries(SAMPLE_FILES).map(([name, file]) => [
      name,
      fs.readFileSync(path.join(resourcesFolder, 'samples', file), 'utf8'),
    ]),
  ) as Record<SampleName, string>;
  return {
    instruments,
    currentInstrument,
    rules,
    catalog,
    fiscalReference,
    nicknames,
    reportFonts,
    samples,
  };
}
