import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveStaticFile } from '../../../src/server/staticFiles';
import { tempFolder } from '../../support/workbench';

function site() {
  const folder = tempFolder('linkages-site-');
  const root = path.join(folder, 'public');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html>');
  fs.writeFileSync(path.join(root, 'assets', 'app.js'), '');
  fs.writeFileSync(path.join(folder, 'secret.txt'), 'secret');
  fs.writeFileSync(path.join(folder, 'public-secret.txt'), 'secret');
  return root;
}

describe('resolveStaticFile (raw paths, before any URL normalisation)', () => {
  it('maps / to index.html and serves files with their types', () => {
    const root = site();
    expect(resolveStaticFile(root, '/')?.file).toBe(path.join(root, 'index.html'));
    expect(resolveStaticFile(root, '/assets/app.js')?.contentType).toMatch(/javascript/);
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    // A sibling whose name starts with the root's name is still outside it.
    '/../public-secret.txt',
    '/..\\secret.txt',
    '/index.html%00.js',
    '/%E0%A4%A',
    '/assets',
    '/missing.js',
  ])('refuses %s', (urlPath) => {
    expect(resolveStaticFile(site(), urlPath)).toBeNull();
  });
});
