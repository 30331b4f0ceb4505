/**
 * The crash child bundled once per test run, with the job worker beside it as the built app has
 * it (runner.ts loads jobWorker.js next to its own module). From source every child and every job
 * worker would load TypeScript through tsx: 2.2–2.8 s to start a child (measured on our 2-core
 * machine), where the bundle takes 0.45–0.7 s — and a kill ends a child, so start-up is paid once
 * per kill.
 *
 * esbuild comes with tsx (and vite); better-sqlite3 stays outside, so the bundles are written under
 * node_modules/.cache, where its native addon resolves as from the source.
 */
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { projectRoot } from '../../src/server/paths';

export interface CrashBundle {
  readonly folder: string;
  readonly child: string;
  remove(): void;
}

export async function bundleCrashChild(): Promise<CrashBundle> {
  const cache = path.join(projectRoot, 'node_modules', '.cache');
  fs.mkdirSync(cache, { recursive: true });
  const folder = fs.mkdtempSync(path.join(cache, 'linkages-crash-'));
  await build({
    entryPoints: {
      crashChild: path.join(projectRoot, 'test', 'support', 'crashChild.ts'),
      jobWorker: path.join(projectRoot, 'src', 'api', 'jobs', 'worker.ts'),
    },
    outdir: folder,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['better-sqlite3', 'better-sqlite3-multiple-ciphers'],
    // Bundled CommonJS packages (exceljs) still call require for Node's own modules.
    banner: {
      js: "import { createRequire as crashRequire } from 'node:module'; const require = crashRequire(import.meta.url);",
    },
    // Less to parse: a child's start-up is paid once per kill.
    minify: true,
    keepNames: true,
    logLevel: 'error',
  });
  // The bundles are ES modules whatever package.json is nearest.
  fs.writeFileSync(path.join(folder, 'package.json'), '{ "type": "module" }\n');
  return {
    folder,
    child: path.join(folder, 'crashChild.js'),
    remove: () => fs.rmSync(folder, { recursive: true, force: true }),
  };
}
