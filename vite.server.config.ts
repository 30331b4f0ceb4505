import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * Browser mode's server as built JavaScript (out/server), so `npm run serve` starts without
 * compiling TypeScript (scripts/serve.mjs builds it when its sources change). Packages stay in
 * node_modules; the job worker is its own entry beside cli.js, where api/jobs/runner looks for it,
 * `npm run users` (scripts/users.mjs) is usersCli.js and `npm run move-in` moveInCli.js.
 */
export default defineConfig({
  // Paths below are from the checkout, wherever the launcher was started from.
  root: fileURLToPath(new URL('.', import.meta.url)),
  logLevel: 'warn',
  build: {
    ssr: true,
    outDir: 'out/server',
    // A server already running loads its export chunks when first asked: a rebuild at another
    // start leaves them in place (`npm run build` empties the folder).
    emptyOutDir: false,
    target: 'node20',
    minify: false,
    rolldownOptions: {
      input: {
        cli: 'src/server/cli.ts',
        jobWorker: 'src/api/jobs/worker.ts',
        usersCli: 'src/server/usersCli.ts',
        moveInCli: 'src/server/moveInCli.ts',
      },
      output: {
        format: 'esm',
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
  },
});
