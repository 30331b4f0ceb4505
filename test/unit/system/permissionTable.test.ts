import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  areaRoleTable,
  methodRoleTable,
  TABLE_END,
  TABLE_START,
} from '../../../src/api/system/permissionTable';

const root = path.resolve(__dirname, '../../..');

/** The table between the markers, cell by cell: prettier pads cells, and that is no difference. */
function tableIn(document: string): string[][] {
  const start = document.indexOf(TABLE_START) + TABLE_START.length;
  return cells(document.slice(start, document.indexOf(TABLE_END)));
}

function cells(table: string): string[][] {
  return table
    .split('\n')
    .filter((line) => line.trim().startsWith('|'))
    .map((line) =>
      line
        .trim()
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim().replace(/^-+$/, '---')),
    );
}

describe('the permission tables in the documents', () => {
  it.each([
    ['README.md', areaRoleTable],
    ['docs/permissions.md', methodRoleTable],
  ] as const)('%s says what the contract declares (npm run docs:permissions)', (file, table) => {
    const document = fs.readFileSync(path.join(root, file), 'utf8');
    expect(tableIn(document)).toEqual(cells(table()));
  });

  it('gives the oversight committee no family records and no fiscal ledger', () => {
    const rows = cells(areaRoleTable());
    const oversight = rows[0]?.indexOf('Oversight committee') ?? -1;
    const cocase = rows.find((row) => row[0] === 'cocase: reads');
    const fiscal = rows.find((row) => row[0] === 'fiscal: reads');
    expect([cocase?.[oversight], fiscal?.[oversight]]).toEqual(['—', '—']);
  });
});
