/**
 * The desktop build (`npm run build`: electron-vite into out/) for tests that read it. npm test
 * builds before vitest; a test run on its own (`npm run test:integration`) builds here when out/
 * is missing or older than any source, so it never passes against a stale build.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from '../../src/server/paths';
import { buildIsStale } from '../../scripts/freshness.mjs';

const SOURCES = ['src', 'resources', 'electron.vite.config.ts', 'package.json'];
const BUILT = ['main/index.js', 'main/jobWorker.js', 'preload/index.cjs', 'renderer/index.html'];

export function ensureElectronBuild(): string {
  const out = path.join(projectRoot, 'out');
  const built = BUILT.map((file) => path.join(out, file));
  if (
    buildIsStale(
      built,
      SOURCES.map((source) => path.join(projectRoot, source)),
    )
  ) {
    const cli = path.join(projectRoot, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
    const run = spawnSync(process.execPath, [cli, 'build'], { cwd: projectRoot, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`electron-vite build failed:\n${run.stderr}`);
  }
  return out;
}
