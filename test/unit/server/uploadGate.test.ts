import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ConnectionCounter } from '../../../src/server/clientConnections';
import { UploadGate, type Admission } from '../../../src/server/uploadGate';

const MB = 1024 * 1024;

function gate(options: Partial<ConstructorParameters<typeof UploadGate>[0]> = {}) {
  return new UploadGate({
    budgetBytes: 100 * MB,
    smallBytes: MB,
    maxQueued: 2,
    maxWaitMs: 1000,
    retryAfterSeconds: 7,
    ...options,
  });
}

/** Where a pending admission stands, once the promises already due have run. */
async function settled(admission: Promise<Admission>): Promise<Admission | 'waiting'> {
  let outcome: Admission | 'waiting' = 'waiting';
  void admission.then((a) => (outcome = a));
  await vi.advanceTimersByTimeAsync(0);
  return outcome;
}

function admitted(admission: Admission | 'waiting'): () => void {
  if (admission === 'waiting' || !admission.admitted) {
    throw new Error(`expected an admission, got ${JSON.stringify(admission)}`);
  }
  return admission.release;
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

async function flush(): Promise<void> {
  await vi.advanceTimersByTimeAsync(0);
}

describe('the upload gate', () => {
  it('always lets small bodies through, even with the budget taken and the queue full', async () => {
    const g = gate({ maxQueued: 1 });
    const big = admitted(await g.admit(100 * MB));
    const waiting = g.admit(60 * MB);
    expect(await g.admit(60 * MB)).toMatchObject({ admitted: false, reason: 'queue-full' });
    for (const bytes of [0, 10, MB - 1]) {
      const small = await g.admit(bytes);
      expect(small.admitted).toBe(true);
      if (small.admitted) small.release();
    }
    expect(g.inFlightBytes).toBe(100 * MB);
    big();
    admitted(await waiting)();
    expect(g.inFlightBytes).toBe(0);
  });

  it('admits large bodies while they fit the budget together, and the rest wait', async () => {
    const g = gate();
    const first = admitted(await g.admit(40 * MB));
    const second = admitted(await g.admit(60 * MB));
    const third = g.admit(MB);
    await flush();
    expect(await settled(third)).toBe('waiting');
    expect(g.queued).toBe(1);
    first();
    admitted(await third)();
    second();
    expect(g.inFlightBytes).toBe(0);
    expect(g.queued).toBe(0);
  });

  it('admits a body larger than the whole budget alone, once nothing else is in flight', async () => {
    const g = gate({ budgetBytes: 10 * MB });
    const other = admitted(await g.admit(5 * MB));
    const huge = g.admit(50 * MB);
    await flush();
    expect(await settled(huge)).toBe('waiting');
    other();
    const release = admitted(await huge);
    expect(g.inFlightBytes).toBe(50 * MB);
    release();
  });

  it('serves the queue in order: a smaller body does not overtake a larger one', async () => {
    const g = gate({ maxQueued: 3 });
    const order: string[] = [];
    const first = admitted(await g.admit(70 * MB));
    const large = g.admit(80 * MB).then((a) => (order.push('large'), a));
    // Would fit beside `first` (70 + 20 <= 100), but came later.
    const smaller = g.admit(20 * MB).then((a) => (order.push('smaller'), a));
    await flush();
    expect(order).toEqual([]);
    first();
    const largeRelease = admitted(await large);
    // 80 + 20 fits: the next in line follows at once.
    const smallerRelease = admitted(await smaller);
    expect(order).toEqual(['large', 'smaller']);
    largeRelease();
    smallerRelease();
  });

  it('refuses at once when the queue is full, with a Retry-After', async () => {
    const g = gate({ maxQueued: 2 });
    const holder = admitted(await g.admit(100 * MB));
    const queued = [g.admit(50 * MB), g.admit(50 * MB)];
    expect(await g.admit(2 * MB)).toEqual({
      admitted: false,
      reason: 'queue-full',
      retryAfterSeconds: 7,
    });
    holder();
    for (const admission of await Promise.all(queued)) admitted(admission)();
  });

  it('refuses a call that waited maxWaitMs, and the next in line moves up', async () => {
    const g = gate({ maxWaitMs: 1000 });
    const holder = admitted(await g.admit(90 * MB));
    const head = g.admit(50 * MB);
    await vi.advanceTimersByTimeAsync(500);
    const next = g.admit(5 * MB);
    await vi.advanceTimersByTimeAsync(499);
    expect(await settled(head)).toBe('waiting');
    await vi.advanceTimersByTimeAsync(1);
    expect(await head).toMatchObject({ admitted: false, reason: 'timed-out' });
    // With the head gone, 90 + 5 fits: the second is admitted without waiting its own timeout.
    const release = admitted(await settled(next));
    expect(g.queued).toBe(0);
    release();
    holder();
    expect(g.inFlightBytes).toBe(0);
  });

  it('lets a caller that hangs up leave the queue, freeing its place', async () => {
    const g = gate({ maxQueued: 1 });
    const holder = admitted(await g.admit(100 * MB));
    const hangUp = new AbortController();
    const leaving = g.admit(50 * MB, hangUp.signal);
    hangUp.abort();
    expect(await leaving).toMatchObject({ admitted: false, reason: 'cancelled' });
    expect(g.queued).toBe(0);
    const next = g.admit(50 * MB);
    holder();
    admitted(await next)();
    const gone = new AbortController();
    gone.abort();
    expect(await g.admit(50 * MB, gone.signal)).toMatchObject({ reason: 'cancelled' });
  });

  it('counts a release once, however often it is called', async () => {
    const g = gate();
    const release = admitted(await g.admit(60 * MB));
    const other = admitted(await g.admit(40 * MB));
    release();
    release();
    expect(g.inFlightBytes).toBe(40 * MB);
    other();
    expect(g.inFlightBytes).toBe(0);
  });

  it('leaves no timer behind for an admitted call', async () => {
    const g = gate();
    const holder = admitted(await g.admit(100 * MB));
    const waiting = g.admit(50 * MB);
    holder();
    admitted(await waiting)();
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('connections per client', () => {
  it('counts open connections per address and says when one is past the limit', () => {
    const counter = new ConnectionCounter(2);
    expect(counter.open('127.0.0.1')).toBe(true);
    expect(counter.open('127.0.0.1')).toBe(true);
    expect(counter.open('127.0.0.1')).toBe(false);
    expect(counter.open('::1')).toBe(true);
    expect(counter.count('127.0.0.1')).toBe(3);
    counter.close('127.0.0.1');
    counter.close('127.0.0.1');
    expect(counter.open('127.0.0.1')).toBe(true);
    counter.close('127.0.0.1');
    counter.close('127.0.0.1');
    counter.close('::1');
    expect(counter.count('127.0.0.1')).toBe(0);
    expect(counter.count('::1')).toBe(0);
  });
});
