import { describe, expect, it } from 'vitest';
import { ChangeFeed, jobEvents, type FeedEvent } from '../../../src/api/changeFeed';
import { contract, CONTRACT_DATA, type Method } from '../../../src/api/contract';
import { dataChangedBy } from '../../../src/api/contractData';
import type { MethodSpec } from '../../../src/api/contractTypes';
import type { JobStatus } from '../../../src/api/jobs/runner';
import { locatorOf } from '../../../src/api/system/access';

const specs = Object.entries(contract) as [Method, MethodSpec][];

interface Schema {
  readonly def: { type: string; shape?: Record<string, Schema>; in?: Schema };
  safeParse(value: unknown): { success: boolean };
}

/** An input's fields, through a transform to its object, as access.ts reads them. */
function shapeOf(schema: unknown): Record<string, Schema> {
  const { def } = schema as Schema;
  if (def.type === 'pipe' && def.in) return shapeOf(def.in);
  return def.shape ?? {};
}

function job(change: Partial<JobStatus>): JobStatus {
  return {
    jobId: '00000000-0000-4000-8000-000000000001',
    kind: 'matching.run',
    countyId: 7,
    state: 'running',
    stage: 'compare',
    share: 0.5,
    message: null,
    refusal: null,
    problems: [{ row: 3, column: 'name', reason: 'quoted cell' }],
    problemCount: 1,
    result: { runId: 4 },
    startedBy: 'Ana Analyst',
    startedByUserId: 3,
    startedAt: '2025-01-01T00:00:00.000Z',
    finishedAt: null,
    ...change,
  };
}

describe('the change feed', () => {
  it('every change that reaches a county names it in every input', () => {
    for (const [method, spec] of specs) {
      const field = locatorOf(spec);
      if (field === null || dataChangedBy(CONTRACT_DATA, method).length === 0) continue;
      const shape = shapeOf(spec.input);
      expect([method, shape[field]?.safeParse(undefined).success]).toEqual([method, false]);
    }
  });

  it("tells a county its running jobs, without a job's findings or problems", () => {
    const running = job({});
    const [event, ...rest] = jobEvents(running, [running], CONTRACT_DATA);
    expect(rest).toEqual([]);
    expect(event?.type).toBe('jobs');
    expect(event?.notice).toMatchObject({ countyId: 7, jobs: [{ stage: 'compare', share: 0.5 }] });
    expect(JSON.stringify(event)).not.toMatch(/quoted cell|runId/);
  });

  it('says what a job wrote once it ended well, and only that its status changed otherwise', () => {
    const done = jobEvents(job({ state: 'done' }), [], CONTRACT_DATA)[1];
    expect(done?.notice).toMatchObject({ countyId: 7, changed: ['jobs', 'matchRuns'] });
    const failed = jobEvents(job({ state: 'failed' }), [], CONTRACT_DATA)[1];
    expect(failed?.notice).toMatchObject({ changed: ['jobs'] });
  });

  it('keeps telling other listeners when one throws', () => {
    const feed = new ChangeFeed();
    const heard: FeedEvent[] = [];
    feed.subscribe(() => {
      throw new Error('a closed stream');
    });
    feed.subscribe((event) => heard.push(event));
    const notice = { countyId: null, changed: ['settings' as const], byUserId: 1, at: '' };
    feed.publish({ type: 'change', notice });
    expect(heard).toHaveLength(1);
  });
});
