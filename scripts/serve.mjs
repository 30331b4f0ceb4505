// `npm run serve`: browser mode from built JavaScript (out/server), so a start compiles no
// TypeScript. The server is built first when it is missing or older than its sources; the
// pages are the server's own concern (src/server/rendererBuild.ts).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import lockfile from 'proper-lockfile';
import { mtimeOf, newestMtime } from './freshness.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const out = path.join(root, 'out', 'server');
const BUILT = ['cli.js', 'jobWorker.js'].map((file) => path.join(out, file));
const SOURCES = ['src', 'vite.server.config.ts', 'vite.renderer.config.ts', 'package.json'];
// The pages and the desktop shell are not part of the server.
const NOT_SERVER = ['renderer', 'main', 'preload'].map((folder) => path.join(root, 'src', folder));

function serverIsStale() {
  const built = Math.min(...BUILT.map(mtimeOf));
  const changed = Math.max(
    ...SOURCES.map((source) => newestMtime(path.join(root, source), NOT_SERVER)),
  );
  return built === 0 || changed > built;
}

if (serverIsStale()) {
  // Starts at the same moment (two people, or tests) build once, one after the other.
  fs.mkdirSync(out, { recursive: true });
  const release = await lockfile.lock(out, {
    lockfilePath: `${out}.build.lock`,
    retries: { retries: 120, minTimeout: 250, maxTimeout: 500 },
  });
  try {
    if (serverIsStale()) {
      console.log('Building the Workbench server (first start or changed sources)...');
      const { build } = await import('vite');
      await build({ configFile: path.join(root, 'vite.server.config.ts') });
    }
  } finally {
    await release();
  }
}
await import(pathToFileURL(path.join(out, 'cli.js')).href);
