/**
 * The county Linkages report as PDF, read back as its text: a cover and every area's section, the
 * headlines worked out from the package's own figures, every page of a table headed, small counts
 * suppressed, and none of the demo's identifiers — names, dates of birth, SSNs, case numbers.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { typedInvoke, type Service } from '../../../src/api/service';
import type { CountyPackage } from '../../../src/core/reports/package';
import { loadDemoCounty, readDemoDataset } from '../../../src/demo/demoCounty';
import { synthesizeExtracts } from '../../../src/demo/synthExtracts';
import { REPORT_SECTIONS } from '../../../src/export/report/countyReportPdf';
import {
  leverageHeadline,
  modelHeadline,
  planHeadline,
  readinessHeadline,
  spendingHeadline,
  trainingHeadline,
} from '../../../src/export/report/headlines';
import { resourcesFolder } from '../../../src/server/paths';
import { settledJob } from '../../support/jobs';
import { importExtract } from '../../support/matching';
import { flowed, pdfPages } from '../../support/pdfText';
import { extractCsv } from '../../support/privacyInputs';
import { IdentifierScanner, workbenchVocabulary } from '../../support/privacyScan';
import { openTempWorkbench, serviceOver } from '../../support/workbench';

const SONOMA = 49;
const extracts = synthesizeExtracts({
  calworksPersons: 300,
  cwsPersons: 150,
  mutualPersons: 60,
  seed: 431,
});

let service: Service;
let pkg: CountyPackage;
let pages: string[];
let text: string;
let fileName: string;
let caseNumbers: string[];

beforeAll(async () => {
  service = serviceOver(openTempWorkbench());
  const invoke = typedInvoke(service);
  await loadDemoCounty(invoke, readDemoDataset(resourcesFolder));
  const calworks = await importExtract(
    service,
    'calworks',
    extractCsv('calworks', extracts.calworks),
  );
  const cws = await importExtract(service, 'cws', extractCsv('cws', extracts.cws));
  const started = await invoke('matching.startRun', {
    countyId: SONOMA,
    calworksExtractId: (calworks.result as { extractId: number }).extractId,
    cwsExtractId: (cws.result as { extractId: number }).extractId,
  });
  const runId = ((await settledJob(service, started.jobId)).result as { runId: number }).runId;
  const matched = await invoke('matching.families', { runId });
  const families = await invoke('cocase.families', { countyId: SONOMA });
  caseNumbers = [...matched, ...families].flatMap((f) => [f.calworksCase, f.cwsCase]);

  pkg = await invoke('reports.previewPackage', { countyId: SONOMA, sfyStartYear: 2025 });
  const file = await invoke('reports.exportReportPdf', { countyId: SONOMA, sfyStartYear: 2025 });
  fileName = file.fileName;
  expect(file.mediaType).toBe('application/pdf');
  pages = pdfPages(Buffer.from(file.bytesBase64, 'base64'));
  text = flowed(pages.join(' '));
}, 120_000);

describe('the county Linkages report (PDF)', () => {
  it('has a cover naming the county, the SFY and when it was made, in words', () => {
    expect(fileName).toBe('Sonoma-Linkages-report-SFY-2025-26.pdf');
    const cover = flowed(pages[0] ?? '');
    expect(cover).toContain('Sonoma County');
    expect(cover).toContain('SFY 2025-26');
    expect(cover).toContain('State fiscal year Jul 1, 2025 to Jun 30, 2026');
    expect(cover).toMatch(/Generated [A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d\d [AP]M/);
    expect(cover).not.toMatch(/\d{4}-\d\d-\d\dT/);
  });

  it('has one section per area, each on its own page, in order, and a footer on every page', () => {
    const starts = REPORT_SECTIONS.map((title) =>
      pages.findIndex((page) => flowed(page).startsWith(title)),
    );
    expect(starts.every((page) => page > 0)).toBe(true);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    pages.forEach((page, n) =>
      expect(flowed(page)).toContain(
        `Sonoma County · Linkages report · SFY 2025-26 Page ${n + 1} of ${pages.length}`,
      ),
    );
  });

  it('leads each area with a headline worked out from the package’s figures', () => {
    if (!pkg.readiness) throw new Error('the demo county has no closed readiness round');
    for (const headline of [
      readinessHeadline(pkg.readiness),
      modelHeadline(pkg.model),
      planHeadline(pkg.rollout),
      spendingHeadline(pkg.fiscal),
      leverageHeadline(pkg.fiscal),
      trainingHeadline(pkg.training),
    ]) {
      expect(text).toContain(headline);
    }
    expect(text).toMatch(/The county spent \$\d+ K of \$\d+ K budgeted \(\d+%\)\./);
    expect(text).toMatch(
      /The match run of [A-Z][a-z]{2} \d{1,2}, \d{4} found \d+ mutual families\./,
    );
    expect(text).toMatch(/Linkages families did better than the comparison group on \d+ of the/);
  });

  it('gives each chart’s figures as a table whose header heads every page it runs onto', () => {
    for (const heading of ['Domain Score (1–5)', 'Funding stream Program Budget Spent Leveraged']) {
      expect(text).toContain(heading);
    }
    // The evaluation's rows (each says whether its follow-up is complete) run over pages.
    const rowPages = pages.filter((page) => /Complete|Still open/.test(page));
    expect(rowPages.length).toBeGreaterThan(1);
    for (const page of rowPages) expect(page).toContain('Follow-up');
  });

  it('shows a suppressed count as “<11”, never the count itself', () => {
    expect(text).toContain('<11');
    const evaluation = pkg.evaluation;
    if (!evaluation) throw new Error('the demo county has no evaluation');
    const hidden = evaluation.indicators.filter((row) => row.linkages.numerator === null);
    expect(hidden.length).toBeGreaterThan(0);
  });

  it('holds none of the identifiers: names, dates of birth, SSNs, case numbers', () => {
    const scanner = new IdentifierScanner([...extracts.calworks, ...extracts.cws], {
      vocabulary: workbenchVocabulary(),
      datesOfBirthBefore: '2022-01-01',
    });
    expect(scanner.total).toBeGreaterThan(300);
    expect(scanner.scan('report', pages.join('\n'))).toEqual([]);
    expect(caseNumbers.length).toBeGreaterThan(100);
    expect(caseNumbers.filter((c) => text.includes(c))).toEqual([]);
  });
});
