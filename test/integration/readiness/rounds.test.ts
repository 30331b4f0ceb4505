import { describe, expect, it } from 'vitest';
import type { Respondent, Round, RoundResults } from '../../../src/api/readiness/contract';
import { typedInvoke } from '../../../src/api/service';
import { auditEvent } from '../../../src/db/schema';
import { openTempWorkbench, serviceOver, shippedContent, refusal } from '../../support/workbench';

const SONOMA = 49;
const items = shippedContent().currentInstrument.items;
const domainOf = new Map(items.map((item) => [item.id, item.domain]));
// The instrument has dozens of items; these tests need two.
const [ITEM_A, ITEM_B] = items.map((item) => item.id) as [string, string, ...string[]];

function setup() {
  const workbench = openTempWorkbench();
  return { workbench, invoke: typedInvoke(serviceOver(workbench)) };
}

/** Answers every item with `answer`, except items of the domains given their own. */
function answersFor(answer: number, byDomain: Record<string, number> = {}) {
  return items.map((item) => ({ itemId: item.id, answer: byDomain[item.domain] ?? answer }));
}

describe('a readiness round from opening to results', () => {
  it('pins the current instrument, counts respondents and their progress', async () => {
    const { invoke } = setup();
    const round: Round = await invoke('readiness.createRound', {
      countyId: SONOMA,
      title: '  Spring 2026  ',
      heldOn: '2026-04-15',
    });
    expect(round).toMatchObject({
      title: 'Spring 2026',
      status: 'open',
      respondents: 0,
      notes: '',
    });
    expect(round.instrumentVersion).toBe(shippedContent().currentInstrument.version);

    const respondent: Respondent = await invoke('readiness.addRespondent', {
      roundId: round.id,
      program: 'calworks',
      roleLevel: 'line',
    });
    expect(respondent).toMatchObject({ answered: 0, itemCount: items.length, label: '' });
    const saved = await invoke('readiness.saveAnswers', {
      respondentId: respondent.id,
      version: respondent.version,
      answers: [
        { itemId: ITEM_A, answer: 4 },
        { itemId: ITEM_B, answer: 0 },
      ],
    });
    expect(saved.answered).toBe(2);
    // null clears an answer; changing one keeps the count.
    const cleared = await invoke('readiness.saveAnswers', {
      respondentId: respondent.id,
      version: saved.version,
      answers: [
        { itemId: ITEM_B, answer: null },
        { itemId: ITEM_A, answer: 5 },
      ],
    });
    expect(cleared.answered).toBe(1);
    expect((await invoke('readiness.getAnswers', { respondentId: respondent.id })).answers).toEqual(
      {
        [ITEM_A]: 5,
      },
    );
    const detail = await invoke('readiness.getRound', { roundId: round.id });
    expect(detail.respondents.map((r) => r.answered)).toEqual([1]);
    expect((await invoke('readiness.listRounds', { countyId: SONOMA }))[0]?.respondents).toBe(1);
  });

  it('scores the round, alignment gap included, and recommends with reasons', async () => {
    const { invoke } = setup();
    const round = await invoke('readiness.createRound', {
      countyId: SONOMA,
      title: 'R',
      heldOn: '2026-04-15',
    });
    // CalWORKs answers 4 everywhere but information sharing (2); CWS answers 3 everywhere.
    // Information sharing: CalWORKs 2, CWS 3 → mean of pooled answers 2.5, gap −1.
    for (const [program, answers] of [
      ['calworks', answersFor(4, { info: 2 })],
      ['cws', answersFor(3)],
    ] as const) {
      const respondent = await invoke('readiness.addRespondent', {
        roundId: round.id,
        program,
        roleLevel: 'manager',
      });
      await invoke('readiness.saveAnswers', {
        respondentId: respondent.id,
        version: respondent.version,
        answers,
      });
    }
    const results: RoundResults = await invoke('readiness.results', { roundId: round.id });
    const info = results.domains.find((d) => d.domainId === 'info');
    expect(info?.overall.mean).toBeCloseTo(2.5, 10);
    expect(info?.byProgram.calworks.mean).toBe(2);
    expect(info?.byProgram.cws.mean).toBe(3);
    expect(info?.alignmentGap).toBe(-1);
    const lead = results.domains.find((d) => d.domainId === 'leadership');
    expect(lead?.overall.mean).toBeCloseTo(3.5, 10);
    // Nine domains at 3.5 and one at 2.5: (9 × 3.5 + 2.5) / 10 = 3.4 → Ready to install.
    expect(results.overall).toBeCloseTo(3.4, 10);
    expect(results.level?.id).toBe('ready');
    expect(results.gaps[0]).toBe('info');
    const reasons = results.recommendation.recommendations.map((r) => r.reason);
    expect(reasons).toContainEqual(
      expect.stringMatching(
        /^Information sharing and confidentiality scored 2\.5; 3\.0 is needed\. [A-Z]/,
      ),
    );
    expect(results.items.find((i) => i.itemId === ITEM_A)?.distribution).toEqual(
      domainOf.get(ITEM_A) === 'info' ? [0, 0, 1, 1, 0, 0] : [0, 0, 0, 1, 1, 0],
    );
    expect(results.previous).toBeNull();
  });

  it('shows the trend against the county’s previous round', async () => {
    const { invoke } = setup();
    for (const [heldOn, answer] of [
      ['2025-04-10', 2],
      ['2026-04-15', 4],
    ] as const) {
      const round = await invoke('readiness.createRound', {
        countyId: SONOMA,
        title: heldOn,
        heldOn,
      });
      const respondent = await invoke('readiness.addRespondent', {
        roundId: round.id,
        program: 'cws',
        roleLevel: 'line',
      });
      await invoke('readiness.saveAnswers', {
        respondentId: respondent.id,
        version: respondent.version,
        answers: answersFor(answer),
      });
    }
    const [latest] = await invoke('readiness.listRounds', { countyId: SONOMA });
    expect(latest?.heldOn).toBe('2026-04-15');
    const results = await invoke('readiness.results', { roundId: latest?.id ?? 0 });
    expect(results.previous).toMatchObject({ heldOn: '2025-04-10', overall: 2 });
    expect(results.overallChange).toBe(2);
    expect(results.domains.every((d) => d.change === 2)).toBe(true);
  });
});

