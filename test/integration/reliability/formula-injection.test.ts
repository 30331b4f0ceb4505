/**
 * No exported cell that holds user text can run as a formula. The demo county is loaded through
 * the API with every free-text field it fills replaced by formula-like text, more is typed into
 * the fields the demo leaves empty, then every export the API offers is produced, opened as a zip,
 * and every worksheet scanned.
 */
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDemoCounty, readDemoDataset, type DemoDataset } from '../../../src/demo/demoCounty';
import { typedInvoke } from '../../../src/api/service';
import { csvLine, csvText } from '../../../src/export/csvText';
import { resourcesFolder } from '../../../src/server/paths';
import { CURRENT_SFY } from '../../support/fiscal';
import { settledJob } from '../../support/jobs';
import { openTempWorkbench, serviceOver } from '../../support/workbench';

/** Text a spreadsheet would run: OWASP's CSV-injection starters (= + - @ tab CR), DDE, HYPERLINK. */
const PAYLOADS = [
  '=HYPERLINK("//e.example","cmd|")',
  "+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  '@SUM(1)+cmd|',
  '\t=1+cmd|',
  '\r=1+cmd|',
  '=1+cmd|',
];
/** Every planted text carries this, so a cell holding one is found wherever it lands. */
const MARK = 'cmd|';
const plantedAs = new Map<string, string>();
/** The same original always becomes the same text: the demo refers to rounds by title. */
const plant = (original: string) => {
  let text = plantedAs.get(original);
  if (text === undefined) {
    const payload = PAYLOADS[plantedAs.size % PAYLOADS.length] ?? '';
    // Short enough for every field's limit (a team role label: 80 characters).
    text = `${payload} ${original.slice(0, 40)}`;
    plantedAs.set(original, text);
  }
  return text;
};

/**
 * The demo's free text (round titles and notes, model reasons, task owners, team labels and
 * notes, training topics and curricula, co-case worker labels). Stream and category names and
 * ledger text are planted below instead: the demo's ledger file names the shipped streams, and
 * its CSV builder would split a row at a bare CR.
 */
const FREE_TEXT = new Set([
  'title',
  'modelFromRound',
  'notes',
  'reason',
  'ownerRole',
  'roleLabel',
  'contactNotes',
  'topic',
  'curriculum',
  'calworksWorkers',
  'cwsWorkers',
]);

const summary = { exports: 0, cells: 0, fromUserText: 0 };

function poison(value: unknown, key = ''): unknown {
  if (typeof value === 'string' && FREE_TEXT.has(key)) return plant(value);
  if (Array.isArray(value)) return value.map((v) => poison(v, key));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, k)]));
  }
  return value;
}

interface Cell {
  readonly type: string | null;
  readonly text: string;
  readonly formula: boolean;
}

/** Every cell of every worksheet of an .xlsx, with its type and text (shared strings resolved). */
async function cellsOf(bytesBase64: string): Promise<{ cells: Cell[]; formulas: number }> {
  const zip = await JSZip.loadAsync(Buffer.from(bytesBase64, 'base64'));
  const sst = (await zip.file('xl/sharedStrings.xml')?.async('string')) ?? '';
  const shared = [...sst.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => textOf(m[1] ?? ''));
  const cells: Cell[] = [];
  let formulas = 0;
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n))) {
    const xml = (await zip.file(name)?.async('string')) ?? '';
    formulas += [...xml.matchAll(/<f[\s>/]/g)].length;
    for (const m of xml.matchAll(/<c\b([^>]*?)(\/>|>([\s\S]*?)<\/c>)/g)) {
      const type = /\bt="([^"]+)"/.exec(m[1] ?? '')?.[1] ?? null;
      const body = m[3] ?? '';
      const value = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1] ?? '';
      const text =
        type === 's' ? (shared[Number(value)] ?? '') : type === 'inlineStr' ? textOf(body) : value;
      cells.push({ type, text, formula: /<f[\s>/]/.test(body) });
    }
  }
  expect(Object.keys(zip.files).filter((n) => /externalLink/i.test(n))).toEqual([]);
  return { cells, formulas };
}

const textOf = (xml: string) =>
  [...xml.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)]
    .map((m) =>
      (m[1] ?? '')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&'),
    )
    .join('');

afterAll(() => {
  console.log(
    `FORMULA exports=${summary.exports} cells scanned=${summary.cells} formulas from user text=${summary.fromUserText}`,
  );
});

