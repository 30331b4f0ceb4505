import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../src/core/securityPolicy';
import { startHost, type RunningHost } from '../../../src/server/httpHost';
import { openTempWorkbench, serviceOver, tempFolder } from '../../support/workbench';

const TOKEN = 'test-token-0123456789abcdef';
let host: RunningHost | undefined;

afterEach(async () => {
  await host?.close();
  host = undefined;
});

async function start(maxBodyBytes?: number) {
  const folder = tempFolder('linkages-static-');
  const staticRoot = path.join(folder, 'public');
  fs.mkdirSync(staticRoot);
  fs.writeFileSync(path.join(staticRoot, 'index.html'), '<!doctype html><title>ok</title>');
  fs.mkdirSync(path.join(staticRoot, 'assets'));
  fs.writeFileSync(path.join(staticRoot, 'assets', 'app.js'), 'console.log(1)');
  // A file beside the static root that traversal must not reach.
  fs.writeFileSync(path.join(folder, 'secret.txt'), 'secret');
  const workbench = openTempWorkbench();
  host = await startHost({
    service: serviceOver(workbench),
    token: TOKEN,
    staticRoot,
    maxBodyBytes,
  });
  return { port: host.port, workbench };
}

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** Raw requests: fetch would not let us forge Host. */
function request(
  port: number,
  options: {
    method?: string;
    path: string;
    headers?: Record<string, string>;
    body?: string | Buffer;
  },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: { host: `127.0.0.1:${port}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

function api(port: number, method: string, input: unknown, headers: Record<string, string> = {}) {
  return request(port, {
    method: 'POST',
    path: `/api/${method}`,
    headers: { 'content-type': 'application/json', 'x-linkages-token': TOKEN, ...headers },
    body: JSON.stringify(input),
  });
}

describe('browser-mode API', () => {
  it('answers a call with the token', async () => {
    const { port } = await start();
    const reply = await api(port, 'workspace.setCounty', { countyId: 49 });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({
      ok: true,
      value: { county: { id: 49, name: 'Sonoma', fips: '06097' } },
    });
    expect(reply.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses a call without the token or with a wrong one (401)', async () => {
    const { port } = await start();
    const without = await request(port, {
      method: 'POST',
      path: '/api/workspace.get',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(without.status).toBe(401);
    expect((await api(port, 'workspace.get', {}, { 'x-linkages-token': '' })).status).toBe(401);
    const wrong = await api(port, 'workspace.get', {}, { 'x-linkages-token': 'guess' });
    expect(wrong.status).toBe(401);
    expect(JSON.parse(wrong.body).error.message).toMatch(/token/);
  });

  it('refuses a foreign Host (403), even with the token', async () => {
    const { port } = await start();
    const reply = await api(port, 'workspace.get', {}, { host: `rebound.example:${port}` });
    expect(reply.status).toBe(403);
    const page = await request(port, { path: '/', headers: { host: 'rebound.example' } });
    expect(page.status).toBe(403);
  });

  it('refuses a cross-origin call (403), even with the token', async () => {
    const { port } = await start();
    const reply = await api(
      port,
      'workspace.setCounty',
      { countyId: 1 },
      { origin: 'http://127.0.0.1:9999' },
    );
    expect(reply.status).toBe(403);
    const ours = await api(port, 'workspace.get', {}, { origin: `http://127.0.0.1:${port}` });
    expect(ours.status).toBe(200);
  });

  it('refuses an oversize body (413) and writes nothing', async () => {
    const { port, workbench } = await start(1024);
    // A valid call, padded with whitespace past the limit: only the size can refuse it.
    const reply = await request(port, {
      method: 'POST',
      path: '/api/workspace.setCounty',
      headers: { 'content-type': 'application/json', 'x-linkages-token': TOKEN },
      body: `{"countyId": 49}${' '.repeat(2000)}`,
    });
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body).error.message).toMatch(/larger than/);
    expect(workbench.sqlite.prepare('SELECT count(*) AS n FROM audit_event').get()).toEqual({
      n: 0,
    });
  });

  it('refuses a body that grows past the limit without declaring its length (413)', async () => {
    const { port } = await start(1024);
    const reply = await request(port, {
      method: 'POST',
      path: '/api/workspace.get',
      headers: {
        'content-type': 'application/json',
        'x-linkages-token': TOKEN,
        'transfer-encoding': 'chunked',
      },
      body: Buffer.alloc(5000, 0x20),
    });
    expect(reply.status).toBe(413);
  });

  it('turns bad input into a ValidationError with the field path (400)', async () => {
    const { port } = await start();
    const reply = await api(port, 'workspace.setCounty', { countyId: 'Sonoma' });
    expect(reply.status).toBe(400);
    const { error } = JSON.parse(reply.body);
    expect(error.kind).toBe('ValidationError');
    expect(error.issues[0].path).toBe('countyId');
  });

  it('answers an unknown county with NotFound (404)', async () => {
    const { port } = await start();
    const reply = await api(port, 'workspace.setCounty', { countyId: 99 });
    expect(reply.status).toBe(404);
    expect(JSON.parse(reply.body).error.kind).toBe('NotFound');
  });

  it('accepts only JSON POSTs', async () => {
    const { port } = await start();
    expect((await api(port, 'workspace.get', {}, { 'content-type': 'text/plain' })).status).toBe(
      415,
    );
    const get = await request(port, {
      path: '/api/workspace.get',
      headers: { 'x-linkages-token': TOKEN },
    });
    expect(get.status).toBe(405);
    const broken = await request(port, {
      method: 'POST',
      path: '/api/workspace.get',
      headers: { 'content-type': 'application/json', 'x-linkages-token': TOKEN },
      body: '{not json',
    });
    expect(broken.status).toBe(400);
  });
});

describe('requests that must not take the server down', () => {
  it.each(['//[', '//evil.example/x', 'http://a:b'])(
    'answers %s with 400 and keeps serving',
    async (target) => {
      const { port } = await start();
      expect((await request(port, { path: target })).status).toBe(400);
      expect((await api(port, 'workspace.get', {})).status).toBe(200);
    },
  );

  it('answers a malformed method name with 400 and keeps serving', async () => {
    const { port } = await start();
    const reply = await request(port, {
      method: 'POST',
      path: '/api/%E0%A4%A',
      headers: { 'content-type': 'application/json', 'x-linkages-token': TOKEN },
      body: '{}',
    });
    expect(reply.status).toBe(400);
    expect((await api(port, 'workspace.get', {})).status).toBe(200);
  });

  it('survives a client that hangs up in the middle of its upload', async () => {
    const { port } = await start();
    await new Promise<void>((resolve) => {
      const req = http.request({
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/api/workspace.get',
        headers: {
          host: `127.0.0.1:${port}`,
          'content-type': 'application/json',
          'x-linkages-token': TOKEN,
          'content-length': 100_000,
        },
      });
      req.on('error', () => resolve());
      req.write('{"partial": ');
      setTimeout(() => {
        req.destroy();
        resolve();
      }, 50);
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await api(port, 'workspace.get', {})).status).toBe(200);
  });
});

describe('static pages', () => {
  it('serves the renderer with the Content-Security-Policy', async () => {
    const { port } = await start();
    const page = await request(port, { path: '/?token=abc' });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    const script = await request(port, { path: '/assets/app.js' });
    expect(script.headers['content-type']).toMatch(/javascript/);
    expect(script.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/%00',
    '/assets',
  ])('does not serve %s', async (urlPath) => {
    const { port } = await start();
    const reply = await request(port, { path: urlPath });
    expect(reply.status).toBe(404);
    expect(reply.body).not.toContain('secret');
  });
});