describe('listing rounds', () => {
  it('counts each round’s own respondents', async () => {
    const { invoke } = setup();
    const empty = await invoke('readiness.createRound', {
      countyId: SONOMA,
      title: 'A',
      heldOn: '2026-01-10',
    });
    const busy = await invoke('readiness.createRound', {
      countyId: SONOMA,
      title: 'B',
      heldOn: '2026-02-10',
    });
    for (const roleLevel of ['manager', 'line', 'line'] as const) {
      await invoke('readiness.addRespondent', { roundId: busy.id, program: 'cws', roleLevel });
    }
    const other = await invoke('readiness.createRound', {
      countyId: 1,
      title: 'Elsewhere',
      heldOn: '2026-03-10',
    });
    await invoke('readiness.addRespondent', {
      roundId: other.id,
      program: 'cws',
      roleLevel: 'line',
    });
    const rounds = await invoke('readiness.listRounds', { countyId: SONOMA });
    expect(rounds.map((r) => [r.id, r.respondents])).toEqual([
      [busy.id, 3],
      [empty.id, 0],
    ]);
  });
});

describe('the previous round a trend compares with', () => {
  it('is the latest earlier round with answers; same-date rounds go by the order opened', async () => {
    const { invoke } = setup();
    async function round(title: string, heldOn: string, answer: number | null) {
      const created = await invoke('readiness.createRound', { countyId: SONOMA, title, heldOn });
      if (answer !== null) {
        const r = await invoke('readiness.addRespondent', {
          roundId: created.id,
          program: 'cws',
          roleLevel: 'line',
        });
        await invoke('readiness.saveAnswers', {
          respondentId: r.id,
          version: r.version,
          answers: answersFor(answer),
        });
      }
      return created;
    }
    const older = await round('2024', '2024-04-01', 2);
    const first = await round('2025 a', '2025-04-01', 3);
    await round('2025 empty', '2025-04-01', null);
    const second = await round('2025 b', '2025-04-01', 4);
    // Same date as "2025 a", opened later: compares with "2025 a", not with 2024.
    expect((await invoke('readiness.results', { roundId: second.id })).previous?.title).toBe(
      '2025 a',
    );
    expect((await invoke('readiness.results', { roundId: second.id })).overallChange).toBe(1);
    expect((await invoke('readiness.results', { roundId: first.id })).previous?.title).toBe('2024');
    expect((await invoke('readiness.results', { roundId: older.id })).previous).toBeNull();
    // A later round with no answers yet compares with the latest answered one, skipping the empty.
    const empty = await round('2026', '2026-04-01', 5);
    expect((await invoke('readiness.results', { roundId: empty.id })).previous?.title).toBe(
      '2025 b',
    );
  });
});

