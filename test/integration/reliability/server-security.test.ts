/**
 * Browser mode as shipped: every answer the host gives (each built page and asset, the 404s, the
 * API's refusals and errors, even requests Node's own parser rejects) carries the security headers,
 * and no spelling of a path escapes the built renderer folder. The simpler traversal spellings are
 * pinned in test/integration/server (a synthetic folder); these aim at real files next to the build.
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  CONTENT_SECURITY_POLICY_META,
} from '../../../src/core/securityPolicy';
import type { Workbench } from '../../../src/db/openDatabase';
import { startHost, type RunningHost } from '../../../src/server/httpHost';
import { projectRoot, rendererOutDir } from '../../../src/server/paths';
import { buildRenderer } from '../../../src/server/rendererBuild';
import { databaseFileIn } from '../../../src/db/dataFolder';
import { openDatabase } from '../../../src/db/openDatabase';
import { serviceOver } from '../../support/workbench';

const TOKEN = 'security-test-token-0123456789abcdef';
/** Small, so the 413 needs no large upload. */
const MAX_BODY = 16 * 1024;
/** What must never come back: the project's package.json and the Electron main bundle. */
const OUTSIDE_MARKERS = ['"linkages-workbench"', 'BrowserWindow'];

let folder: string;
let workbench: Workbench;
let host: RunningHost;

beforeAll(async () => {
  // `npm test` builds before the tests; a bare integration run on a fresh clone builds here.
  if (!fs.existsSync(path.join(rendererOutDir, 'index.html'))) await buildRenderer();
  // One database for the whole file (the support helper closes its own after each test).
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'linkages-security-'));
  workbench = openDatabase(databaseFileIn(folder));
  host = await startHost({
    service: serviceOver(workbench),
    token: TOKEN,
    staticRoot: rendererOutDir,
    maxBodyBytes: MAX_BODY,
  });
}, 120_000);

afterAll(async () => {
  await host.close();
  workbench.close();
  fs.rmSync(folder, { recursive: true, force: true });
});

interface Reply {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

/** One request written byte for byte: neither fetch nor http.request would send most of these. */
function raw(requestLine: string, headers: Record<string, string> = {}, body = ''): Promise<Reply> {
  const head = { host: `127.0.0.1:${host.port}`, connection: 'close', ...headers };
  const text =
    `${requestLine}\r\n` +
    Object.entries(head)
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join('') +
    (body ? `content-length: ${Buffer.byteLength(body)}\r\n` : '') +
    `\r\n${body}`;
  return new Promise((resolve, reject) => {
    // Written, not ended: a half-closed socket may lose a streamed answer; `connection: close` ends it.
    const socket = net.connect(host.port, '127.0.0.1', () => socket.write(text));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => resolve(parse(Buffer.concat(chunks).toString('latin1'))));
  });
}

function parse(response: string): Reply {
  const [head = '', ...rest] = response.split('\r\n\r\n');
  const [statusLine = '', ...lines] = head.split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') };
}

const get = (target: string, headers?: Record<string, string>) =>
  raw(`GET ${target} HTTP/1.1`, headers);

function api(method: string, body: string, headers: Record<string, string> = {}) {
  return raw(
    `POST /api/${method} HTTP/1.1`,
    {
      'content-type': 'application/json',
      'x-linkages-token': TOKEN,
      ...headers,
    },
    body,
  );
}

function expectSecured(reply: Reply): void {
  expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  expect(reply.headers['x-content-type-options']).toBe('nosniff');
  expect(reply.headers['x-frame-options']).toBe('DENY');
}

function builtFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(folder, entry.name);
    return entry.isDirectory() ? builtFiles(file) : [file];
  });
}

