// `npm run users`: the shared server's users, from built JavaScript like `npm run serve`.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureServerBuilt, serverOutDir } from './serverBuild.mjs';

// The build's progress goes to stderr: what `list` prints stays for scripts to read.
await ensureServerBuilt((line) => console.error(line));
await import(pathToFileURL(path.join(serverOutDir, 'usersCli.js')).href);
