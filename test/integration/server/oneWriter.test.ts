import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupFolderFor } from '../../../src/db/system/backups';
import { databaseFileIn } from '../../../src/db/dataFolder';
import { lockFilePath, STALE_MS } from '../../../src/db/dataFolderLock';
import { EXIT_CODES } from '../../../src/server/exitCodes';
import { base64, CWS_CSV } from '../../support/matching';
import { runServe } from '../../support/serve';
import { tempFolder } from '../../support/workbench';

const modeOf = (target: string) => (fs.statSync(target).mode & 0o777).toString(8);

async function call(url: string, method: string, input: unknown = {}): Promise<Response> {
  const token = new URL(url).searchParams.get('token') ?? '';
  return fetch(new URL(`/api/${method}`, url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-linkages-token': token },
    body: JSON.stringify(input),
  });
}

describe('one writer per data folder', () => {
  it('refuses a second serve on the same folder, naming who holds it, with its own exit code', async () => {
    const data = tempFolder();
    const first = runServe(['--data', data, '--port', '0']);
    const url = await first.ready;
    try {
      const second = runServe(['--data', data, '--port', '0']);
      expect(await second.exited).toBe(EXIT_CODES.dataFolderInUse);
      expect(EXIT_CODES.dataFolderInUse).not.toBe(EXIT_CODES.badArguments);
      expect(second.output()).toContain(`The data folder ${data} is in use by another`);
      expect(second.output()).toContain(`process ${first.process.pid} on ${os.hostname()}`);
      expect(second.output()).toMatch(/since \d{4}-\d{2}-\d{2}T/);
      // The first one was not disturbed.
      expect((await call(url, 'system.info')).status).toBe(200);
    } finally {
      expect(await first.stop()).toBe(0);
    }
    // A clean stop releases the folder: the next start takes it at once.
    expect(fs.existsSync(lockFilePath(data))).toBe(false);
    const third = runServe(['--data', data, '--port', '0']);
    await third.ready;
    expect(await third.stop()).toBe(0);
  });

  it('lets the holding process’s own job workers at the file', async () => {
    const data = tempFolder();
    const serve = runServe(['--data', data, '--port', '0']);
    const url = await serve.ready;
    try {
      const extract = {
        countyId: 49,
        side: 'cws',
        fileName: 'cws.csv',
        bytesBase64: base64(CWS_CSV),
      };
      const read = (await (await call(url, 'matching.readExtract', extract)).json()) as {
        value: { mapping: Record<string, string> };
      };
      const started = (await (
        await call(url, 'matching.startImport', { ...extract, mapping: read.value.mapping })
      ).json()) as { value: { jobId: string } };
      let state = 'running';
      for (let tries = 0; state === 'running' && tries < 400; tries++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        const status = (await (
          await call(url, 'jobs.status', { jobId: started.value.jobId })
        ).json()) as { value: { state: string } };
        state = status.value.state;
      }
      expect(state).toBe('done');
      const extracts = (await (await call(url, 'matching.extracts', { countyId: 49 })).json()) as {
        value: unknown[];
      };
      expect(extracts.value).toHaveLength(1);
    } finally {
      await serve.stop();
    }
  });

  it('starts within the stale timeout plus 2 s after the holder was killed with SIGKILL', async () => {
    const data = tempFolder();
    const holder = runServe(['--data', data, '--port', '0']);
    await holder.ready;
    holder.process.kill('SIGKILL');
    await holder.exited;
    expect(fs.existsSync(lockFilePath(data))).toBe(true); // left behind by the dead process
    const started = Date.now();
    const next = runServe(['--data', data, '--port', '0']);
    const url = await next.ready;
    const waited = Date.now() - started;
    expect(waited).toBeLessThan(STALE_MS + 2000);
    expect((await call(url, 'system.info')).status).toBe(200);
    expect(await next.stop()).toBe(0);
  }, 30_000);

  it('keeps the data folder, database, logs, backups and lock private to the user', async () => {
    const data = path.join(tempFolder(), 'fresh');
    const serve = runServe(['--data', data, '--port', '0']);
    const url = await serve.ready;
    try {
      expect((await call(url, 'system.backupNow')).status).toBe(200);
      const file = databaseFileIn(data);
      const backups = backupFolderFor(file);
      expect(modeOf(data)).toBe('700');
      expect(modeOf(backups)).toBe('700');
      expect(modeOf(lockFilePath(data))).toBe('700');
      const files = [
        file,
        `${file}-wal`,
        `${file}-shm`,
        path.join(data, 'workbench.lock-holder.json'),
        ...fs.readdirSync(backups).map((name) => path.join(backups, name)),
      ];
      expect(files.length).toBeGreaterThan(4);
      expect(files.map((f) => [path.basename(f), modeOf(f)])).toEqual(
        files.map((f) => [path.basename(f), '600']),
      );
    } finally {
      await serve.stop();
    }
  });

  it('removes the demo’s temporary data folder when it stops', async () => {
    const serve = runServe(['--demo', '--port', '0']);
    await serve.ready;
    const folder = /data in (.+?); Ctrl-C/.exec(serve.output())?.[1] ?? '';
    expect(folder.startsWith(path.join(os.tmpdir(), 'linkages-demo-'))).toBe(true);
    expect(fs.existsSync(databaseFileIn(folder))).toBe(true);
    expect(await serve.stop()).toBe(0);
    expect(fs.existsSync(folder)).toBe(false);
  }, 60_000);
});
