/**
 * A PDF's text page by page, laid out as on the page (a table row on one line), by poppler's pdftotext
 * (poppler-utils, installed in CI by .ci/run).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Each page's text, in order (pdftotext ends every page with a form feed). */
export function pdfPages(bytes: Uint8Array): string[] {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'linkages-pdf-'));
  try {
    const file = path.join(folder, 'report.pdf');
    fs.writeFileSync(file, bytes);
    const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], {
      encoding: 'utf8',
    });
    return text.split('\f').slice(0, -1);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

/** All the text, its line breaks and runs of spaces made single spaces, to find sentences in. */
export function pdfText(bytes: Uint8Array): string {
  return flowed(pdfPages(bytes).join(' '));
}

export const flowed = (text: string) => text.replace(/\s+/g, ' ').trim();
