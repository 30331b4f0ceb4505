// Browser mode's server as built JavaScript (out/server, vite.server.config.ts): built when it is
// missing or older than its sources, one build at a time however many starts ask at once.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import lockfile from 'proper-lockfile';
import { buildIsStale } from './freshness.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const serverOutDir = path.join(root, 'out', 'server');
const BUILT = ['cli.js', 'jobWorker.js', 'usersCli.js', 'moveInCli.js'].map((file) =>
  path.join(serverOutDir, file),
);
const SOURCES = ['src', 'vite.server.config.ts', 'vite.renderer.config.ts', 'package.json'].map(
  (source) => path.join(root, source),
);
// The pages (src/server/rendererBuild.ts builds them) and the desktop shell are not the server.
const NOT_SERVER = ['renderer', 'main', 'preload'].map((folder) => path.join(root, 'src', folder));

const serverIsStale = () => buildIsStale(BUILT, SOURCES, NOT_SERVER);

export async function ensureServerBuilt(log = console.log) {
  if (!serverIsStale()) return;
  fs.mkdirSync(serverOutDir, { recursive: true });
  const release = await lockfile.lock(serverOutDir, {
    lockfilePath: `${serverOutDir}.build.lock`,
    retries: { retries: 120, minTimeout: 250, maxTimeout: 500 },
  });
  try {
    if (!serverIsStale()) return;
    log('Building the Workbench server (first start or changed sources)...');
    const { build } = await import('vite');
    await build({ configFile: path.join(root, 'vite.server.config.ts') });
  } finally {
    await release();
  }
}
