/**
 * Browser mode's built server (out/server) loads at start only what a start needs: exceljs and
 * pdfkit take about half a second between them, so they load at the first workbook or PDF; the
 * shared server's argon2 and openid-client load only when it is shared.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureServerBuilt, serverOutDir } from '../../../scripts/serverBuild.mjs';

/** What a module and everything it imports statically import from packages, in the built output. */
function packagesLoadedWith(entry: string): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = fs.readFileSync(file, 'utf8');
    for (const [, specifier = ''] of code.matchAll(
      /^import\s+(?:[^'"]*?\s+from\s+)?["']([^"']+)["']/gm,
    )) {
      if (specifier.startsWith('.')) visit(path.resolve(path.dirname(file), specifier));
      else packages.add(specifier);
    }
  };
  visit(entry);
  return packages;
}

describe('the built server', () => {
  it('leaves exceljs, pdfkit, argon2 and openid-client out of what a start loads', async () => {
    await ensureServerBuilt(() => undefined);
    const atStart = packagesLoadedWith(path.join(serverOutDir, 'cli.js'));
    // The walk reaches the database and the contract, so it follows the chunks.
    expect(atStart).toContain('drizzle-orm');
    expect(atStart).toContain('zod');
    const from = (name: string) =>
      [...atStart].filter((p) => p === name || p.startsWith(`${name}/`));
    expect(from('pdfkit')).toEqual([]);
    // The shared server's sign-in loads them when it starts; one user's server never does.
    expect(from('argon2')).toEqual([]);
    expect(from('openid-client')).toEqual([]);
    // Only exceljs's small XML reader (src/files/workbookXml.ts), not the library.
    expect(from('exceljs')).toEqual(['exceljs/lib/utils/parse-sax.js']);
  }, 120_000);
});
