/**
 * How many large request bodies the host takes at once (issue 20: six parallel 130 MB calls took
 * browser mode to 1.9 GB). A call's body is buffered, parsed as JSON and its file decoded from
 * base64 before the handler runs, so a large call holds several times its size until it returns:
 * the host bounds the bytes of large bodies in flight, and keeps the rest waiting, unread.
 *
 * - A small body (under `smallBytes`) always passes: page loads, saves and lists never wait behind
 *   an upload.
 * - A large body is admitted while the large bytes in flight stay within `budgetBytes`; a body
 *   larger than the whole budget is admitted alone, when nothing else large is in flight.
 * - Otherwise it waits in a first-come, first-served queue (a smaller body never overtakes a
 *   larger one that came first, so the large one cannot starve). The queue holds at most
 *   `maxQueued` calls, each for at most `maxWaitMs`; past either the call is refused, and the
 *   person is told to try again once the other upload has finished.
 * - The admitted call gives its bytes back with `release()` once it has been answered: the parsed
 *   input and the decoded file live until the handler returns, not just until the body is read.
 *
 * Pure (no I/O): the host gives the sizes and calls release; timers are the only clock.
 */

export const BUSY_UPLOAD_MESSAGE =
  'Another large file is being uploaded; try again when it has finished.';

export interface UploadGateOptions {
  /** Bytes of large bodies that may be in flight at once. */
  readonly budgetBytes: number;
  /** Bodies smaller than this are never held back. */
  readonly smallBytes?: number;
  /** Large calls that may wait at once; one more is refused at once. */
  readonly maxQueued?: number;
  /** How long a large call may wait before it is refused. */
  readonly maxWaitMs?: number;
  /** What a refusal suggests as Retry-After, in seconds. */
  readonly retryAfterSeconds?: number;
}

export type Admission =
  | { readonly admitted: true; release(): void }
  | {
      readonly admitted: false;
      /** 'queue-full': refused on arrival; 'timed-out': waited maxWaitMs; 'cancelled': signal. */
      readonly reason: 'queue-full' | 'timed-out' | 'cancelled';
      readonly retryAfterSeconds: number;
    };

/** Under 1 MB: every call but a file upload. */
export const DEFAULT_SMALL_BYTES = 1024 * 1024;
export const DEFAULT_MAX_QUEUED = 8;
/** Long enough for a few 100 MB uploads ahead to be read and answered on a slow machine. */
export const DEFAULT_MAX_WAIT_MS = 60_000;
export const DEFAULT_RETRY_AFTER_SECONDS = 10;

interface Waiter {
  readonly bytes: number;
  readonly settle: (admission: Admission) => void;
  readonly timer: ReturnType<typeof setTimeout>;
  readonly detach: () => void;
}

export class UploadGate {
  readonly budgetBytes: number;
  readonly smallBytes: number;
  readonly maxQueued: number;
  readonly maxWaitMs: number;
  readonly retryAfterSeconds: number;
  #inFlightBytes = 0;
  #inFlightCalls = 0;
  readonly #queue: Waiter[] = [];

  constructor(options: UploadGateOptions) {
    this.budgetBytes = options.budgetBytes;
    this.smallBytes = options.smallBytes ?? DEFAULT_SMALL_BYTES;
    this.maxQueued = options.maxQueued ?? DEFAULT_MAX_QUEUED;
    this.maxWaitMs = options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS;
    this.retryAfterSeconds = options.retryAfterSeconds ?? DEFAULT_RETRY_AFTER_SECONDS;
  }

  /** Whether a body of this size is large (held to the budget). */
  isLarge(bytes: number): boolean {
    return bytes >= this.smallBytes;
  }

  /** Bytes of large bodies admitted and not yet released. */
  get inFlightBytes(): number {
    return this.#inFlightBytes;
  }

  /** Large calls waiting. */
  get queued(): number {
    return this.#queue.length;
  }

  /**
   * Admits a body of `bytes` now, later, or not at all. A small body is admitted at once with a
   * release that does nothing. `signal` (the caller hung up) takes a waiting call out of the queue.
   */
  admit(bytes: number, signal?: AbortSignal): Promise<Admission> {
    if (!this.isLarge(bytes)) return Promise.resolve({ admitted: true, release: () => undefined });
    if (signal?.aborted) return Promise.resolve(this.#refusal('cancelled'));
    if (this.#queue.length === 0 && this.#fits(bytes)) return Promise.resolve(this.#take(bytes));
    if (this.#queue.length >= this.maxQueued) return Promise.resolve(this.#refusal('queue-full'));
    return new Promise<Admission>((resolve) => {
      const onAbort = () => leave('cancelled');
      const leave = (reason: 'timed-out' | 'cancelled') => {
        const at = this.#queue.indexOf(waiter);
        if (at < 0) return;
        this.#queue.splice(at, 1);
        waiter.detach();
        resolve(this.#refusal(reason));
        // The head may have left: whoever is next may fit now.
        this.#admitWaiting();
      };
      const waiter: Waiter = {
        bytes,
        settle: resolve,
        timer: setTimeout(() => leave('timed-out'), this.maxWaitMs),
        detach: () => {
          clearTimeout(waiter.timer);
          signal?.removeEventListener('abort', onAbort);
        },
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#queue.push(waiter);
    });
  }

  #fits(bytes: number): boolean {
    return this.#inFlightCalls === 0 || this.#inFlightBytes + bytes <= this.budgetBytes;
  }

  #take(bytes: number): Admission {
    this.#inFlightBytes += bytes;
    this.#inFlightCalls += 1;
    let released = false;
    return {
      admitted: true,
      release: () => {
        if (released) return;
        released = true;
        this.#inFlightBytes -= bytes;
        this.#inFlightCalls -= 1;
        this.#admitWaiting();
      },
    };
  }

  /** Admits from the head of the queue while the head fits: first come, first served. */
  #admitWaiting(): void {
    for (;;) {
      const head = this.#queue[0];
      if (!head || !this.#fits(head.bytes)) return;
      this.#queue.shift();
      head.detach();
      head.settle(this.#take(head.bytes));
    }
  }

  #refusal(reason: 'queue-full' | 'timed-out' | 'cancelled'): Admission {
    return { admitted: false, reason, retryAfterSeconds: this.retryAfterSeconds };
  }
}
