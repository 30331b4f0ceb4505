import { describe, expect, it } from 'vitest';
import {
  addStatement,
  canAdd,
  changeStatement,
  draftOf,
  hasChanges,
  indicatorLabels,
  issuesOnStatements,
  itemsOf,
  liveProblems,
  moveStatement,
  problemOf,
  refusedSummary,
  removeStatement,
  savedOnText,
  stageGroups,
  statementLabel,
  withIndicator,
  withoutProblem,
  type DraftStatement,
  type StoredStatement,
} from '../../../../src/renderer/pages/cocase/logicModelView';

const stored = (
  stage: StoredStatement['stage'],
  text: string,
  indicatorIds: string[] = [],
): StoredStatement => ({ stage, text, indicatorIds });

// As the service may send it: an outcome before an input.
const SAVED: StoredStatement[] = [
  stored('outcomes', 'Children safe at home', ['foster-care-entry', 'recurrence-12m']),
  stored('inputs', 'Co-located workers'),
  stored('activities', 'Joint meetings'),
  stored('inputs', 'Shared funds'),
];

const keysOf = (draft: readonly DraftStatement[]) => draft.map((s) => s.key);
const textsOf = (draft: readonly DraftStatement[]) => draft.map((s) => s.text);

describe('the logic model draft', () => {
  it('groups the statements by stage in the toolkit’s order, keeping each stage’s order', () => {
    const draft = draftOf(SAVED);
    expect(textsOf(draft)).toEqual([
      'Co-located workers',
      'Shared funds',
      'Joint meetings',
      'Children safe at home',
    ]);
    // Keys are the statements' places as sent: they follow them, not their places.
    expect(keysOf(draft)).toEqual([2, 4, 3, 1]);
    expect(
      stageGroups(draft).map((g) => [
        g.label,
        g.statements.map((s) => `${s.number}. ${s.statement.text}`),
      ]),
    ).toEqual([
      ['Inputs', ['1. Co-located workers', '2. Shared funds']],
      ['Activities', ['1. Joint meetings']],
      ['Outputs', []],
      ['Outcomes', ['1. Children safe at home']],
    ]);
    expect(statementLabel('activities', 2)).toBe('Activities statement 2');
  });

  it('adds an empty statement at the end of its stage, with a new key', () => {
    const draft = draftOf(SAVED);
    const inputs = addStatement(draft, 'inputs');
    expect(inputs.key).toBe(5);
    expect(keysOf(inputs.draft)).toEqual([2, 4, 5, 3, 1]);
    // An empty stage's first statement goes where the stage would be.
    const outputs = addStatement(inputs.draft, 'outputs');
    expect(outputs.key).toBe(6);
    expect(keysOf(outputs.draft)).toEqual([2, 4, 5, 3, 6, 1]);
    expect(outputs.draft[4]).toEqual({ key: 6, stage: 'outputs', text: '', indicatorIds: [] });
    const outcomes = addStatement(outputs.draft, 'outcomes');
    expect(keysOf(outcomes.draft)).toEqual([2, 4, 5, 3, 6, 1, 7]);
  });

  it('moves a statement within its stage only', () => {
    const draft = addStatement(draftOf(SAVED), 'inputs').draft; // keys 2, 4, 5 | 3 | 1
    expect(keysOf(moveStatement(draft, 5, -1))).toEqual([2, 5, 4, 3, 1]);
    expect(keysOf(moveStatement(draft, 2, 1))).toEqual([4, 2, 5, 3, 1]);
    // At either end of its stage it stays: the first input does not go up, the last not down.
    expect(keysOf(moveStatement(draft, 2, -1))).toEqual([2, 4, 5, 3, 1]);
    expect(keysOf(moveStatement(draft, 5, 1))).toEqual([2, 4, 5, 3, 1]);
    // The only activity has no neighbour in its stage, though the list goes on.
    expect(keysOf(moveStatement(draft, 3, 1))).toEqual([2, 4, 5, 3, 1]);
    expect(keysOf(moveStatement(draft, 3, -1))).toEqual([2, 4, 5, 3, 1]);
    expect(keysOf(moveStatement(draft, 99, 1))).toEqual([2, 4, 5, 3, 1]);
  });

  it('removes and changes a statement by its key', () => {
    const draft = draftOf(SAVED);
    expect(keysOf(removeStatement(draft, 4))).toEqual([2, 3, 1]);
    const changed = changeStatement(draft, 3, { text: 'Joint case planning' });
    expect(textsOf(changed)[2]).toBe('Joint case planning');
    expect(changed[0]).toBe(draft[0]);
  });

  it('keeps an outcome’s indicators in the dashboard’s order as they are ticked', () => {
    expect(withIndicator([], 'wtw-engagement', true)).toEqual(['wtw-engagement']);
    // Recurrence is the dashboard's first indicator, engagement its sixth.
    expect(withIndicator(['wtw-engagement'], 'recurrence-12m', true)).toEqual([
      'recurrence-12m',
      'wtw-engagement',
    ]);
    expect(withIndicator(['recurrence-12m', 'wtw-engagement'], 'recurrence-12m', false)).toEqual([
      'wtw-engagement',
    ]);
    expect(withIndicator(['wtw-engagement'], 'wtw-engagement', true)).toEqual(['wtw-engagement']);
    expect(indicatorLabels(['wtw-engagement', 'no-such-indicator', 'foster-care-entry'])).toEqual([
      'Welfare-to-Work engagement',
      'Entry to foster care',
    ]);
  });

  it('sends the statements in the draft’s order, and knows when there is nothing to lose', () => {
    const draft = draftOf(SAVED);
    expect(itemsOf(draft)).toEqual([
      stored('inputs', 'Co-located workers'),
      stored('inputs', 'Shared funds'),
      stored('activities', 'Joint meetings'),
      stored('outcomes', 'Children safe at home', ['foster-care-entry', 'recurrence-12m']),
    ]);
    // Grouping the stages is not a change; moving, editing or ticking is.
    expect(hasChanges(draft, SAVED)).toBe(false);
    expect(hasChanges(moveStatement(draft, 4, -1), SAVED)).toBe(true);
    expect(hasChanges(changeStatement(draft, 3, { text: 'Joint meetings ' }), SAVED)).toBe(true);
    expect(hasChanges(changeStatement(draft, 1, { indicatorIds: [] }), SAVED)).toBe(true);
    // Added then removed: as it was.
    const added = addStatement(draft, 'outputs');
    expect(hasChanges(removeStatement(added.draft, added.key), SAVED)).toBe(false);
  });

  it('lets a stage take statements up to the limit of 12', () => {
    let draft: DraftStatement[] = [];
    for (let i = 0; i < 11; i++) draft = addStatement(draft, 'activities').draft;
    expect(canAdd(draft, 'activities')).toBe(true);
    draft = addStatement(draft, 'activities').draft;
    expect(canAdd(draft, 'activities')).toBe(false);
    expect(canAdd(draft, 'inputs')).toBe(true);
  });
});

