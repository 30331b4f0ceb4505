import { defineConfig } from 'electron-vite';
import { rendererViteConfig } from './vite.renderer.config';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rolldownOptions: {
        // Jobs run in a worker thread from their own entry beside the main bundle (api/jobs/runner).
        input: { index: 'src/main/index.ts', jobWorker: 'src/api/jobs/worker.ts' },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rolldownOptions: {
        // The window's bridge, and the start-up passphrase prompt's (src/main/passphrasePrompt.ts).
        // They share no module, so each stays one file.
        input: { index: 'src/preload/index.ts', passphrase: 'src/preload/passphrase.ts' },
        // A sandboxed preload must be one CommonJS file that requires nothing but 'electron'.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: rendererViteConfig(),
});
