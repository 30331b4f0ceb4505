import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { typedInvoke } from '../../../src/api/service';
import { settledJob } from '../../support/jobs';
import { openTempWorkbench, refusal, serviceOver } from '../../support/workbench';

const SONOMA = 49;
const HEADER = 'Posting Date,Amount,Fund,Service Category,Leveraged,Saved Program,Vendor,Case #';

function base64(text: string): string {
  return Buffer.from(text).toString('base64');
}

/** n rows of $10.00 for Housing Support / Housing, dated through SFY 2026-27. */
function rows(n: number, bad: Record<number, string> = {}): string {
  const lines = [HEADER];
  for (let i = 0; i < n; i++) {
    const sheetRow = i + 2;
    const day = (i % 28) + 1;
    lines.push(
      bad[sheetRow] ??
        `8/${day}/2026,"$1,000.${String(i % 100).padStart(2, '0')}",CalWORKs Housing Support Program,Housing,N,,Redwood Family Housing,C-${100000 + i}`,
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

async function setup() {
  const workbench = openTempWorkbench();
  const service = serviceOver(workbench);
  const invoke = typedInvoke(service);
  const { streams, categories } = await invoke('fiscal.reference', { countyId: SONOMA });
  await invoke('fiscal.saveBudget', {
    countyId: SONOMA,
    sfyStartYear: 2026,
    streamId: streams.find((s) => s.name === 'CalWORKs Housing Support Program')?.id ?? 0,
    categoryId: categories.find((c) => c.name === 'Housing')?.id ?? 0,
    amount: '$2,000,000',
  });
  const count = () =>
    (workbench.sqlite.prepare('SELECT count(*) AS n FROM ledger_entry').get() as { n: number }).n;
  const file = (text: string, fileName = 'ledger.csv') => ({
    countyId: SONOMA,
    fileName,
    bytesBase64: base64(text),
  });
  return { service, invoke, count, file };
}

describe('the ledger import as a job', () => {
  it('reports its stages while the service stays free, and a cancelled import writes nothing', async () => {
    const { service, invoke, count, file } = await setup();
    const started = await invoke('fiscal.startLedgerImport', file(rows(60_000)));
    expect(started).toMatchObject({
      kind: 'fiscal.importLedger',
      state: 'running',
      countyId: SONOMA,
    });
    // The service answers other calls while the rows are read in the worker.
    expect((await invoke('fiscal.reference', { countyId: SONOMA })).streams.length).toBeGreaterThan(
      0,
    );
    await invoke('jobs.cancel', { jobId: started.jobId });
    let status = await settledJob(service, started.jobId);
    expect(status).toMatchObject({
      state: 'cancelled',
      message: 'Cancelled; nothing was written.',
    });
    expect(count()).toBe(0);

    const again = await invoke('fiscal.startLedgerImport', file(rows(3000)));
    const stages = new Set<string>();
    status = again;
    while (status.state === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 5));
      status = await invoke('jobs.status', { jobId: again.jobId });
      if (status.stage) stages.add(status.stage);
    }
    expect(status).toMatchObject({ state: 'done', share: 1, result: { rowCount: 3000 } });
    expect([...stages].every((stage) => ['check', 'save'].includes(stage))).toBe(true);
    expect(count()).toBe(3000);
  }, 60_000);

  it('ends refused with each bad row listed by row and column', async () => {
    const { service, invoke, count, file } = await setup();
    const text = rows(20, { 5: '13/45/2026,$5.00,CalWORKs Housing Support Program,Housing,N,,X,' });
    const started = await invoke('fiscal.startLedgerImport', file(text));
    const status = await settledJob(service, started.jobId);
    expect(status).toMatchObject({
      state: 'failed',
      problemCount: 1,
      problems: [{ row: 5, column: 'Posting Date' }],
    });
    expect(status.message).toMatch(/^Nothing was imported: 1 problem in 20 rows/);
    expect(count()).toBe(0);
  }, 60_000);
});

describe('the ledger import', () => {
  it('previews, imports a finance export all at once, refuses it twice and undoes it as one', async () => {
    const { invoke, count, file } = await setup();
    const text = `${rows(3)}9/1/2026,"(250.00)",CalWORKs Housing Support Program,Housing,N,,Redwood Family Housing,\r\n`;
    // A refund needs a reason: the preview says so and which row.
    const preview = await invoke('fiscal.previewImport', file(text));
    expect(preview.mapping).toMatchObject({
      date: 'Posting Date',
      amount: 'Amount',
      fundingStream: 'Fund',
    });
    expect(preview.errors).toEqual([
      {
        row: 5,
        column: 'Amount',
        value: '(250.00)',
        reason:
          'A refund (a negative amount) needs a reason. No column is mapped to Refund reason.',
      },
    ]);
    expect(count()).toBe(0);

    const good = rows(3);
    const ready = await invoke('fiscal.previewImport', file(good));
    // 1,000.00 + 1,000.01 + 1,000.02 = 3,000.03
    expect([ready.rowCount, ready.validRows, ready.totalCents, ready.errors]).toEqual([
      3,
      3,
      300_003,
      [],
    ]);
    const done = await invoke('fiscal.importLedger', file(good));
    expect([done.rowCount, done.totalCents, count()]).toEqual([3, 300_003, 3]);

    // Same rows again, even under another name: refused, nothing added.
    const again = await refusal(invoke('fiscal.importLedger', file(good, 'ledger (1).csv')));
    expect(again.kind).toBe('Conflict');
    expect(again.message).toMatch(/already imported from “ledger.csv”.*count every row twice/);
    expect(count()).toBe(3);
    expect((await invoke('fiscal.previewImport', file(good))).duplicateOf?.fileName).toBe(
      'ledger.csv',
    );

    const last = await invoke('history.lastChange', { countyId: SONOMA, scope: 'fiscal' });
    expect(last?.description).toBe('the import of 3 ledger rows from “ledger.csv”');
    await invoke('history.undo', {
      countyId: SONOMA,
      scope: 'fiscal',
      eventId: last?.eventId ?? 0,
    });
    expect(count()).toBe(0);
  });

  it('takes the same file sent twice at once only once, refusing the other as a duplicate', async () => {
    const { invoke, count, file } = await setup();
    const text = rows(500);
    const results = await Promise.allSettled([
      invoke('fiscal.importLedger', file(text)),
      invoke('fiscal.importLedger', file(text, 'ledger (1).csv')),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = results.find((r) => r.status === 'rejected');
    expect(refused?.reason).toMatchObject({ kind: 'Conflict' });
    expect(String(refused?.reason.message)).toMatch(/count every row twice/);
    expect(count()).toBe(500);
  });

  it('offers the mapping the county last imported with when the headers fit it', async () => {
    const { invoke, file } = await setup();
    const odd =
      'When,How much,Source,Kind\r\n8/3/2026,$10.00,CalWORKs Housing Support Program,Housing\r\n';
    const mapping = {
      date: 'When',
      amount: 'How much',
      fundingStream: 'Source',
      serviceCategory: 'Kind',
    };
    expect((await invoke('fiscal.previewImport', file(odd))).mappingProblems).not.toEqual([]);
    await invoke('fiscal.importLedger', { ...file(odd), mapping });
    const next = odd.replace('8/3/2026', '8/4/2026');
    const preview = await invoke('fiscal.previewImport', file(next));
    expect([preview.mapping, preview.mappingProblems]).toEqual([mapping, []]);
    // A mapping sent with the file stands as given, even when it cannot be used.
    const chosen = await invoke('fiscal.previewImport', {
      ...file(next),
      mapping: { date: 'When', amount: 'How much' },
    });
    expect(chosen.mapping).toEqual({ date: 'When', amount: 'How much' });
    expect(chosen.mappingProblems).not.toEqual([]);
  });

  it('reports exactly the bad rows 3, 17 and 999 of a thousand and writes nothing', async () => {
    const { invoke, count, file } = await setup();
    const text = rows(1000, {
      3: '8/3/2026,12.345,CalWORKs Housing Support Program,Housing,N,,Vendor,',
      17: '8/17/2026,$10.00,Title IV-X,Housing,N,,Vendor,',
      999: '2/30/2026,$10.00,CalWORKs Housing Support Program,Housing,N,,Vendor,',
    });
    const error = await refusal(invoke('fiscal.importLedger', file(text)));
    expect(error.kind).toBe('ValidationError');
    expect(error.issues.map((i) => i.path)).toEqual([
      'row 3 · Amount',
      'row 17 · Fund',
      'row 999 · Posting Date',
    ]);
    expect(error.message).toMatch(/^Nothing was imported: 3 problems in 1000 rows/);
    expect(count()).toBe(0);
  });

  it('reads an .xlsx export with real dates and numbers', async () => {
    const { invoke, count, file } = await setup();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Export');
    sheet.addRow(['Posting Date', 'Amount', 'Fund', 'Service Category']);
    sheet.addRow([
      new Date(Date.UTC(2026, 7, 14)),
      1234.5,
      'CalWORKs Housing Support Program',
      'Housing',
    ]);
    sheet.addRow([
      new Date(Date.UTC(2026, 9, 1)),
      -20,
      'CalWORKs Housing Support Program',
      'Housing',
    ]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const upload = { ...file(''), fileName: 'export.xlsx', bytesBase64: bytes.toString('base64') };
    const preview = await invoke('fiscal.previewImport', upload);
    // The refund in row 3 has no reason column to give one.
    expect(preview.errors.map((e) => [e.row, e.column, e.value])).toEqual([[3, 'Amount', '-20']]);
    expect(preview.validRows).toBe(1);
    expect(preview.sample[0]).toMatchObject({ date: '2026-08-14', amountCents: 123_450 });
    expect(count()).toBe(0);
  });

  it.each([
    ['an empty file', '', /empty/],
    ['a header without rows', `${HEADER}\r\n`, /no rows/],
    ['a file without the required columns', 'Foo,Bar\r\n1,2\r\n', /mapping cannot be used/],
  ])('refuses %s with a clear message', async (_name, text, message) => {
    const { invoke, count, file } = await setup();
    const error = await refusal(invoke('fiscal.importLedger', file(text)));
    expect(error.message).toMatch(message);
    expect(count()).toBe(0);
  });
});