describe('the logic model’s problems', () => {
  const draft: DraftStatement[] = [
    { key: 7, stage: 'inputs', text: 'Shared funds', indicatorIds: [] },
    { key: 3, stage: 'inputs', text: ' shared FUNDS ', indicatorIds: [] },
    { key: 5, stage: 'activities', text: '', indicatorIds: ['wtw-engagement'] },
    { key: 9, stage: 'activities', text: '  ', indicatorIds: [] },
    { key: 2, stage: 'outcomes', text: 'Safe', indicatorIds: [] },
  ];

  it('names a statement written twice and indicators off an outcome as typed, not two blanks', () => {
    const live = liveProblems(draft);
    expect([...live.entries()]).toEqual([
      [3, { text: '“shared FUNDS” is already statement 1 of inputs.' }],
      [5, { indicatorIds: 'Indicators measure outcomes; attach them to an outcome.' }],
    ]);
  });

  it('names a stage’s thirteenth statement', () => {
    let many: DraftStatement[] = [];
    for (let i = 0; i < 13; i++) {
      const added = addStatement(many, 'outputs');
      many = changeStatement(added.draft, added.key, { text: `Output ${i + 1}` });
    }
    expect([...liveProblems(many).entries()]).toEqual([
      [13, { stage: 'Keep outputs to 12 statements.' }],
    ]);
  });

  it('ties a refusal’s issues to the statements sent, by key, whatever happened since', () => {
    const sent = [7, 3, 5, 9, 2];
    const { onStatements, elsewhere } = issuesOnStatements(
      [
        { path: 'items.2.text', message: 'Write the statement.' },
        { path: 'items.3.text', message: 'Write the statement.' },
        { path: 'items.4.indicatorIds.0', message: 'Invalid option' },
        { path: 'items.4.indicatorIds', message: 'An indicator is attached twice.' },
        { path: 'items.9.text', message: 'Beyond what was sent.' },
        { path: 'items', message: 'Too many statements.' },
        { path: 'countyId', message: 'No such county.' },
      ],
      sent,
    );
    expect([...onStatements.entries()]).toEqual([
      [5, { text: 'Write the statement.' }],
      [9, { text: 'Write the statement.' }],
      // The first word on a field stands.
      [2, { indicatorIds: 'Invalid option' }],
    ]);
    expect(elsewhere).toEqual(['Beyond what was sent.', 'Too many statements.', 'No such county.']);

    // The service's word comes before the live one, and goes once its field is edited.
    const live = liveProblems(draft);
    expect(problemOf(5, 'text', onStatements, live)).toBe('Write the statement.');
    expect(problemOf(3, 'text', onStatements, live)).toBe(
      '“shared FUNDS” is already statement 1 of inputs.',
    );
    const edited = withoutProblem(onStatements, 5, 'text');
    expect(edited.has(5)).toBe(false);
    expect(problemOf(5, 'indicatorIds', edited, live)).toBe(
      'Indicators measure outcomes; attach them to an outcome.',
    );
    expect(withoutProblem(onStatements, 2, 'text').get(2)).toEqual({
      indicatorIds: 'Invalid option',
    });
    expect(onStatements.has(5)).toBe(true);
  });

  it('sums a refusal up in the page’s order, each problem with the field to go to', () => {
    const refused = new Map([
      [2, { indicatorIds: 'An indicator is attached twice.' }],
      [9, { text: 'Write the statement.' }],
      [5, { text: 'Write the statement.', indicatorIds: 'Indicators measure outcomes.' }],
    ]);
    const summary = refusedSummary(draft, refused);
    expect(Object.keys(summary.errors)).toEqual([
      '5.text',
      '5.indicatorIds',
      '9.text',
      '2.indicatorIds',
    ]);
    expect(summary.labels).toEqual({
      '5.text': 'Activities statement 1',
      '5.indicatorIds': 'Activities statement 1, indicators',
      '9.text': 'Activities statement 2',
      '2.indicatorIds': 'Outcomes statement 1, indicators',
    });
    // An outcome's indicators are its checkboxes; an activity has none, so its words.
    expect(summary.fieldIds).toEqual({
      '5.text': 'logic-model-statement-5-text',
      '5.indicatorIds': 'logic-model-statement-5-text',
      '9.text': 'logic-model-statement-9-text',
      '2.indicatorIds': 'logic-model-statement-2-indicator-recurrence-12m',
    });
    expect(summary.errors['2.indicatorIds']).toBe('An indicator is attached twice.');
  });
});

describe('when the model was saved', () => {
  it('says the local day, or nothing for the toolkit’s model', () => {
    expect(savedOnText(null)).toBeNull();
    expect(savedOnText('not a time')).toBeNull();
    // Noon UTC is the same day wherever the clock is within 11 hours of UTC.
    expect(savedOnText('2026-03-14T12:00:00.000Z')).toBe('2026-03-14');
  });
});
