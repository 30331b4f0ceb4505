/**
 * Child process of the fiscal export benchmark: exports one SFY of a prepared database and prints
 * its time and peak memory, measured apart from the import that filled the database.
 */
import { openBenchService } from './service';
import { performance } from 'node:perf_hooks';
import { peakRssMb } from '../scripts/peakRss';

const [file = '', sfyText = '2025'] = process.argv.slice(2);
const { workbench, invoke } = openBenchService(file);
const started = performance.now();
const exported = await invoke('fiscal.exportWorkbook', {
  countyId: 49,
  sfyStartYear: Number(sfyText),
});
const seconds = (performance.now() - started) / 1000;
workbench.close();
console.log(
  JSON.stringify({
    seconds,
    maxRssMb: peakRssMb(),
    bytes: Math.round((exported.bytesBase64.length * 3) / 4),
  }),
);
