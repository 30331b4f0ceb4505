import path from 'node:path';
import { buildIsStale } from '../../scripts/freshness.mjs';
import { projectRoot, rendererOutDir } from './paths';

/** What the built pages depend on: when any of it is newer than the build, build again. */
const SOURCES = ['src/renderer', 'src/api', 'src/core', 'vite.renderer.config.ts', 'package.json'];

export function rendererIsStale(): boolean {
  return buildIsStale(
    [path.join(rendererOutDir, 'index.html')],
    SOURCES.map((source) => path.join(projectRoot, source)),
  );
}

export async function buildRenderer(): Promise<void> {
  // Loaded only when a build is needed: vite is a development tool, not part of every start.
  const { build } = await import('vite');
  const { rendererViteConfig } = await import('../../vite.renderer.config');
  // Test runners set NODE_ENV=test, and vite and the React plugin would then ship React's
  // development build into the pages; a build for people is always a production build.
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ ...rendererViteConfig(), configFile: false, mode: 'production' });
  } finally {
    if (previous === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = previous;
  }
}

export async function ensureRendererBuilt(log: (line: string) => void): Promise<void> {
  if (!rendererIsStale()) return;
  log('Building the Workbench pages (first start or changed sources)...');
  await buildRenderer();
}
