import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/api/content';
import { resourcesFolder } from '../../../src/server/paths';
import { tempFolder } from '../../support/workbench';

describe('shipped readiness content', () => {
  it('loads, and its instrument, rules and catalog refer only to each other', () => {
    const content = loadContent(resourcesFolder);
    const instrument = content.currentInstrument;
    expect(instrument.items.length).toBeGreaterThanOrEqual(40);
    expect(instrument.items.length).toBeLessThanOrEqual(60);
    expect(instrument.domains.length).toBeGreaterThanOrEqual(8);
    expect(content.rules.get(instrument.version)?.list.length).toBeGreaterThan(0);
    expect(content.catalog.components.map((c) => c.tier)).toEqual(
      expect.arrayContaining(['primary', 'secondary', 'tertiary', 'cross-cutting']),
    );
  });

  it('refuses content whose rules name a domain the instrument lacks', () => {
    const copy = tempFolder('linkages-resources-');
    fs.cpSync(resourcesFolder, copy, { recursive: true });
    const file = path.join(copy, 'readiness', 'recommendations-v1.json');
    const rules = JSON.parse(fs.readFileSync(file, 'utf8'));
    rules.list[0].when[0].subject = 'astrology';
    fs.writeFileSync(file, JSON.stringify(rules));
    expect(() => loadContent(copy)).toThrow(/unknown domain astrology/);
  });

  it('refuses rules that start a tier at another threshold than the level that opens it', () => {
    const copy = tempFolder('linkages-resources-');
    fs.cpSync(resourcesFolder, copy, { recursive: true });
    const file = path.join(copy, 'readiness', 'recommendations-v1.json');
    const rules = JSON.parse(fs.readFileSync(file, 'utf8'));
    const startPrimary = rules.list.find((r: { id: string }) => r.id === 'start-primary');
    startPrimary.when[0] = { subject: 'overall', op: 'atLeast', value: 2.7 };
    fs.writeFileSync(file, JSON.stringify(rules));
    expect(() => loadContent(copy)).toThrow(
      /Rule start-primary starts the primary tier at overall 2\.7, but the level that opens it, "Developing", starts at 2\.5/,
    );
  });

  it('refuses an instrument that breaks its schema, naming the field', () => {
    const copy = tempFolder('linkages-resources-');
    fs.cpSync(resourcesFolder, copy, { recursive: true });
    const file = path.join(copy, 'readiness', 'instrument-v1.json');
    const instrument = JSON.parse(fs.readFileSync(file, 'utf8'));
    instrument.items[3].id = 'Not An Id';
    fs.writeFileSync(file, JSON.stringify(instrument));
    expect(() => loadContent(copy)).toThrow(
      /instrument-v1\.json is not valid content: items\.3\.id/,
    );
  });
});
