/**
 * The host's bounds on large uploads in flight and on connections per client (issue 20), at a
 * small scale: "large" is 1 KB here, so each case takes milliseconds. The 130 MB case, with the
 * memory it is about, is uploadBounds.test.ts.
 */
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../src/core/securityPolicy';
import { TOO_MANY_CONNECTIONS_MESSAGE } from '../../../src/server/clientConnections';
import { startHost, type HostOptions, type RunningHost } from '../../../src/server/httpHost';
import { BUSY_UPLOAD_MESSAGE } from '../../../src/server/uploadGate';
import { openTempWorkbench, serviceOver, tempFolder } from '../../support/workbench';

const TOKEN = 'upload-gate-token-0123456789abcdef';
const LARGE = 4096;
/** A valid call, padded with spaces to LARGE bytes: only its size makes it large. */
const LARGE_BODY = Buffer.from(`{"countyId": 49}${' '.repeat(LARGE - 16)}`);

let host: RunningHost | undefined;
const sockets: net.Socket[] = [];

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await host?.close();
  host = undefined;
});

async function start(options: Partial<HostOptions> = {}): Promise<number> {
  const staticRoot = path.join(tempFolder('linkages-gate-'), 'public');
  fs.mkdirSync(staticRoot);
  host = await startHost({
    service: serviceOver(openTempWorkbench()),
    token: TOKEN,
    staticRoot,
    ...options,
    // One large call in flight at a time, one waiting.
    uploads: {
      budgetBytes: LARGE,
      smallBytes: 1024,
      maxQueued: 1,
      maxWaitMs: 5000,
      ...options.uploads,
    },
  });
  return host.port;
}

interface Reply {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly message: string | undefined;
}

interface Call {
  readonly request: http.ClientRequest;
  readonly reply: Promise<Reply>;
  /** Whether the reply has come yet. */
  answered(): boolean;
}

/** A call to workspace.setCounty whose body the test writes when it likes. */
function open(port: number, headers: Record<string, string | number>): Call {
  let done = false;
  let request!: http.ClientRequest;
  const reply = new Promise<Reply>((resolve, reject) => {
    request = http.request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/api/workspace.setCounty',
        agent: false,
        headers: {
          host: `127.0.0.1:${port}`,
          'content-type': 'application/json',
          'x-linkages-token': TOKEN,
          ...headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          done = true;
          const text = Buffer.concat(chunks).toString();
          const envelope = JSON.parse(text) as { error?: { message: string } };
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            message: envelope.error?.message,
          });
        });
      },
    );
    request.on('error', reject);
  });
  // A call the test abandons (the host closes under it) is not an unhandled rejection.
  reply.catch(() => undefined);
  return { request, reply, answered: () => done };
}

/** A large call with its length declared, of which only the first half is sent for now. */
function halfSent(port: number): Call {
  const call = open(port, { 'content-length': LARGE });
  call.request.write(LARGE_BODY.subarray(0, LARGE / 2));
  return call;
}

function finish(call: Call): void {
  call.request.end(LARGE_BODY.subarray(LARGE / 2));
}

function whole(port: number): Call {
  const call = open(port, { 'content-length': LARGE });
  call.request.end(LARGE_BODY);
  return call;
}

function small(port: number): Promise<Reply> {
  const call = open(port, {});
  call.request.end('{"countyId": 49}');
  return call.reply;
}

const settle = (ms = 100) => new Promise((resolve) => setTimeout(resolve, ms));

function expectBusy(reply: Reply): void {
  expect(reply.status).toBe(503);
  expect(reply.message).toBe(BUSY_UPLOAD_MESSAGE);
  expect(Number(reply.headers['retry-after'])).toBeGreaterThan(0);
  expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
}

describe('large uploads in flight', () => {
  it('holds a second large call until the first has been answered; small calls pass', async () => {
    const port = await start();
    const first = halfSent(port);
    await settle();
    const second = whole(port);
    await settle();
    expect(second.answered()).toBe(false);
    expect((await small(port)).status).toBe(200);
    finish(first);
    expect((await first.reply).status).toBe(200);
    expect((await second.reply).status).toBe(200);
  });

  it('refuses a large call at once when the queue is full (503, Retry-After)', async () => {
    const port = await start();
    const first = halfSent(port);
    await settle();
    const queued = whole(port);
    await settle();
    expectBusy(await whole(port).reply);
    finish(first);
    expect((await first.reply).status).toBe(200);
    expect((await queued.reply).status).toBe(200);
  });

  it('refuses a large call that has waited too long', async () => {
    const port = await start({ uploads: { maxWaitMs: 200 } });
    const first = halfSent(port);
    await settle();
    const started = Date.now();
    expectBusy(await whole(port).reply);
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
    finish(first);
    expect((await first.reply).status).toBe(200);
  });

  it('holds a body sent without its length once it has grown large', async () => {
    const port = await start();
    const first = halfSent(port);
    await settle();
    const chunked = open(port, { 'transfer-encoding': 'chunked' });
    chunked.request.end(LARGE_BODY);
    await settle();
    expect(chunked.answered()).toBe(false);
    finish(first);
    expect((await first.reply).status).toBe(200);
    expect((await chunked.reply).status).toBe(200);
  });

  it('gives the place of a caller that hung up while waiting to the next', async () => {
    const port = await start();
    const first = halfSent(port);
    await settle();
    const leaving = whole(port);
    await settle();
    leaving.request.destroy();
    await settle();
    // The queue holds one: without the hang-up this would be refused as the queue is full.
    const next = whole(port);
    await settle();
    expect(next.answered()).toBe(false);
    finish(first);
    expect((await next.reply).status).toBe(200);
  });

  it('drops a body that stalls, and gives its place back', async () => {
    const port = await start({ bodyStallMs: 200 });
    const stalled = halfSent(port);
    const dropped = stalled.reply.then(
      () => 'answered',
      () => 'dropped',
    );
    await settle();
    const next = whole(port);
    expect(await dropped).toBe('dropped');
    expect((await next.reply).status).toBe(200);
  });
});

describe('connections per client', () => {
  it('answers a connection past the limit with 503 and closes it', async () => {
    const port = await start({ maxConnectionsPerClient: 2 });
    for (let i = 0; i < 2; i++) {
      const socket = net.connect(port, '127.0.0.1');
      sockets.push(socket);
      await new Promise((resolve) => socket.once('connect', resolve));
    }
    await settle(50);
    const refused = await small(port);
    expect(refused.status).toBe(503);
    expect(refused.message).toBe(TOO_MANY_CONNECTIONS_MESSAGE);
    expect(refused.headers.connection).toBe('close');
    expect(refused.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    sockets.pop()?.destroy();
    await settle(50);
    expect((await small(port)).status).toBe(200);
  });
});
