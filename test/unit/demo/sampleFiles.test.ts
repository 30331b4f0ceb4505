import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLE_FILES, type SampleName } from '../../../src/api/content';
import { ledgerTemplateHeaders, suggestMapping } from '../../../src/core/fiscal/import/mapping';
import {
  extractColumnName,
  extractFieldsOf,
  suggestExtractMapping,
} from '../../../src/core/matching/linkage/extract';
import { readDemoDataset } from '../../../src/demo/demoCounty';
import { sampleFiles } from '../../../src/demo/sampleFiles';
import { resourcesFolder } from '../../../src/server/paths';

describe('the imports’ example files', () => {
  it('ship as scripts/sample-files.ts writes them from the demo and the generator', () => {
    const made = sampleFiles(readDemoDataset(resourcesFolder));
    for (const [name, file] of Object.entries(SAMPLE_FILES) as [SampleName, string][]) {
      const shipped = fs.readFileSync(path.join(resourcesFolder, 'samples', file), 'utf8');
      expect([name, shipped]).toEqual([name, made[name]]);
    }
  });

  it('carry no SSN that could be issued to someone (their area is in the 900s)', () => {
    const made = sampleFiles(readDemoDataset(resourcesFolder));
    const ssns = [made.calworksExtract, made.cwsExtract].join('').match(/\b\d{3}-\d{2}-\d{4}\b/g);
    expect(ssns?.length).toBeGreaterThan(20);
    expect(ssns?.filter((ssn) => !ssn.startsWith('9'))).toEqual([]);
  });

  it('have templates whose columns the imports map by themselves, every field', () => {
    const ledger = suggestMapping(ledgerTemplateHeaders());
    expect(Object.keys(ledger)).toHaveLength(ledgerTemplateHeaders().length);
    for (const side of ['calworks', 'cws'] as const) {
      const fields = extractFieldsOf(side);
      const mapping = suggestExtractMapping(fields.map(extractColumnName));
      expect(Object.keys(mapping).sort()).toEqual([...fields].sort());
    }
  });
});
