/**
 * Checks what `npm run build` (electron-vite build, run by `npm test` before vitest) produced.
 * Electron cannot start here, so the desktop build is verified by its files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY_META } from '../../../src/core/securityPolicy';
import { ensureElectronBuild } from '../../support/electronBuild';

let out = '';
beforeAll(() => {
  out = ensureElectronBuild();
}, 120_000);

function read(relative: string): string {
  const file = path.join(out, relative);
  if (!fs.existsSync(file)) throw new Error(`${file} is missing from the build.`);
  return fs.readFileSync(file, 'utf8');
}

describe('electron-vite build output', () => {
  it('bundles the preload as one CommonJS file that requires only electron', () => {
    const preload = read('preload/index.cjs');
    const required = [...preload.matchAll(/require\((["'])([^"']+)\1\)/g)].map((m) => m[2]);
    expect(required).toEqual(['electron']);
    expect(preload).not.toMatch(/^\s*import\s/m);
    expect(preload).toContain('exposeInMainWorld("linkages"');
  });

  it('builds the job worker as its own entry beside the main bundle', () => {
    expect(read('main/jobWorker.js')).toMatch(/parentPort/);
  });

  it('builds the main process with the native module left external', () => {
    // The main bundle and the job worker share their database code in a chunk.
    const chunks = fs.readdirSync(path.join(out, 'main', 'chunks'));
    const main = [read('main/index.js'), ...chunks.map((name) => read(`main/chunks/${name}`))];
    expect(main.some((code) => /from "better-sqlite3-multiple-ciphers"/.test(code))).toBe(true);
    expect(main[0]).toMatch(/sandbox: true/);
  });

  it('puts the Content-Security-Policy in the page itself', () => {
    const html = read('renderer/index.html');
    const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(policy?.replace(/&#39;/g, "'")).toBe(CONTENT_SECURITY_POLICY_META);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });
});
