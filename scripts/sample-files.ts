/**
 * `npx tsx scripts/sample-files.ts`: writes the imports' sample files into resources/samples from
 * the demo dataset and the synthetic generator (src/demo/sampleFiles.ts). A unit test fails when
 * the shipped files and what this writes differ, so run it after changing either.
 */
import fs from 'node:fs';
import path from 'node:path';
import { SAMPLE_FILES, type SampleName } from '../src/api/content';
import { readDemoDataset } from '../src/demo/demoCounty';
import { sampleFiles } from '../src/demo/sampleFiles';
import { resourcesFolder } from '../src/server/paths';

const folder = path.join(resourcesFolder, 'samples');
fs.mkdirSync(folder, { recursive: true });
const files = sampleFiles(readDemoDataset(resourcesFolder));
for (const [name, text] of Object.entries(files) as [SampleName, string][]) {
  fs.writeFileSync(path.join(folder, SAMPLE_FILES[name]), text);
  console.log(`${SAMPLE_FILES[name]}: ${text.split('\r\n').length - 2} rows`);
}
