import { describe, expect, it } from 'vitest';
import type { Output } from '../../../src/api/contract';
import { typedInvoke } from '../../../src/api/service';
import { base64, CALWORKS_CSV, CWS_CSV } from '../../support/matching';
import { openTempWorkbench, refusal, serviceOver } from '../../support/workbench';

const CWS_CARES = {
  personId: 'person_id',
  caseNumber: 'case_number',
  firstName: 'first_name',
  lastName: 'last_name',
  dob: 'dob',
  cwsStatus: 'cws_status',
  caseType: 'case_type',
};

function setUp() {
  const invoke = typedInvoke(serviceOver(openTempWorkbench()));
  const save = (name: string, mapping: Record<string, string> = CWS_CARES) =>
    invoke('matching.saveLayout', { countyId: 49, side: 'cws', name, mapping });
  const importFile = (content: unknown, side?: 'calworks' | 'cws') =>
    invoke('matching.importLayout', {
      countyId: 49,
      fileName: 'shared.layout.json',
      bytesBase64: base64(typeof content === 'string' ? content : JSON.stringify(content)),
      ...(side && { side }),
    });
  return { invoke, save, importFile };
}

/** A change to a saved layout, from the copy the page holds. */
const editOf = (layout: Output<'matching.saveLayout'>) => ({
  countyId: 49,
  id: layout.id,
  version: layout.version,
  side: layout.side,
  name: layout.name,
  mapping: layout.mapping,
});

const layoutFile = (changes: Record<string, unknown> = {}) => ({
  format: 'linkages-extract-layout',
  version: 1,
  side: 'cws',
  name: 'Sonoma CWS-CARES',
  mapping: CWS_CARES,
  ...changes,
});

describe('saved extract layouts', () => {
  it('are saved under a trimmed name, listed by side, and changed from their version', async () => {
    const { invoke, save } = setUp();
    const saved = await save('  CWS-CARES monthly  ');
    expect(saved).toMatchObject({ name: 'CWS-CARES monthly', side: 'cws', version: 1 });
    expect(saved.mapping).toEqual(CWS_CARES);
    expect(await invoke('matching.layouts', { countyId: 49, side: 'calworks' })).toEqual([]);
    expect((await invoke('matching.layouts', { countyId: 49 })).map((l) => l.name)).toEqual([
      'CWS-CARES monthly',
    ]);
    const renamed = await invoke('matching.saveLayout', {
      ...editOf(saved),
      name: 'CWS-CARES',
    });
    expect(renamed).toMatchObject({ name: 'CWS-CARES', version: 2 });
  });

  it('refuses a name the county already uses on that side, whatever its case', async () => {
    const { invoke, save } = setUp();
    await save('CWS-CARES');
    const error = await refusal(save('cws-cares'));
    expect(error.kind).toBe('ValidationError');
    expect(error.issues).toEqual([{ path: 'name', message: expect.stringContaining('CWS-CARES') }]);
    // The same name on the other side is another layout.
    await invoke('matching.saveLayout', {
      countyId: 49,
      side: 'calworks',
      name: 'CWS-CARES',
      mapping: { personId: 'CIN' },
    });
    expect(await invoke('matching.layouts', { countyId: 49 })).toHaveLength(2);
    expect((await refusal(save('No columns', {}))).issues[0]?.path).toBe('mapping');
    expect((await refusal(save(''))).issues[0]?.path).toBe('name');
    expect((await refusal(save('x'.repeat(81)))).issues[0]?.path).toBe('name');
  });

  it('refuses a save made from an older version and keeps the newer one', async () => {
    const { invoke, save } = setUp();
    const first = await save('CWS-CARES');
    await invoke('matching.saveLayout', { ...editOf(first), name: 'Window A' });
    const error = await refusal(
      invoke('matching.saveLayout', { ...editOf(first), name: 'Window B' }),
    );
    expect(error.kind).toBe('Stale');
    expect((await invoke('matching.layouts', { countyId: 49 }))[0]?.name).toBe('Window A');
  });

  it('are offered for a file whose header has every column they name', async () => {
    const { invoke, save } = setUp();
    await save('CWS-CARES');
    await save('Another system', { ...CWS_CARES, personId: 'CLIENT_ID' });
    const read = await invoke('matching.readExtract', {
      countyId: 49,
      side: 'cws',
      fileName: 'cws.csv',
      bytesBase64: base64(CWS_CSV),
    });
    expect(read.layouts.map((l) => l.name)).toEqual(['CWS-CARES']);
    // A CalWORKs file is offered only CalWORKs layouts.
    const calworks = await invoke('matching.readExtract', {
      countyId: 49,
      side: 'calworks',
      fileName: 'calworks.csv',
      bytesBase64: base64(CALWORKS_CSV),
    });
    expect(calworks.layouts).toEqual([]);
  });

  it('travel as a file of column names and come back equal in another county', async () => {
    const { invoke, save, importFile } = setUp();
    const saved = await save('CWS-CARES');
    const file = await invoke('matching.exportLayout', { countyId: 49, id: saved.id });
    expect(file.fileName).toBe('CWS-CARES.layout.json');
    const text = Buffer.from(file.bytesBase64, 'base64').toString('utf8');
    expect(JSON.parse(text)).toEqual(layoutFile({ name: 'CWS-CARES' }));
    const back = await importFile(text, 'cws');
    // The county has the name already: the import is kept under the next free one.
    expect(back).toMatchObject({ name: 'CWS-CARES (2)', side: 'cws', mapping: saved.mapping });
    const elsewhere = await invoke('matching.importLayout', {
      countyId: 1,
      fileName: file.fileName,
      bytesBase64: file.bytesBase64,
    });
    expect(elsewhere).toMatchObject({ name: 'CWS-CARES', mapping: saved.mapping });
  });

  it('refuse a file that is not a layout, saying what is wrong, and save nothing', async () => {
    const { invoke, importFile } = setUp();
    const cases: [unknown, string, ('calworks' | 'cws')?][] = [
      ['person_id,case_number\r\nA1,C-100', 'not JSON'],
      [layoutFile({ format: 'something-else' }), 'format “linkages-extract-layout”'],
      [layoutFile({ version: 2 }), 'version 2'],
      [layoutFile({ side: 'cws-cares' }), 'side “cws-cares”'],
      [layoutFile({ mapping: { ...CWS_CARES, favouriteColour: 'colour' } }), 'favouriteColour'],
      [layoutFile({ rows: [['A1', 'MARIA']] }), 'column names only'],
      [layoutFile({ name: ' ' }), 'name'],
      [layoutFile({ mapping: {} }), 'maps no column'],
      [layoutFile(), 'CWS extract layout', 'calworks'],
    ];
    for (const [content, words, side] of cases) {
      const error = await refusal(importFile(content, side));
      expect(error.kind).toBe('ValidationError');
      expect(error.message).toContain('“shared.layout.json”');
      expect(error.message).toContain(words);
    }
    expect(await invoke('matching.layouts', { countyId: 49 })).toEqual([]);
  });

  it('are deleted', async () => {
    const { invoke, save } = setUp();
    const saved = await save('CWS-CARES');
    expect(await invoke('matching.deleteLayout', { countyId: 49, id: saved.id })).toEqual({
      deleted: true,
    });
    expect(await invoke('matching.layouts', { countyId: 49 })).toEqual([]);
    expect(
      (await refusal(invoke('matching.deleteLayout', { countyId: 49, id: saved.id }))).kind,
    ).toBe('NotFound');
  });
});
