import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LOGIC_MODEL,
  INDICATOR_IDS,
  LOGIC_MODEL_MAX_PER_STAGE,
  logicModelProblems,
  type LogicModelItem,
} from '../../../../src/core/cocase/evaluation/logicModel';

const item = (stage: LogicModelItem['stage'], text: string, indicatorIds: string[] = []) => ({
  stage,
  text,
  indicatorIds,
});

describe('logic model problems', () => {
  it('find none in the toolkit’s model, whose outcomes name only known indicators', () => {
    expect(logicModelProblems(DEFAULT_LOGIC_MODEL)).toEqual([]);
    const attached = DEFAULT_LOGIC_MODEL.flatMap((i) => i.indicatorIds);
    expect(attached.every((id) => INDICATOR_IDS.includes(id))).toBe(true);
    // Every indicator the dashboard counts measures one of the model's outcomes.
    expect(new Set(attached)).toEqual(new Set(INDICATOR_IDS));
  });

  it('name a statement written twice in a stage (case and spaces aside), not across stages', () => {
    expect(
      logicModelProblems([
        item('outputs', 'Barriers resolved'),
        item('outcomes', 'Barriers resolved'),
        item('outputs', ' barriers RESOLVED '),
      ]),
    ).toEqual([
      {
        index: 2,
        field: 'text',
        message: '“barriers RESOLVED” is already statement 1 of outputs.',
      },
    ]);
  });

  it('leave blank statements to the schema rather than call them duplicates', () => {
    expect(logicModelProblems([item('inputs', ''), item('inputs', '  ')])).toEqual([]);
  });

  it('refuse indicators outside outcomes, an indicator twice, and a stage over its limit', () => {
    const many = Array.from({ length: LOGIC_MODEL_MAX_PER_STAGE + 1 }, (_, i) =>
      item('activities', `Activity ${i + 1}`),
    );
    expect(
      logicModelProblems([
        item('inputs', 'Staff', ['wtw-engagement']),
        item('outcomes', 'Safe', ['recurrence-12m', 'recurrence-12m']),
        ...many,
      ]).map((p) => [p.index, p.field]),
    ).toEqual([
      [0, 'indicatorIds'],
      [1, 'indicatorIds'],
      [2 + LOGIC_MODEL_MAX_PER_STAGE, 'stage'],
    ]);
  });
});
