/**
 * Issue 20: six parallel 130 MB API calls pushed browser mode to 1.9 GB. The host (alone in a child
 * process, so the test's own buffers are not counted) takes six such calls at once and must stay
 * under 1 GB resident, answer every one of them (the handler's answer, or a 503 that says to try
 * again), keep answering small calls meanwhile, and answer a small call afterwards.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../src/core/securityPolicy';
import { DEFAULT_MAX_BODY_BYTES } from '../../../src/server/httpHost';
import { projectRoot } from '../../../src/server/paths';
import { BUSY_UPLOAD_MESSAGE } from '../../../src/server/uploadGate';

const TOKEN = 'upload-bounds-token-0123456789abcdef';
const CALLS = 6;
const MB = 1024 * 1024;
/** The issue's figure: what the host may hold at its peak, start-up included. */
const RESIDENT_LIMIT = 1024 * MB;

let data: string | undefined;
let child: ChildProcess | undefined;
let port: number;
/** One request body, sent by every call: the test never holds six copies. */
let body: Buffer;

/**
 * A `fiscal.previewImport` call about `size` bytes long: a finance export of ~size × 3/4 bytes,
 * in base64. Its headers name no ledger field, so the handler reads the header row and answers
 * with the mapping's problems: the host's share of the memory is what is measured, not a parse.
 * Header and row are whole base64 groups (multiples of 3 bytes), so the encoded file is the
 * encoded header followed by the encoded row repeated, written straight into one buffer.
 */
function ledgerPreviewBody(size: number): Buffer {
  const header = Buffer.from('Column A,Column B,Column C\n');
  const row = Buffer.from(
    '2026-08-14,12.34,Office supplies for the front desk at the county annex\n',
  );
  expect(header.length % 3).toBe(0);
  expect(row.length % 3).toBe(0);
  const prefix = `{"countyId":49,"fileName":"ledger.csv","mapping":null,"bytesBase64":"${header.toString('base64')}`;
  const suffix = '"}';
  const rowText = row.toString('base64');
  const rows = Math.floor((size - prefix.length - suffix.length) / rowText.length);
  const out = Buffer.alloc(prefix.length + rows * rowText.length + suffix.length);
  out.write(prefix, 0, 'latin1');
  out.fill(rowText, prefix.length, prefix.length + rows * rowText.length, 'latin1');
  out.write(suffix, out.length - suffix.length, 'latin1');
  return out;
}

interface Answer {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly envelope: { ok: boolean; value?: unknown; error?: { kind: string; message: string } };
  readonly ms: number;
}

function call(method: string, payload: Buffer): Promise<Answer> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: `/api/${method}`,
        // A connection per call, as six browser tabs would open.
        agent: false,
        headers: {
          host: `127.0.0.1:${port}`,
          'content-type': 'application/json',
          'content-length': payload.length,
          'x-linkages-token': TOKEN,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString();
          try {
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              envelope: JSON.parse(text) as Answer['envelope'],
              ms: Date.now() - started,
            });
          } catch {
            reject(new Error(`answer ${res.statusCode} is not an envelope: ${text.slice(0, 200)}`));
          }
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** The host's resident memory now and at its peak (the kernel's high-water mark), in bytes. */
function residentMemory(pid: number): { now: number; peak: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) =>
    Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
  return { now: kb('VmRSS') * 1024, peak: kb('VmHWM') * 1024 };
}

const small = () => call('system.info', Buffer.from('{}'));

describe.runIf(process.platform === 'linux')('large uploads in flight', () => {
  beforeAll(async () => {
    data = fs.mkdtempSync(path.join(os.tmpdir(), 'linkages-upload-bounds-'));
    const host = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        path.join(projectRoot, 'test', 'support', 'uploadHostChild.ts'),
        data,
        TOKEN,
      ],
      { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child = host;
    port = await new Promise<number>((resolve, reject) => {
      let output = '';
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /listening on (\d+)/.exec(output);
        if (match?.[1]) resolve(Number(match[1]));
      };
      host.stdout?.on('data', onData);
      host.stderr?.on('data', onData);
      host.on('exit', (code) => reject(new Error(`the host exited with ${code}: ${output}`)));
    });
    body = ledgerPreviewBody(DEFAULT_MAX_BODY_BYTES - 64 * 1024);
  }, 60_000);

  afterAll(async () => {
    const host = child;
    if (host?.exitCode === null) {
      const exited = new Promise((resolve) => host.once('exit', resolve));
      host.kill('SIGTERM');
      await exited;
    }
    if (data) fs.rmSync(data, { recursive: true, force: true });
  });

  it(
    `stay under 1 GB when ${CALLS} calls of 130 MB arrive at once, and every call is answered`,
    { timeout: 90_000 },
    async () => {
      const pid = child?.pid ?? 0;
      const before = residentMemory(pid);
      let sampledPeak = before.now;
      const sampler = setInterval(() => {
        sampledPeak = Math.max(sampledPeak, residentMemory(pid).now);
      }, 50);
      const started = Date.now();
      let answers: Answer[];
      let meanwhile: Answer;
      try {
        const large = Array.from({ length: CALLS }, () => call('fiscal.previewImport', body));
        // A small call in the middle of them is not held up behind the uploads.
        await new Promise((resolve) => setTimeout(resolve, 300));
        meanwhile = await small();
        answers = await Promise.all(large);
      } finally {
        clearInterval(sampler);
      }
      const after = residentMemory(pid);
      console.log(
        `UPLOADS calls=${CALLS} body=${(body.length / MB).toFixed(1)}MB ` +
          `rss before=${(before.now / MB).toFixed(0)}MB peak=${(after.peak / MB).toFixed(0)}MB ` +
          `(sampled ${(sampledPeak / MB).toFixed(0)}MB) in ${Date.now() - started} ms; ` +
          `answers ${answers.map((a) => `${a.status}@${a.ms}ms`).join(' ')}; ` +
          `small call meanwhile ${meanwhile.status}@${meanwhile.ms}ms`,
      );

      expect(meanwhile.status).toBe(200);
      for (const answer of answers) {
        expect(answer.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
        if (answer.status === 503) {
          expect(answer.envelope.error?.message).toBe(BUSY_UPLOAD_MESSAGE);
          expect(Number(answer.headers['retry-after'])).toBeGreaterThan(0);
        } else {
          // The handler's own answer: the file was read, and its headers name no ledger field.
          expect(answer.status).toBe(200);
          expect(answer.envelope.ok).toBe(true);
        }
      }
      // At least the first is the handler's answer; the others wait their turn (on a slow machine
      // a late one may be told to try again instead).
      expect(answers.filter((a) => a.status === 200).length).toBeGreaterThanOrEqual(1);
      expect(after.peak).toBeLessThan(RESIDENT_LIMIT);
      expect((await small()).status).toBe(200);
    },
  );
});
