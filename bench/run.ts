/**
 * `npm run bench [-- <prefix>...]`: runs every figure in bench/*.bench.ts (or those whose names
 * start with any of the prefixes) and prints one line each: `BENCH <name> <value> <unit>`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Figure } from './figure';

// Several prefixes pick figures that depend on each other (an import and the summary that reads
// its ledger) without the slow ones between them.
const prefixes = process.argv.length > 2 ? process.argv.slice(2) : [''];
const folder = path.dirname(fileURLToPath(import.meta.url));
const files = fs
  .readdirSync(folder)
  .filter((name) => name.endsWith('.bench.ts'))
  .sort();

let measured = 0;
for (const file of files) {
  const module = (await import(pathToFileURL(path.join(folder, file)).href)) as {
    figures: Figure[];
  };
  for (const figure of module.figures.filter((f) => prefixes.some((p) => f.name.startsWith(p)))) {
    const { value, unit } = await figure.measure();
    console.log(`BENCH ${figure.name} ${value} ${unit}`);
    measured++;
  }
}
if (measured === 0) {
  console.error(`No benchmark figure starts with "${prefixes.join('" or "')}".`);
  process.exitCode = 1;
}
