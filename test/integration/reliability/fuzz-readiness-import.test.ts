/**
 * Fuzzing the readiness response import: filled templates with mutated cells (typed values,
 * formulas, dates, hostile text), the instructions sheet changed, extra sheets, parts in any
 * order, flipped bytes, and plain noise, through readiness.importResponses. A refusal names the
 * sheet and cell (or the file) and leaves the round as it was; an import adds its rows all at once.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { readResponseTemplate } from '../../../src/files/readinessImport';
import {
  FIXED_COLUMNS,
  INSTRUCTIONS_SHEET,
  RESPONSES_SHEET,
  TEMPLATE_KIND,
} from '../../../src/files/readinessLayout';
import { TEMPLATE_FACTS } from '../../../src/files/readinessLayout';
import { databaseFingerprint, FuzzTally, settle } from '../../support/fuzzDb';
import {
  byteMutation,
  mutate,
  mutateBytes,
  mutation,
  noiseFile,
  toBase64,
  workbookCell,
} from '../../support/fuzzFiles';
import { inPartOrder, partOrder } from '../../support/hostileFiles';
import { filledTemplate, row } from '../../support/readinessTemplate';
import { FUZZ_SEED, sized } from '../../support/soak';
import { openTempWorkbench, serviceOver, shippedContent } from '../../support/workbench';

const tally = new FuzzTally('readiness-import');
afterAll(() => tally.report());
const CASE_MS = 10_000;
const instrument = shippedContent().currentInstrument;

async function setup() {
  const workbench = openTempWorkbench();
  const service = serviceOver(workbench);
  const round = (await service.invoke('readiness.createRound', {
    countyId: 49,
    title: 'Fuzz round',
    heldOn: '2026-04-15',
  })) as { id: number };
  return { workbench, service, roundId: round.id };
}

type Setup = Awaited<ReturnType<typeof setup>>;

async function importFile({ workbench, service, roundId }: Setup, bytesBase64: string) {
  tally.cases++;
  const before = databaseFingerprint(workbench.sqlite);
  const settled = await settle(
    () =>
      service.invoke('readiness.importResponses', {
        roundId,
        fileName: 'filled.xlsx',
        bytesBase64,
      }),
    CASE_MS,
    'readiness.importResponses',
  );
  tally.note(settled.ok ? 'imported' : settled.error.kind);
  if (!settled.ok) expect(databaseFingerprint(workbench.sqlite)).toBe(before);
}

/**
 * A filled template's rows, then cell mutations, a change to the workbook, its parts in another
 * order, and byte mutations.
 */
const almostValidTemplate = fc.record({
  answers: fc.array(fc.constantFrom(0, 1, 5, 'DK', '3'), {
    minLength: 1,
    maxLength: 3,
  }),
  cells: fc.array(mutation(workbookCell()), { maxLength: 4 }),
  edit: fc.constantFrom('none', 'version', 'kind', 'extraSheet', 'dropResponses'),
  editValue: workbookCell(),
  order: partOrder(),
  bytes: fc.oneof(
    { weight: 6, arbitrary: fc.constant([]) },
    { weight: 1, arbitrary: fc.array(byteMutation, { minLength: 1, maxLength: 2 }) },
  ),
});

/**
 * The template's facts and sheets as the reader needs them, without the app's styling and data
 * validations: writing those takes a quarter of a second a file, a hundred times this one.
 */
async function templateBytes(
  spec: typeof almostValidTemplate extends fc.Arbitrary<infer T> ? T : never,
): Promise<string> {
  const programs = ['CalWORKs', 'cws', 'Partner'];
  const header: ExcelJS.CellValue[] = [...FIXED_COLUMNS, ...instrument.items.map((i) => i.id)];
  const rows = spec.answers.map((answer, i) =>
    row(instrument, programs[i % 3] ?? 'CalWORKs', 'Manager', answer, `Unit ${i}`),
  );
  const grid = mutate([header, ...rows], spec.cells);
  const workbook = new ExcelJS.Workbook();
  const facts = workbook.addWorksheet(INSTRUCTIONS_SHEET);
  facts.addRow([TEMPLATE_FACTS.kind, spec.edit === 'kind' ? spec.editValue : TEMPLATE_KIND]);
  facts.addRow([
    TEMPLATE_FACTS.version,
    spec.edit === 'version' ? spec.editValue : instrument.version,
  ]);
  if (spec.edit !== 'dropResponses') {
    const responses = workbook.addWorksheet(RESPONSES_SHEET);
    grid.forEach((values, r) =>
      values.forEach((value, c) => {
        if (value !== null && value !== undefined) responses.getCell(r + 1, c + 1).value = value;
      }),
    );
  }
  if (spec.edit === 'extraSheet') workbook.addWorksheet('Notes').getCell('A1').value = 'x';
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  return toBase64(mutateBytes(await inPartOrder(bytes, spec.order), spec.bytes));
}

describe('fuzzing the readiness response import', () => {
  it('refuses noise at the file and writes nothing', async () => {
    const context = await setup();
    await tally.run(() =>
      fc.assert(
        fc.asyncProperty(noiseFile(), (bytes) => importFile(context, toBase64(bytes))),
        { seed: FUZZ_SEED, numRuns: sized(40, 10_000) },
      ),
    );
  });

  it('checks almost valid templates cell by cell, all rows or none', async () => {
    const context = await setup();
    await tally.run(() =>
      fc.assert(
        fc.asyncProperty(almostValidTemplate, async (spec) =>
          importFile(context, await templateBytes(spec)),
        ),
        { seed: FUZZ_SEED, numRuns: sized(80, 10_000) },
      ),
    );
  });

  it("imports the app's own template, filled, whatever the answers", async () => {
    const context = await setup();
    await tally.run(() =>
      fc.assert(
        fc.asyncProperty(
          fc.array(workbookCell(), { minLength: 1, maxLength: 3 }),
          async (answers) =>
            importFile(
              context,
              await filledTemplate(
                instrument,
                answers.map((answer) => row(instrument, 'CWS', 'Supervisor', answer as never)),
              ),
            ),
        ),
        // The real template is slow to write (styles, validations): a few cases suffice here.
        { seed: FUZZ_SEED, numRuns: sized(4, 400) },
      ),
    );
  });

  it('reads a template alike whatever the order of its parts', async () => {
    const read = async (spec: Parameters<typeof templateBytes>[0]) => {
      tally.cases++;
      return readResponseTemplate(Buffer.from(await templateBytes(spec), 'base64'), instrument);
    };
    await tally.run(() =>
      fc.assert(
        fc.asyncProperty(almostValidTemplate, async (spec) => {
          const written = { ...spec, order: { named: 'as exceljs writes them' }, bytes: [] };
          expect(await read({ ...spec, bytes: [] })).toEqual(await read(written));
        }),
        { seed: FUZZ_SEED, numRuns: sized(20, 2_000) },
      ),
    );
  });
});
