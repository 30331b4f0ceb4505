import { describe, expect, it } from 'vitest';
import {
  changeProblems,
  dueLists,
  findDependencyCycle,
  scheduleProblems,
  stageCompletion,
  type PlanTask,
} from '../../../src/core/program/rollout';

function task(id: number, overrides: Partial<PlanTask> = {}): PlanTask {
  return {
    id,
    title: `Task ${id}`,
    stage: 'exploration',
    startDate: null,
    dueDate: null,
    status: 'not-started',
    dependsOn: [],
    ...overrides,
  };
}

describe('findDependencyCycle', () => {
  it('finds none in a plan whose dependencies only point back', () => {
    // 4 → 2, 4 → 3, 3 → 1, 2 → 1: a diamond, not a cycle.
    expect(
      findDependencyCycle([
        task(1),
        task(2, { dependsOn: [1] }),
        task(3, { dependsOn: [1] }),
        task(4, { dependsOn: [2, 3] }),
      ]),
    ).toBeNull();
  });

  it('returns the ids around a cycle, first id repeated', () => {
    // 1 → 2 → 3 → 1, with 4 hanging off 3.
    expect(
      findDependencyCycle([
        task(1, { dependsOn: [2] }),
        task(2, { dependsOn: [3] }),
        task(3, { dependsOn: [1] }),
        task(4, { dependsOn: [3] }),
      ]),
    ).toEqual([1, 2, 3, 1]);
    expect(findDependencyCycle([task(7, { dependsOn: [7] })])).toEqual([7, 7]);
  });

  it('walks a chain of 5,000 tasks without overflowing the stack, and finds a cycle closing it', () => {
    const chain = Array.from({ length: 5000 }, (_, i) =>
      task(i + 1, { dependsOn: i === 0 ? [] : [i] }),
    );
    expect(findDependencyCycle(chain)).toBeNull();
    const closed = [task(1, { dependsOn: [5000] }), ...chain.slice(1)];
    const cycle = findDependencyCycle(closed);
    expect(cycle).toHaveLength(5001);
    expect(cycle?.[0]).toBe(cycle?.[5000]);
  });

  it('ignores dependencies on tasks outside the plan (schedule checks report them)', () => {
    expect(findDependencyCycle([task(1, { dependsOn: [99] })])).toBeNull();
  });
});

describe('scheduleProblems', () => {
  it('refuses due before start, self and unknown dependencies; warns on a broken dependency', () => {
    const problems = scheduleProblems([
      task(1, { title: 'Sign the MOU', startDate: '2026-09-01', dueDate: '2026-10-31' }),
      task(2, {
        title: 'Train staff',
        startDate: '2026-10-15',
        dueDate: '2026-11-30',
        dependsOn: [1],
      }),
      task(3, { title: 'Backwards', startDate: '2026-12-01', dueDate: '2026-11-01' }),
      task(4, { title: 'Loop', dependsOn: [4, 42] }),
    ]);
    expect(problems.map((p) => [p.taskId, p.field, p.severity])).toEqual([
      [2, 'dependsOn', 'warning'],
      [3, 'dueDate', 'error'],
      [4, 'dependsOn', 'error'],
      [4, 'dependsOn', 'error'],
    ]);
    expect(problems[0]?.message).toBe(
      '“Train staff” starts 2026-10-15, before “Sign the MOU”, which it depends on, is due (2026-10-31).',
    );
    expect(problems[1]?.message).toBe(
      '“Backwards” is due (2026-11-01) before it starts (2026-12-01).',
    );
  });

  it('has nothing to say about a plan in order', () => {
    expect(
      scheduleProblems([
        task(1, { startDate: '2026-09-01', dueDate: '2026-10-31' }),
        task(2, { startDate: '2026-10-31', dueDate: '2026-11-30', dependsOn: [1] }),
      ]),
    ).toEqual([]);
  });
});

describe('stageCompletion', () => {
  it('counts done tasks per stage, percent rounded down', () => {
    // Exploration 2 of 3 done = 66%; installation 1 of 1 = 100%; the others empty = 0%.
    const completion = stageCompletion([
      task(1, { status: 'done' }),
      task(2, { status: 'done' }),
      task(3, { status: 'in-progress' }),
      task(4, { stage: 'installation', status: 'done' }),
    ]);
    expect(completion.map((c) => [c.stage, c.done, c.total, c.percent])).toEqual([
      ['exploration', 2, 3, 66],
      ['installation', 1, 1, 100],
      ['initial', 0, 0, 0],
      ['full', 0, 0, 0],
    ]);
  });
});

describe('dueLists', () => {
  it('lists open overdue tasks and those due within 30 days, by due date', () => {
    const lists = dueLists(
      [
        task(1, { dueDate: '2026-11-01' }), // overdue
        task(2, { dueDate: '2026-11-21', status: 'done' }), // done: in neither
        task(3, { dueDate: '2026-12-22' }), // today + 30: due soon
        task(4, { dueDate: '2026-12-23' }), // today + 31: neither
        task(5, { dueDate: '2026-11-22' }), // today: due soon
        task(6, { dueDate: '2026-10-15', status: 'blocked' }), // overdue, earlier
        task(7), // no due date
      ],
      '2026-11-22',
    );
    expect(lists.overdue.map((t) => t.id)).toEqual([6, 1]);
    expect(lists.dueSoon.map((t) => t.id)).toEqual([5, 3]);
  });

  it('counts 30 days across a month end and a leap day', () => {
    const lists = dueLists(
      [task(1, { dueDate: '2028-03-01' }), task(2, { dueDate: '2028-03-02' })],
      '2028-01-31',
    );
    // 2028-01-31 + 30 days = 2028-03-01 (February has 29 days in 2028).
    expect(lists.dueSoon.map((t) => t.id)).toEqual([1]);
  });
});

describe('changeProblems', () => {
  const mou = task(1, { title: 'MOU', startDate: '2026-09-01', dueDate: '2026-10-31' });
  const train = task(2, { title: 'Train', startDate: '2026-11-02', dependsOn: [1] });

  it('warns about a dependent when the task it depends on moves past its start', () => {
    const moved = { ...mou, dueDate: '2026-11-10' };
    const { errors, warnings } = changeProblems(moved, mou, [], [train]);
    expect(errors).toEqual([]);
    // The warning is the dependent's: 2026-11-02 is before 2026-11-10.
    expect(warnings.map((w) => [w.taskId, w.dependsOnId])).toEqual([[2, 1]]);
  });

  it('does not ask again about a dependency that was already broken before the change', () => {
    const late = { ...mou, dueDate: '2026-11-10' };
    const renamed = { ...late, title: 'Sign the MOU' };
    expect(changeProblems(renamed, late, [], [train]).warnings).toEqual([]);
  });

  it("reports the draft's own errors and its unknown dependencies, not its neighbours' errors", () => {
    const backwards = task(3, { startDate: '2026-12-01', dueDate: '2026-11-01', dependsOn: [9] });
    const brokenNeighbour = task(4, { startDate: '2026-12-01', dueDate: '2026-11-01' });
    const { errors } = changeProblems(backwards, undefined, [brokenNeighbour], []);
    expect(errors.map((e) => e.message)).toEqual([
      '“Task 3” is due (2026-11-01) before it starts (2026-12-01).',
      '“Task 3” depends on task 9, which is not in the plan.',
    ]);
  });
});
