/**
 * The files the crash child imports: finance exports for the ledger and person extracts for
 * matching, each one distinct (the service refuses a file it has seen, by design), with the counts
 * the parent checks an import against.
 */
import { synthesizeFamilies } from '../../src/demo/synthExtracts';
import { formatMoney } from '../../src/core/money';
import { csvLine } from '../../src/export/csvText';
import type { ExtractSide } from '../../src/core/matching/linkage/extract';
import { synthExtractHeader, synthExtractLine } from '../../src/demo/synthExtractCsv';
import { CRASH_CATEGORY, CRASH_STREAM } from './crashProtocol';
import { LEDGER_HEADER } from './ledgerHeader';

/**
 * A finance export of `rows` expenses in SFY 2026-27. Its file name is in every row's vendor, so
 * no two files have the same rows (the import's fingerprint is of the rows, not of the bytes).
 */
export function ledgerCsv(random: () => number, fileName: string, rows: number) {
  const lines = [csvLine(LEDGER_HEADER)];
  let totalCents = 0;
  for (let i = 0; i < rows; i++) {
    const month = 7 + Math.floor(random() * 12);
    const date = `${((month - 1) % 12) + 1}/${1 + Math.floor(random() * 28)}/${month > 12 ? 2027 : 2026}`;
    const cents = 1 + Math.floor(random() * 1_000_000);
    totalCents += cents;
    lines.push(
      csvLine([
        date,
        formatMoney(cents),
        CRASH_STREAM,
        CRASH_CATEGORY,
        'N',
        '',
        `${fileName} row ${i}`,
        `C-${100000 + i}`,
      ]),
    );
  }
  return { bytes: Buffer.from(lines.join('')), counts: { rowCount: rows, totalCents } };
}

/** Sized so a match run takes a few hundred milliseconds: long enough for a kill to land in it. */
const EXTRACT_SIZE = { calworksPersons: 600, cwsPersons: 300, mutualPersons: 120 };

/** One side of a synthetic pair of extracts; a different seed, a different file. */
export function extractCsv(side: ExtractSide, seed: number) {
  const cws = side === 'cws';
  const lines = [synthExtractHeader(side)];
  for (const family of synthesizeFamilies({ ...EXTRACT_SIZE, seed })) {
    for (const p of cws ? family.cws : family.calworks) {
      lines.push(synthExtractLine(side, p));
    }
  }
  return { bytes: Buffer.from(lines.join('')), rows: lines.length - 1 };
}

/** A pair of extracts is made from one seed (so they share persons), and named by it. */
export function extractFileName(side: 'calworks' | 'cws', seed: number): string {
  return `${side} x${seed}.csv`;
}

/** The newest pair of extracts made from one seed, of those earlier children imported. */
export function latestPair(
  extracts: readonly { extractId: number; fileName: string; purged: boolean }[],
): { calworksExtractId: number; cwsExtractId: number } | null {
  for (const calworks of extracts) {
    const seed = /^calworks x(\d+)\.csv$/.exec(calworks.fileName)?.[1];
    if (seed === undefined || calworks.purged) continue;
    const cws = extracts.find((e) => e.fileName === extractFileName('cws', Number(seed)));
    if (cws && !cws.purged)
      return { calworksExtractId: calworks.extractId, cwsExtractId: cws.extractId };
  }
  return null;
}