describe('what a round refuses', () => {
  async function openRound() {
    const ctx = setup();
    const round = await ctx.invoke('readiness.createRound', {
      countyId: SONOMA,
      title: 'R',
      heldOn: '2026-04-15',
    });
    const respondent = await ctx.invoke('readiness.addRespondent', {
      roundId: round.id,
      program: 'cws',
      roleLevel: 'line',
    });
    return { ...ctx, round, respondent };
  }

  it('answers out of range, unknown items and repeats, naming each, and saves none', async () => {
    const { invoke, respondent } = await openRound();
    const range = await refusal(
      invoke('readiness.saveAnswers', {
        respondentId: respondent.id,
        version: respondent.version,
        answers: [
          { itemId: ITEM_A, answer: 3 },
          { itemId: ITEM_B, answer: 6 as 5 },
        ],
      }),
    );
    expect(range.kind).toBe('ValidationError');
    expect(range.issues.map((i) => i.path)).toEqual(['answers.1.answer']);

    const unknown = await refusal(
      invoke('readiness.saveAnswers', {
        respondentId: respondent.id,
        version: respondent.version,
        answers: [
          { itemId: ITEM_A, answer: 3 },
          { itemId: 'zzz-01', answer: 3 },
          { itemId: ITEM_A, answer: 2 },
        ],
      }),
    );
    expect(unknown.issues).toEqual([
      {
        path: 'answers.1.itemId',
        message: expect.stringMatching(/“zzz-01” is not an item of instrument version 1/),
      },
      { path: 'answers.2.itemId', message: `${ITEM_A} is answered twice.` },
    ]);
    expect((await invoke('readiness.getAnswers', { respondentId: respondent.id })).answers).toEqual(
      {},
    );
  });

  it('a closed round is read-only until reopened', async () => {
    const { invoke, round, respondent } = await openRound();
    // Closing moves the round's version on; a save from the closed round is still refused.
    const closed = await invoke('readiness.setRoundStatus', {
      roundId: round.id,
      status: 'closed',
    });
    const attempts = [
      invoke('readiness.saveAnswers', {
        respondentId: respondent.id,
        version: respondent.version,
        answers: [{ itemId: ITEM_A, answer: 3 }],
      }),
      invoke('readiness.addRespondent', { roundId: round.id, program: 'cws', roleLevel: 'line' }),
      invoke('readiness.deleteRespondent', { respondentId: respondent.id }),
      invoke('readiness.updateRound', {
        roundId: round.id,
        version: closed.version,
        title: 'X',
        heldOn: '2026-04-15',
      }),
      invoke('readiness.deleteRound', { roundId: round.id }),
    ];
    for (const attempt of attempts) {
      const error = await refusal(attempt);
      expect(error.kind).toBe('Conflict');
      expect(error.message).toBe('The round “R” is closed. Reopen it to change it.');
    }
    await invoke('readiness.setRoundStatus', { roundId: round.id, status: 'open' });
    const saved = await invoke('readiness.saveAnswers', {
      respondentId: respondent.id,
      version: respondent.version,
      answers: [{ itemId: ITEM_A, answer: 3 }],
    });
    expect(saved.answered).toBe(1);
  });

  it('bad round details name their field', async () => {
    const { invoke } = setup();
    const error = await refusal(
      invoke('readiness.createRound', { countyId: SONOMA, title: '   ', heldOn: '2026-02-30' }),
    );
    expect(error.issues.map((i) => [i.path, i.message])).toEqual([
      ['title', 'Give the round a title.'],
      ['heldOn', 'Write the date as YYYY-MM-DD, e.g. 2026-07-01.'],
    ]);
    expect(
      (
        await refusal(
          invoke('readiness.createRound', { countyId: 77, title: 'R', heldOn: '2026-01-01' }),
        )
      ).kind,
    ).toBe('NotFound');
  });
});

describe('deleting', () => {
  it('a respondent or a round leaves an audit event holding what was removed', async () => {
    const { invoke, workbench } = setup();
    const round = await invoke('readiness.createRound', {
      countyId: SONOMA,
      title: 'R',
      heldOn: '2026-04-15',
    });
    const first = await invoke('readiness.addRespondent', {
      roundId: round.id,
      program: 'cws',
      roleLevel: 'line',
      label: 'Unit 3',
    });
    const second = await invoke('readiness.addRespondent', {
      roundId: round.id,
      program: 'calworks',
      roleLevel: 'line',
    });
    await invoke('readiness.saveAnswers', {
      respondentId: first.id,
      version: first.version,
      answers: [{ itemId: ITEM_A, answer: 2 }],
    });
    await invoke('readiness.deleteRespondent', { respondentId: first.id });
    await invoke('readiness.deleteRound', { roundId: round.id });

    const deletions = workbench.db
      .select()
      .from(auditEvent)
      .all()
      .filter((e) => e.action === 'delete')
      .map((e) => ({
        entity: e.entity,
        entityId: e.entityId,
        before: JSON.parse(e.beforeJson ?? 'null'),
      }));
    expect(deletions).toEqual([
      {
        entity: 'readiness_respondent',
        entityId: String(first.id),
        before: {
          respondent: expect.objectContaining({ label: 'Unit 3' }),
          answers: { [ITEM_A]: 2 },
        },
      },
      {
        entity: 'readiness_round',
        entityId: String(round.id),
        before: {
          round: expect.objectContaining({ title: 'R' }),
          respondents: [expect.objectContaining({ id: second.id, answers: {} })],
        },
      },
    ]);
    expect(await invoke('readiness.listRounds', { countyId: SONOMA })).toEqual([]);
    expect(workbench.sqlite.prepare('SELECT count(*) AS n FROM readiness_answer').get()).toEqual({
      n: 0,
    });
  });
});
