// `npm run move-in`: a laptop's data file onto the shared server, from built JavaScript like
// `npm run users` (src/server/moveInCli.ts).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureServerBuilt, serverOutDir } from './serverBuild.mjs';

await ensureServerBuilt((line) => console.error(line));
await import(pathToFileURL(path.join(serverOutDir, 'moveInCli.js')).href);
