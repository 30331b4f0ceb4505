import { performance } from 'node:perf_hooks';
import { loadContent } from '../src/api/content';
import type { Instrument } from '../src/core/readiness/instrument';
import { recommend } from '../src/core/readiness/recommend';
import { RESPONDENT_PROGRAMS, ROLE_LEVELS } from '../src/core/readiness/respondents';
import { scoreRound, type RespondentAnswers } from '../src/core/readiness/scoring';
import { seededRandom } from '../src/core/seededRandom';
import { buildReadinessWorkbook } from '../src/export/readiness';
import { workbookBytes } from '../src/export/workbook';
import { resourcesFolder } from '../src/server/paths';
import { median, repeat, type Figure } from './figure';

const RESPONDENTS = 500;
const ITEMS = 60;

/** The shipped instrument, padded to 60 items (the size) with copies of its statements. */
function sixtyItemRound() {
  const content = loadContent(resourcesFolder);
  const shipped = content.currentInstrument;
  const extra = Array.from({ length: ITEMS - shipped.items.length }, (_, i) => {
    const source = shipped.items[i % shipped.items.length];
    if (!source) throw new Error('the shipped instrument has no items');
    return { ...source, id: `bench-${String(i + 1).padStart(2, '0')}` };
  });
  const instrument: Instrument = { ...shipped, items: [...shipped.items, ...extra] };
  const random = seededRandom(7);
  const respondents: RespondentAnswers[] = Array.from({ length: RESPONDENTS }, (_, r) => ({
    program: RESPONDENT_PROGRAMS[r % 3] ?? 'cws',
    roleLevel: ROLE_LEVELS[r % 3] ?? 'line',
    answers: new Map(instrument.items.map((item) => [item.id, Math.floor(random() * 6)])),
  }));
  const rules = content.rules.get(shipped.version);
  if (!rules) throw new Error('no recommendation rules');
  return { instrument, respondents, rules, catalog: content.catalog };
}

export const figures: Figure[] = [
  {
    name: 'readiness.score_ms',
    async measure() {
      const round = sixtyItemRound();
      const runs = await repeat(30, () => {
        const started = performance.now();
        recommend(scoreRound(round.instrument, round.respondents), round.rules, round.catalog);
        return performance.now() - started;
      });
      return { value: Math.round(median(runs) * 100) / 100, unit: 'ms' };
    },
  },
  {
    name: 'readiness.export_ms',
    async measure() {
      const round = sixtyItemRound();
      const scores = scoreRound(round.instrument, round.respondents);
      const recommendation = recommend(scores, round.rules, round.catalog);
      const runs = await repeat(3, async () => {
        const started = performance.now();
        await workbookBytes(
          buildReadinessWorkbook({
            countyName: 'Bench',
            round: {
              title: 'Bench round',
              heldOn: '2026-04-15',
              status: 'open',
              instrumentVersion: 1,
            },
            instrument: round.instrument,
            scores,
            recommendation,
            previous: null,
            respondents: round.respondents.map((r) => ({
              program: r.program,
              roleLevel: r.roleLevel,
              label: '',
              answers: Object.fromEntries(r.answers),
            })),
            appVersion: 'bench',
            generatedAt: new Date(),
          }),
        );
        return performance.now() - started;
      });
      return { value: Math.round(median(runs)), unit: 'ms' };
    },
  },
];
