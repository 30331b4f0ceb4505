/// <reference lib="dom" />
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseFileIn } from '../../src/db/dataFolder';
import { openDatabase } from '../../src/db/openDatabase';
import { budgetedCounty, CURRENT_SFY, FISCAL_COUNTY } from '../support/fiscal';
import { ledgerTotal } from './fiscalHarness';
import { SCREENSHOTS, seriousAxeFindings, sessionPerTest } from './harness';

const sessions = sessionPerTest();
const WAIT = { timeout: 15_000 };

/** A finance export of `rows` rows on the county's budgeted line. */
function financeExport(rows: number, stream: string, category: string): string {
  const lines = ['Posting Date,Amount,Fund,Service Category'];
  for (let i = 0; i < rows; i++) {
    lines.push(
      `${CURRENT_SFY}-08-${String((i % 28) + 1).padStart(2, '0')},10.00,${stream},${category}`,
    );
  }
  return Buffer.from(`${lines.join('\r\n')}\r\n`).toString('base64');
}

describe('undo and redo on the fiscal pages', () => {
  it('undoes only the page’s own records, asks before undoing an import, and redoes it', async () => {
    let renamed = '';
    const session = await sessions.open({
      route: '#/fiscal/reference',
      prepare: async (dataFolder) => {
        const workbench = openDatabase(databaseFileIn(dataFolder));
        try {
          const { invoke, line } = await budgetedCounty(workbench);
          // A stream renamed, then (newer) an import: the newest fiscal change is the import.
          const { streams } = await invoke('fiscal.reference', { countyId: FISCAL_COUNTY });
          const stream = streams.find((s) => s.id !== line.streamId && !s.retired);
          if (!stream) throw new Error('no second stream');
          renamed = `${stream.name} (renamed)`;
          const { id, name: _name, ...fields } = stream;
          await invoke('fiscal.saveStream', {
            countyId: FISCAL_COUNTY,
            id,
            name: renamed,
            ...fields,
          });
          await invoke('fiscal.importLedger', {
            countyId: FISCAL_COUNTY,
            fileName: 'finance.csv',
            bytesBase64: financeExport(12, line.stream, line.category),
          });
        } finally {
          workbench.close();
        }
      },
    });
    const { page } = session;

    // Funding streams: Undo names the rename, not the newer import, and leaves the ledger alone.
    const undoRename = page.getByRole('button', { name: `Undo the change to “${renamed}”` });
    await undoRename.waitFor(WAIT);
    expect(await ledgerTotal(page)).toBe(12);
    await undoRename.click();
    await page.getByText(`Undone: the change to “${renamed}”.`).waitFor(WAIT);
    expect(await ledgerTotal(page)).toBe(12);
    await page.getByRole('button', { name: `Redo the change to “${renamed}”` }).waitFor(WAIT);
    expect(await page.getByText(renamed, { exact: true }).count()).toBe(0);

    // Ledger: Undo names the import and its size, and asks first; Cancel changes nothing.
    await page.goto(page.url().replace('#/fiscal/reference', '#/fiscal/ledger'));
    const importName = 'the import of 12 ledger rows from “finance.csv”';
    const undoImport = page.getByRole('button', { name: `Undo ${importName}` });
    await undoImport.waitFor(WAIT);
    await undoImport.click();
    const dialog = page.getByRole('dialog', { name: `Undo ${importName}?` });
    await dialog.waitFor(WAIT);
    expect(await dialog.textContent()).toContain('This changes 12 records at once.');
    expect({ where: 'undo import', findings: await seriousAxeFindings(page) }).toEqual({
      where: 'undo import',
      findings: [],
    });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'fiscal-undo-import.png') });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await ledgerTotal(page)).toBe(12);

    // Ctrl+Z outside a field asks the same; confirmed, the import goes as one.
    await page.locator('main h1').click();
    await page.keyboard.press('Control+z');
    await dialog.waitFor(WAIT);
    await dialog.getByRole('button', { name: 'Undo', exact: true }).click();
    await page.getByText(`Undone: ${importName}.`).waitFor(WAIT);
    expect(await ledgerTotal(page)).toBe(0);

    // Redo puts it back (Ctrl+Shift+Z), and it can be undone again.
    const redo = page.getByRole('button', { name: `Redo ${importName}` });
    await redo.waitFor(WAIT);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'fiscal-undo-redo.png') });
    await page.locator('main h1').click();
    await page.keyboard.press('Control+Shift+Z');
    // Putting 12 records back is as many at once as taking them away: it asks the same way.
    const redoDialog = page.getByRole('dialog', { name: `Redo ${importName}?` });
    await redoDialog.waitFor(WAIT);
    expect(await redoDialog.textContent()).toContain('This changes 12 records at once.');
    await redoDialog.getByRole('button', { name: 'Redo', exact: true }).click();
    await page.getByText(`Redone: ${importName}.`).waitFor(WAIT);
    expect(await ledgerTotal(page)).toBe(12);
    await undoImport.waitFor(WAIT);
    expect(await page.getByRole('button', { name: 'Nothing to redo' }).isDisabled()).toBe(true);
  });
});
