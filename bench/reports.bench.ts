import { openBenchService } from './service';
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { demoPackages } from '../src/demo/demoPackages';
import { listCounties } from '../src/db/workspace/repository';
import { packageWorkbook } from '../src/export/reportPackage';
import { workbookBytes } from '../src/export/workbook';
import { median, repeat, type Figure } from './figure';

let rolledUp: (ReturnType<typeof openBenchService> & { rollupId: number }) | undefined;

export const figures: Figure[] = [
  {
    // 58 county package files (made beforehand, as counties would send them) added to a new
    // roll-up one by one — each read, checked and stored — and the statewide view over them.
    name: 'reports.rollup_58_s',
    async measure() {
      const bench = openBenchService();
      const counties = listCounties(bench.workbench.db);
      const files = await Promise.all(
        demoPackages(counties, 2025).map(async (pkg) => ({
          fileName: `${pkg.county.name}.xlsx`,
          bytesBase64: Buffer.from(await workbookBytes(packageWorkbook(pkg))).toString('base64'),
        })),
      );
      const started = performance.now();
      const { id } = await bench.invoke('reports.createRollup', {
        name: 'Bench',
        sfyStartYear: 2025,
      });
      for (const file of files) {
        const result = await bench.invoke('reports.addPackage', { rollupId: id, ...file });
        if (result.outcome !== 'accepted') throw new Error(`${file.fileName}: ${result.outcome}`);
      }
      await bench.invoke('reports.rollupView', { rollupId: id });
      const seconds = (performance.now() - started) / 1000;
      rolledUp = { ...bench, rollupId: id };
      return { value: Math.round(seconds * 100) / 100, unit: 's' };
    },
  },
  {
    // The roll-up workbook of those 58 counties: summary, counties, tiers, streams, missing.
    name: 'reports.rollup_export_s',
    async measure() {
      if (!rolledUp) throw new Error('reports.rollup_58_s builds the roll-up this figure exports');
      const { invoke, rollupId, workbench, folder } = rolledUp;
      const runs = await repeat(5, async () => {
        const started = performance.now();
        await invoke('reports.exportRollup', { rollupId });
        return (performance.now() - started) / 1000;
      });
      workbench.close();
      fs.rmSync(folder, { recursive: true, force: true });
      return { value: Math.round(median(runs) * 1000) / 1000, unit: 's' };
    },
  },
];