describe('the Content-Security-Policy on every answer', () => {
  it('comes with every file of the built renderer, by GET and HEAD', async () => {
    const files = builtFiles(rendererOutDir);
    expect(files.length).toBeGreaterThan(2);
    for (const file of files) {
      const urlPath = '/' + path.relative(rendererOutDir, file).split(path.sep).join('/');
      for (const method of ['GET', 'HEAD']) {
        const reply = await raw(`${method} ${urlPath} HTTP/1.1`);
        expect(reply.status, `${method} ${urlPath}`).toBe(200);
        expectSecured(reply);
      }
    }
  });

  it('is also in the page itself, with no inline script for it to forbid', async () => {
    const page = await get(`/?token=${TOKEN}`);
    expect(page.status).toBe(200);
    expectSecured(page);
    // Electron loads the page from file://, where only the <meta> copy applies.
    expect(page.body.replaceAll('&#39;', "'")).toContain(CONTENT_SECURITY_POLICY_META);
    for (const script of page.body.match(/<script\b[^>]*>/g) ?? []) expect(script).toMatch(/src=/);
  });

  it.each([
    ['an unknown page', () => get('/reports/unknown'), 404],
    ['an unknown asset', () => get('/assets/missing.js'), 404],
    ['a POST to a page', () => raw('POST /index.html HTTP/1.1'), 405],
    ['an absolute-form target', () => get('http://127.0.0.1/index.html'), 400],
    ['a foreign Host', () => get('/', { host: 'rebound.example' }), 403],
    ['a NUL in the raw path', () => get('/index.html\0.js'), 400],
    ['a space in the raw path', () => get('/index .html'), 400],
    ['a broken header', () => raw('GET / HTTP/1.1', { 'bad header': 'x' }), 400],
    ['a call without the token', () => api('system.info', '{}', { 'x-linkages-token': '' }), 401],
    [
      'a call from another origin',
      () => api('system.info', '{}', { origin: 'http://evil.example' }),
      403,
    ],
    ['a GET of the API', () => get('/api/system.info'), 405],
    [
      'a call that is not JSON',
      () => api('system.info', 'x', { 'content-type': 'text/plain' }),
      415,
    ],
    ['a call too large', () => api('system.info', ' '.repeat(MAX_BODY + 1)), 413],
    ['a body that is not JSON', () => api('system.info', '{oops'), 400],
    ['input that fails validation', () => api('workspace.setCounty', '{"countyId":"x"}'), 400],
    ['an unknown method', () => api('no.such', '{}'), 404],
    ['a malformed method name', () => api('%E0%A4%A', '{}'), 400],
  ])('comes with %s', async (_what, send, status) => {
    const reply = await send();
    expect(reply.status).toBe(status);
    expectSecured(reply);
  });

  it('comes with an internal error', async () => {
    // A write that fails inside SQLite: the service answers Internal (500) without the cause.
    workbench.sqlite.exec(
      "CREATE TEMP TRIGGER refuse_settings BEFORE INSERT ON workspace_setting BEGIN SELECT RAISE(ABORT, 'disk says no'); END",
    );
    try {
      const reply = await api('workspace.setCounty', '{"countyId":49}');
      expect(reply.status).toBe(500);
      expect(reply.body).not.toContain('disk says no');
      expectSecured(reply);
    } finally {
      workbench.sqlite.exec('DROP TRIGGER refuse_settings');
    }
  });
});

describe('paths that try to leave the built renderer', () => {
  const absolute = path.join(projectRoot, 'package.json');
  it.each([
    '/..%5c..%5cpackage.json',
    '/%2e%2e%5c%2e%2e%5cpackage.json',
    '/..\\..\\package.json',
    '/assets/..\\..\\..\\package.json',
    '/%2E%2E%2F%2E%2E%2Fpackage.json',
    '/assets/%2e%2e/%2e%2e/%2e%2e/package.json',
    '/..%2f..%2fmain%2findex.js',
    '/%252e%252e/%252e%252e/package.json',
    '/%c0%ae%c0%ae/%c0%ae%c0%ae/package.json',
    `/${encodeURIComponent(absolute)}`,
    `/${absolute.replace(/^\//, '')}`,
    '/C:%5cWindows%5cwin.ini',
    '/index.html%00.js',
    '/%00/../../package.json',
  ])('refuses %s', async (target) => {
    const reply = await get(target);
    expect([400, 404]).toContain(reply.status);
    expectSecured(reply);
    for (const marker of OUTSIDE_MARKERS) expect(reply.body).not.toContain(marker);
  });

  it('reaches those files otherwise (the markers would be seen)', () => {
    expect(fs.readFileSync(absolute, 'utf8')).toContain(OUTSIDE_MARKERS[0]);
  });
});
