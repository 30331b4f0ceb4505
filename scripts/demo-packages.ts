/**
 * Writes a plausible report package for each of California's 58 counties, so the statewide
 * roll-up can be tried at full size: `npm run demo:packages -- <folder> [sfyStartYear]`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { demoPackages } from '../src/demo/demoPackages';
import { openDatabase } from '../src/db/openDatabase';
import { listCounties } from '../src/db/workspace/repository';
import { packageWorkbook } from '../src/export/reportPackage';
import { workbookBytes } from '../src/export/workbook';

export async function writeDemoPackages(folder: string, sfyStartYear: number): Promise<string[]> {
  // The county list as the app knows it, from a throwaway database.
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'linkages-counties-'));
  const workbench = openDatabase(path.join(scratch, 'workbench.sqlite'));
  const counties = listCounties(workbench.db);
  workbench.close();
  fs.rmSync(scratch, { recursive: true, force: true });
  fs.mkdirSync(folder, { recursive: true });
  const files: string[] = [];
  for (const pkg of demoPackages(counties, sfyStartYear)) {
    const file = path.join(folder, `${pkg.county.name.replace(/\s+/g, '-')}-report-package.xlsx`);
    fs.writeFileSync(file, await workbookBytes(packageWorkbook(pkg)));
    files.push(file);
  }
  return files;
}

if (
  import.meta.url === `file://${process.argv[1]}` ||
  process.argv[1]?.endsWith('demo-packages.ts')
) {
  const [folder = 'demo-packages', year = '2025'] = process.argv.slice(2);
  const files = await writeDemoPackages(path.resolve(folder), Number(year));
  console.log(`Wrote ${files.length} county packages to ${path.resolve(folder)}`);
}
