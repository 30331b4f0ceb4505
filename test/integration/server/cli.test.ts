import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseFileIn } from '../../../src/db/dataFolder';
import { openDatabase } from '../../../src/db/openDatabase';
import { runServe } from '../../support/serve';
import { sha256, tempFolder } from '../../support/workbench';

describe('npm run serve', () => {
  it('starts on a fresh folder, answers, and closes the database cleanly on Ctrl-C', async () => {
    const data = tempFolder();
    const serve = runServe(['--data', data, '--port', '0']);
    const url = await serve.ready;
    expect(serve.output()).toContain(`data in ${data}`);
    const token = new URL(url).searchParams.get('token') ?? '';
    const reply = await fetch(new URL('/api/system.info', url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-linkages-token': token },
      body: '{}',
    });
    expect(reply.status).toBe(200);
    expect(await serve.stop()).toBe(0);
    // A clean close checkpoints the WAL into the main file.
    expect(fs.existsSync(`${databaseFileIn(data)}-wal`)).toBe(false);
  });

  it('exits 3 with a plain message on a corrupt data file, and leaves it as it was', async () => {
    const data = tempFolder();
    const file = databaseFileIn(data);
    fs.writeFileSync(file, 'this is not a database, but it is somebody’s file'.repeat(200));
    const before = sha256(file);
    const serve = runServe(['--data', data, '--port', '0']);
    expect(await serve.exited).toBe(3);
    expect(serve.output()).toMatch(/not a readable database/);
    expect(sha256(file)).toBe(before);
  });

  it('exits 3 on a data file from a newer app', async () => {
    const data = tempFolder();
    openDatabase(databaseFileIn(data)).close();
    const raw = openDatabase(databaseFileIn(data));
    raw.sqlite
      .prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)')
      .run('next', 9e15);
    raw.close();
    const serve = runServe(['--data', data, '--port', '0']);
    expect(await serve.exited).toBe(3);
    expect(serve.output()).toMatch(/newer Linkages Workbench/);
  });

  it('refuses --demo on a folder that already holds a database (exit 2)', async () => {
    const data = tempFolder();
    openDatabase(databaseFileIn(data)).close();
    const serve = runServe(['--data', data, '--demo', '--port', '0']);
    expect(await serve.exited).toBe(2);
    expect(serve.output()).toMatch(/--demo needs a fresh data folder/);
  });

  it('explains a bad --port (exit 2)', async () => {
    const serve = runServe(['--data', path.join(tempFolder(), 'x'), '--port', 'eighty']);
    expect(await serve.exited).toBe(2);
    expect(serve.output()).toMatch(/--port must be a whole number/);
  });
});
