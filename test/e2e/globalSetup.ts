import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureRendererBuilt } from '../../src/server/rendererBuild';
import { buildDemoDatabase } from './demoDatabase';

/** Build the pages and the demo database once, before any test starts a server on them. */
export default async function setup(project: TestProject): Promise<() => void> {
  await ensureRendererBuilt((line) => console.log(line));
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'linkages-e2e-demo-'));
  project.provide('demoDatabase', await buildDemoDatabase(folder));
  return () => fs.rmSync(folder, { recursive: true, force: true });
}