describe('formula injection', () => {
  it('keeps planted formula text as text in every export', async () => {
    const workbench = openTempWorkbench();
    const service = serviceOver(workbench);
    const invoke = typedInvoke(service);
    await loadDemoCounty(invoke, poison(readDemoDataset(resourcesFolder)) as DemoDataset);
    const demoCounty = (await invoke('counties.list', {})).find((c) => c.fips === '06097');
    if (!demoCounty) throw new Error('the demo county is not among the counties');
    const countyId = demoCounty.id;

    // Fields the demo leaves alone: a new stream and category, and an expense and refund on them.
    const stream = await invoke('fiscal.saveStream', {
      countyId,
      name: plant('Stream'),
      sourceProgram: 'calworks',
      level: 'state',
      claimable: false,
    } as never);
    const category = await invoke('fiscal.saveCategory', {
      countyId,
      name: plant('Category'),
    } as never);
    const line = { countyId, streamId: stream.id, categoryId: category.id };
    await invoke('fiscal.saveBudget', { ...line, sfyStartYear: CURRENT_SFY, amount: '$1,000.00' });
    const day = `${CURRENT_SFY}-08-01`;
    await invoke('fiscal.saveEntry', {
      ...line,
      date: day,
      amount: '$10.00',
      description: 'Vendor',
    } as never);
    await invoke('fiscal.saveEntry', {
      ...line,
      date: day,
      amount: '-$5.00',
      description: plant('Refund'),
      refundReason: plant('Overpaid'),
    } as never);
    const model = await invoke('cocase.logicModel', { countyId } as never);
    await invoke('cocase.saveLogicModel', {
      countyId,
      items: model.items.map((item) => ({ ...item, text: plant(item.text) })),
    } as never);
    expect(plantedAs.size).toBeGreaterThan(30);

    // A match run whose extracts carry planted text in person ids and addresses (names are left:
    // the pair must still match to be exported).
    const quoted = (text: string) => csvText(text);
    const header = 'person_id,case_number,first_name,last_name,dob,sex,ssn,street,zip,role';
    const calworks = [
      header,
      `${quoted(plant('A1'))},C-100,MARIA,GARCIA,2015-07-31,F,,${quoted(plant('1 MAIN ST'))},95401,child`,
      `A2,C-100,ROSA,GARCIA,1990-02-11,F,,1 MAIN ST,95401,parent`,
    ].join('\r\n');
    const cws = [
      `${header},cws_status,case_type`,
      `${quoted(plant('B1'))},W-7,MARIA,GARCIA-LOPEZ,2015-07-31,F,,1 MAIN ST,95401,child,case,FR`,
    ].join('\r\n');
    const extract = async (side: 'calworks' | 'cws', text: string) => {
      const file = {
        countyId,
        side,
        fileName: `${side}.csv`,
        bytesBase64: Buffer.from(text).toString('base64'),
      };
      const { mapping } = await invoke('matching.readExtract', file);
      const job = await settledJob(
        service,
        (await invoke('matching.startImport', { ...file, mapping })).jobId,
      );
      expect(job.state, JSON.stringify(job)).toBe('done');
      return (job.result as { extractId: number }).extractId;
    };
    const started = await invoke('matching.startRun', {
      countyId,
      calworksExtractId: await extract('calworks', calworks),
      cwsExtractId: await extract('cws', cws),
    } as never);
    const run = await settledJob(service, started.jobId);
    const runId = (run.result as { runId: number }).runId;

    const [round] = await invoke('readiness.listRounds', { countyId } as never);
    if (!round) throw new Error('the demo has no readiness round');
    const exportPackage = await invoke('reports.exportPackage', {
      countyId,
      sfyStartYear: CURRENT_SFY,
    });
    const rollup = await invoke('reports.createRollup', {
      name: 'Statewide',
      sfyStartYear: CURRENT_SFY,
    });
    await invoke('reports.addPackage', {
      rollupId: rollup.id,
      fileName: 'p.xlsx',
      bytesBase64: exportPackage.bytesBase64,
    } as never);

    const exports = {
      'cocase.exportWorklists': await invoke('cocase.exportWorklists', { countyId } as never),
      'cocase.exportEvaluation': await invoke('cocase.exportEvaluation', { countyId }),
      'fiscal.exportWorkbook': await invoke('fiscal.exportWorkbook', {
        countyId,
        sfyStartYear: CURRENT_SFY,
      }),
      'matching.exportRun': await invoke('matching.exportRun', { runId, identifiers: true }),
      'program.exportWorkbook': await invoke('program.exportWorkbook', { countyId }),
      'readiness.exportTemplate': await invoke('readiness.exportTemplate', {
        roundId: round.id,
      }),
      'readiness.exportWorkbook': await invoke('readiness.exportWorkbook', {
        roundId: round.id,
      }),
      'reports.exportPackage': exportPackage,
      'reports.exportRollup': await invoke('reports.exportRollup', { rollupId: rollup.id }),
    };
    const seenPlanted: Record<string, number> = {};
    for (const [method, file] of Object.entries(exports)) {
      const { cells, formulas } = await cellsOf(file.bytesBase64);
      summary.exports++;
      summary.cells += cells.length;
      // The Workbench writes no formula of its own anywhere: totals are computed, not formulas.
      expect(formulas, `${method} has <f> elements`).toBe(0);
      const hostile = cells.filter((c) => c.text.includes(MARK));
      seenPlanted[method] = hostile.length;
      const asFormulas = hostile.filter(
        (c) => c.formula || !['s', 'inlineStr'].includes(c.type ?? ''),
      );
      summary.fromUserText += asFormulas.length;
      expect(asFormulas, method).toEqual([]);
    }
    console.log('planted text found per export', seenPlanted);
    // Every export that shows free text shows some planted text. The worklists show case numbers
    // (letters, digits and dashes only) and fixed labels: no free text reaches them.
    for (const method of [
      'cocase.exportEvaluation',
      'fiscal.exportWorkbook',
      'matching.exportRun',
      'program.exportWorkbook',
      'readiness.exportWorkbook',
      'reports.exportPackage',
      'reports.exportRollup',
    ]) {
      expect(seenPlanted[method], method).toBeGreaterThan(0);
    }
  });

  it('keeps formula text as text in CSV: a leading apostrophe, whatever the payload', () => {
    for (const payload of PAYLOADS) {
      const written = csvLine([payload, 1]);
      const first = written.startsWith('"') ? written.slice(1) : written;
      expect(first, JSON.stringify(payload)).toMatch(/^'/);
      expect(first[1]).toBe(payload[0]);
    }
  });
});
