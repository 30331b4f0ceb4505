// `npm run serve`: browser mode from built JavaScript, so a start compiles no TypeScript.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureServerBuilt, serverOutDir } from './serverBuild.mjs';

await ensureServerBuilt();
await import(pathToFileURL(path.join(serverOutDir, 'cli.js')).href);
