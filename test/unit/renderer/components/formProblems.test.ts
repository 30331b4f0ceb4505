import { describe, expect, it } from 'vitest';
import { splitIssues } from '../../../../src/renderer/components/form/useFormProblems';

describe('splitIssues', () => {
  it('puts each issue on its field (the first message of each), and the rest aside', () => {
    const fields = ['date', 'nextReviewDue'] as const;
    expect(
      splitIssues(
        [
          { path: 'nextReviewDue', message: 'Not before the meeting.' },
          { path: 'nextReviewDue', message: 'A second word on it.' },
          { path: '', message: 'Invalid input' },
          { path: 'familyId', message: 'No such family.' },
        ],
        fields,
      ),
    ).toEqual({
      onFields: { nextReviewDue: 'Not before the meeting.' },
      elsewhere: ['Invalid input', 'No such family.'],
    });
  });
});
