import { defineConfig } from 'electron-vite';
import { rendererViteConfig } from './vite.renderer.config';

export default defineConfig({
  main: {
    build: { outDir: 'out/main' },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rolldownOptions: {
        // A sandboxed preload must be one CommonJS file that requires nothing but 'electron'.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: rendererViteConfig(),
});
