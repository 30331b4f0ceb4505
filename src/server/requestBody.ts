/**
 * Reading an API call's JSON body within its bounds: a size limit, a stall timeout, and the upload
 * gate's say once a body without a declared length turns out to be large (uploadGate.ts).
 */
import { isAscii } from 'node:buffer';
import type http from 'node:http';
import type { Admission } from './uploadGate';

/** Content-Length as a number, or null when the body's length is not declared (chunked). */
export function declaredLength(req: http.IncomingMessage): number | null {
  const header = req.headers['content-length'];
  if (header === undefined) return null;
  const length = Number(header);
  // Node's parser has already refused a malformed length; this is belt and braces.
  return Number.isSafeInteger(length) && length >= 0 ? length : null;
}

export interface WhenLarge {
  /** Once this many bytes of a body without a declared length have come. */
  readonly afterBytes: number;
  /** Waits for the gate; reading stays paused meanwhile. */
  readonly admit: () => Promise<Admission>;
}

export type Refusal = Extract<Admission, { admitted: false }>;

export interface BodyBounds {
  readonly limit: number;
  readonly stallMs: number;
}

/**
 * The body, parsed. The bytes and their text are let go as soon as each has served: each is as large
 * as the body, and the parsed input (as large again) lives on through the handler.
 */
export async function readJson(
  req: http.IncomingMessage,
  bounds: BodyBounds,
  declared: number | null,
  whenLarge: WhenLarge | null,
): Promise<{ input: unknown } | 'too-large' | 'not-json' | Refusal> {
  const text = await readText(req, bounds, declared, whenLarge);
  if (typeof text !== 'string' || text === 'too-large') return text;
  try {
    return { input: text.length === 0 ? {} : JSON.parse(text) };
  } catch {
    return 'not-json';
  }
}

function readText(
  req: http.IncomingMessage,
  { limit, stallMs }: BodyBounds,
  declared: number | null,
  whenLarge: WhenLarge | null,
): Promise<string | 'too-large' | Refusal> {
  return new Promise((resolve, reject) => {
    // A declared length is filled into one buffer of that size (Node's parser stops a body at its
    // declared length): chunks and then their concatenation would hold the body twice.
    let whole: Buffer | null = declared !== null ? Buffer.allocUnsafe(declared) : null;
    let chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    let refused = false;
    let stall: ReturnType<typeof setTimeout> | undefined;
    // No byte for `stallMs`: the caller is gone or trickling, and gives its place back.
    const arm = () => {
      clearTimeout(stall);
      stall = setTimeout(() => req.destroy(new Error('The request body stalled.')), stallMs);
    };
    const disarm = () => clearTimeout(stall);
    arm();
    req.on('data', (chunk: Buffer) => {
      // Past the limit, or after a refusal, the rest is read and dropped, so the client gets its
      // answer instead of a reset.
      if (over || refused) return;
      arm();
      if (size + chunk.length > limit) {
        over = true;
        whole = null;
        chunks = [];
        return;
      }
      if (whole) chunk.copy(whole, size);
      else chunks.push(chunk);
      size += chunk.length;
      if (whenLarge && size >= whenLarge.afterBytes) {
        const { admit } = whenLarge;
        whenLarge = null;
        req.pause();
        disarm();
        admit().then((admission) => {
          if (admission.admitted) {
            arm();
            req.resume();
            return;
          }
          refused = true;
          chunks = [];
          resolve(admission);
        }, reject);
      }
    });
    req.on('end', () => {
      disarm();
      if (refused) return;
      if (over) return resolve('too-large');
      const body = whole ? whole.subarray(0, size) : Buffer.concat(chunks);
      whole = null;
      chunks = [];
      // JSON is ASCII but for the odd name: ASCII copies straight into a string, UTF-8 is checked.
      resolve(isAscii(body) ? body.toString('latin1') : body.toString('utf8'));
    });
    req.on('error', (error) => {
      disarm();
      reject(error);
    });
    req.on('close', () => {
      disarm();
      if (!req.complete) reject(new Error('The caller hung up.'));
    });
  });
}
