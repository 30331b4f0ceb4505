import path from 'node:path';
import react from '@vitejs/plugin-react';
import type { Plugin, UserConfig } from 'vite';
import { CONTRACT_DATA } from './src/api/contract';
import { CONTENT_SECURITY_POLICY_META } from './src/core/securityPolicy';
import { projectRoot, rendererOutDir } from './src/server/paths';

// From the checkout's root: browser mode's built server loads this config from a chunk of out/server.
const rendererRoot = path.join(projectRoot, 'src', 'renderer');

/** The policy travels in the page itself too, so Electron's file:// window enforces it. */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'linkages-csp-meta',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY_META },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/** One renderer build for both shells: electron-vite uses it, and so does browser mode. */
export function rendererViteConfig(): UserConfig {
  return {
    root: rendererRoot,
    // Relative asset URLs work from file:// (Electron) and from http://127.0.0.1 (browser mode).
    base: './',
    plugins: [react(), contentSecurityPolicyMeta()],
    // What each method reads and changes, for the client's refresh; the schemas stay out.
    define: { __LINKAGES_CONTRACT_DATA__: JSON.stringify(CONTRACT_DATA) },
    logLevel: 'warn',
    build: {
      outDir: rendererOutDir,
      emptyOutDir: true,
      target: 'chrome120',
      // No inline scripts or data: modules: the CSP forbids them.
      assetsInlineLimit: 0,
      modulePreload: { polyfill: false },
      // Loaded from disk or loopback, never over a network: one larger bundle costs nothing.
      chunkSizeWarningLimit: 2000,
    },
  };
}
