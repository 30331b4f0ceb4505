import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { typedInvoke } from '../../../src/api/service';
import { openTempWorkbench, refusal, serviceOver, shippedContent } from '../../support/workbench';

const SONOMA = 49;
const [ITEM_A, ITEM_B] = shippedContent().currentInstrument.items.map((item) => item.id) as [
  string,
  string,
  ...string[],
];

async function setup() {
  const workbench = openTempWorkbench();
  const invoke = typedInvoke(serviceOver(workbench));
  const round = await invoke('readiness.createRound', {
    countyId: SONOMA,
    title: 'Spring 2026',
    heldOn: '2026-04-15',
  });
  const respondent = await invoke('readiness.addRespondent', {
    roundId: round.id,
    program: 'cws',
    roleLevel: 'line',
  });
  const auditCount = () =>
    workbench.db.get<{ n: number }>(sql`SELECT count(*) AS n FROM audit_event`).n;
  const answersCount = () =>
    workbench.db.get<{ n: number }>(sql`SELECT count(*) AS n FROM readiness_answer`).n;
  const storedRound = async () => (await invoke('readiness.getRound', { roundId: round.id })).round;
  const stored = () => invoke('readiness.getAnswers', { respondentId: respondent.id });
  return { invoke, round, respondent, auditCount, answersCount, storedRound, stored };
}

describe('record versions of readiness rounds', () => {
  it('changes a round from the version it got back, and refuses an older one', async () => {
    const { invoke, round, auditCount, storedRound } = await setup();
    expect(round.version).toBe(1);
    const renamed = await invoke('readiness.updateRound', {
      roundId: round.id,
      version: round.version,
      title: 'Spring 2026 (all offices)',
      heldOn: round.heldOn,
    });
    expect(renamed.version).toBe(2);
    const noted = await invoke('readiness.updateRound', {
      roundId: round.id,
      version: renamed.version,
      title: renamed.title,
      heldOn: renamed.heldOn,
      notes: 'Two offices answered on paper.',
    });
    expect(noted.version).toBe(3);

    const events = auditCount();
    const error = await refusal(
      invoke('readiness.updateRound', {
        roundId: round.id,
        version: round.version,
        title: 'Spring',
        heldOn: '2026-04-16',
      }),
    );
    expect(error.kind).toBe('Stale');
    expect(error.message).toMatch(/The round was changed elsewhere.*\(changed: title, notes\)/);
    expect(await storedRound()).toEqual(noted);
    expect(auditCount()).toBe(events);
  });

  it('refuses a change from before the round was closed elsewhere as Stale', async () => {
    const { invoke, round, storedRound } = await setup();
    const closed = await invoke('readiness.setRoundStatus', {
      roundId: round.id,
      status: 'closed',
    });
    expect(closed.version).toBe(2);
    const error = await refusal(
      invoke('readiness.updateRound', {
        roundId: round.id,
        version: round.version,
        title: 'Renamed',
        heldOn: round.heldOn,
      }),
    );
    expect(error.kind).toBe('Stale');
    expect(error.message).toContain('(changed: status)');
    expect(await storedRound()).toEqual(closed);
  });
});

describe('record versions of respondents', () => {
  it('changes details from the version it got back, and refuses an older one', async () => {
    const { invoke, respondent, auditCount, stored } = await setup();
    expect(respondent.version).toBe(1);
    const labelled = await invoke('readiness.updateRespondent', {
      respondentId: respondent.id,
      version: respondent.version,
      program: 'cws',
      roleLevel: 'line',
      label: 'Unit 3',
    });
    expect(labelled.version).toBe(2);
    const events = auditCount();
    const error = await refusal(
      invoke('readiness.updateRespondent', {
        respondentId: respondent.id,
        version: respondent.version,
        program: 'calworks',
        roleLevel: 'manager',
      }),
    );
    expect(error.kind).toBe('Stale');
    expect(error.message).toMatch(/The respondent was changed elsewhere.*\(changed: label\)/);
    expect((await stored()).respondent).toEqual(labelled);
    expect(auditCount()).toBe(events);
  });

  it('saves answers from the version it got back, each save moving it on', async () => {
    const { invoke, respondent, answersCount, stored } = await setup();
    const first = await invoke('readiness.saveAnswers', {
      respondentId: respondent.id,
      version: respondent.version,
      answers: [{ itemId: ITEM_A, answer: 4 }],
    });
    expect(first.version).toBe(2);
    const second = await invoke('readiness.saveAnswers', {
      respondentId: respondent.id,
      version: first.version,
      answers: [{ itemId: ITEM_B, answer: 2 }],
    });
    expect(second).toMatchObject({ version: 3, answered: 2 });

    // A second window still holds version 2: its answer is refused, and no answer changes.
    const error = await refusal(
      invoke('readiness.saveAnswers', {
        respondentId: respondent.id,
        version: first.version,
        answers: [{ itemId: ITEM_A, answer: 1 }],
      }),
    );
    expect(error.kind).toBe('Stale');
    expect(error.message).toContain('The respondent was changed elsewhere');
    expect(await stored()).toEqual({ respondent: second, answers: { [ITEM_A]: 4, [ITEM_B]: 2 } });
    expect(answersCount()).toBe(2);

    const unsaid = await refusal(
      invoke('readiness.saveAnswers', {
        respondentId: respondent.id,
        answers: [{ itemId: ITEM_A, answer: 1 }],
      }),
    );
    expect(unsaid.issues.map((i) => i.path)).toEqual(['version']);
  });

  it('treats answers and details as one record: either makes the other’s older copy stale', async () => {
    const { invoke, respondent, stored } = await setup();
    const answered = await invoke('readiness.saveAnswers', {
      respondentId: respondent.id,
      version: respondent.version,
      answers: [{ itemId: ITEM_A, answer: 3 }],
    });
    const details = await refusal(
      invoke('readiness.updateRespondent', {
        respondentId: respondent.id,
        version: respondent.version,
        program: 'partner',
        roleLevel: 'line',
      }),
    );
    expect(details.kind).toBe('Stale');
    const relabelled = await invoke('readiness.updateRespondent', {
      respondentId: respondent.id,
      version: answered.version,
      program: 'cws',
      roleLevel: 'line',
      label: 'Unit 5',
    });
    const answers = await refusal(
      invoke('readiness.saveAnswers', {
        respondentId: respondent.id,
        version: answered.version,
        answers: [{ itemId: ITEM_A, answer: 5 }],
      }),
    );
    expect(answers.kind).toBe('Stale');
    expect(await stored()).toEqual({ respondent: relabelled, answers: { [ITEM_A]: 3 } });
  });
});
