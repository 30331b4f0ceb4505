import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { contract } from '../../../src/api/contract';
import {
  createDialogHandlers,
  fileSystemPorts,
  LARGEST_UPLOAD_MB,
  type DialogPorts,
} from '../../../src/main/dialogs';
import { createInvokeHandler } from '../../../src/main/ipc';
import { isTrustedSender } from '../../../src/main/navigationGuards';
import { openTempWorkbench, serviceOver } from '../../support/workbench';

const RENDERER = 'file:///app/out/renderer/index.html';
const fromRenderer = { senderFrame: { url: `${RENDERER}#/overview` } };

function handler() {
  const workbench = openTempWorkbench();
  return {
    workbench,
    invoke: createInvokeHandler(serviceOver(workbench), (url) => isTrustedSender(url, RENDERER)),
  };
}

describe('the IPC handler', () => {
  it('forwards {method, input} to the service and returns its envelope', async () => {
    const { invoke } = handler();
    expect(
      await invoke(fromRenderer, { method: 'workspace.setCounty', input: { countyId: 1 } }),
    ).toEqual({
      ok: true,
      value: { county: { id: 1, name: 'Alameda', fips: '06001' } },
    });
  });

  it('passes validation errors through with their field paths', async () => {
    const { invoke } = handler();
    const envelope = await invoke(fromRenderer, {
      method: 'workspace.setCounty',
      input: { countyId: 'one' },
    });
    expect(envelope).toMatchObject({
      ok: false,
      error: { kind: 'ValidationError', issues: [{ path: 'countyId' }] },
    });
  });

  it('accepts only contract methods', async () => {
    const { invoke } = handler();
    expect(
      await invoke(fromRenderer, { method: 'fs.readFile', input: '/etc/passwd' }),
    ).toMatchObject({
      ok: false,
      error: { kind: 'NotFound' },
    });
  });

  it('refuses malformed messages', async () => {
    const { invoke } = handler();
    for (const message of [
      null,
      'workspace.get',
      { method: 7 },
      { method: 'workspace.get', input: {}, extra: 1 },
    ]) {
      expect(await invoke(fromRenderer, message)).toMatchObject({
        ok: false,
        error: { kind: 'ValidationError' },
      });
    }
  });

  it('refuses senders other than our page, and does not run the call', async () => {
    const { invoke, workbench } = handler();
    const stranger = { senderFrame: { url: 'file:///tmp/evil.html' } };
    expect(
      await invoke(stranger, { method: 'workspace.setCounty', input: { countyId: 1 } }),
    ).toMatchObject({
      ok: false,
      error: { kind: 'Refused' },
    });
    expect(
      await invoke({ senderFrame: null }, { method: 'workspace.get', input: {} }),
    ).toMatchObject({ ok: false });
    expect(workbench.sqlite.prepare('SELECT count(*) AS n FROM workspace_setting').get()).toEqual({
      n: 0,
    });
  });
});

function fakePorts(overrides: Partial<DialogPorts> = {}): DialogPorts {
  return {
    showOpenDialog: vi.fn(async () => ({
      canceled: false,
      filePaths: ['/data/a.xlsx', '/data/b.csv'],
    })),
    showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/data/report.xlsx' })),
    fileSize: vi.fn(async () => 1024),
    readFile: vi.fn(async (file: string) => new TextEncoder().encode(file)),
    writeFile: vi.fn(async () => undefined),
    ...overrides,
  };
}

describe('dialog helpers', () => {
  it('open: returns each picked file as name and bytes', async () => {
    const ports = fakePorts();
    const files = await createDialogHandlers(ports).openFiles({
      title: 'Import',
      filters: [{ name: 'Workbooks', extensions: ['xlsx', 'csv'] }],
      multiple: true,
    });
    expect(files.map((f) => f.name)).toEqual(['a.xlsx', 'b.csv']);
    const first = files[0];
    expect(first && 'bytes' in first && new TextDecoder().decode(first.bytes)).toBe('/data/a.xlsx');
    expect(ports.showOpenDialog).toHaveBeenCalledWith(
      expect.objectContaining({ properties: ['openFile', 'multiSelections'] }),
    );
  });

  it('open: a file larger than any upload the service takes is refused unread, by its size', async () => {
    const limit = LARGEST_UPLOAD_MB * 1024 * 1024;
    const sizes: Record<string, number> = { '/data/a.xlsx': limit + 1, '/data/b.csv': limit };
    const ports = fakePorts({ fileSize: vi.fn(async (file: string) => sizes[file] ?? 0) });
    const files = await createDialogHandlers(ports).openFiles({
      title: 'Import',
      filters: [],
      multiple: true,
    });
    expect(ports.readFile).toHaveBeenCalledExactlyOnceWith('/data/b.csv');
    expect(files[0]).toEqual({
      name: 'a.xlsx',
      size: limit + 1,
      refused: `“a.xlsx” is ${LARGEST_UPLOAD_MB.toFixed(1)} MB; the Workbench takes files up to ${LARGEST_UPLOAD_MB} MB. Export it in parts (a shorter period each) and import each part.`,
    });
    expect(files[1]).toMatchObject({ name: 'b.csv', bytes: expect.any(Uint8Array) });
  });

  it('open: no contract method takes a file larger than the shell lets through', () => {
    const largestBase64 = Math.ceil((LARGEST_UPLOAD_MB * 1024 * 1024 * 4) / 3) + 4;
    const uploadCaps = Object.values(contract).flatMap(({ input }) => {
      const shape: Record<string, unknown> = input instanceof z.ZodObject ? input.shape : {};
      return shape.bytesBase64 instanceof z.ZodString ? [shape.bytesBase64.maxLength] : [];
    });
    expect(uploadCaps.length).toBeGreaterThanOrEqual(6);
    for (const cap of uploadCaps) expect(cap).toBeLessThanOrEqual(largestBase64);
    expect(uploadCaps).toContain(largestBase64);
  });

  it('open: a cancelled dialog gives no files', async () => {
    const ports = fakePorts({
      showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
    });
    expect(
      await createDialogHandlers(ports).openFiles({ title: 'x', filters: [], multiple: false }),
    ).toEqual([]);
  });

  it('save: writes the bytes where the user chose, or nothing when cancelled', async () => {
    const ports = fakePorts();
    const bytes = new Uint8Array([1, 2, 3]);
    expect(
      await createDialogHandlers(ports).saveFile({ suggestedName: 'report.xlsx', bytes }),
    ).toEqual({ saved: true });
    expect(ports.writeFile).toHaveBeenCalledWith('/data/report.xlsx', bytes);
    const cancelled = fakePorts({ showSaveDialog: vi.fn(async () => ({ canceled: true })) });
    expect(
      await createDialogHandlers(cancelled).saveFile({ suggestedName: 'r.xlsx', bytes }),
    ).toEqual({ saved: false });
    expect(cancelled.writeFile).not.toHaveBeenCalled();
  });

  it('save: refuses a suggested name that is a path', async () => {
    const ports = fakePorts();
    await expect(
      createDialogHandlers(ports).saveFile({
        suggestedName: '../../.bashrc',
        bytes: new Uint8Array(),
      }),
    ).rejects.toThrow();
    expect(ports.showSaveDialog).not.toHaveBeenCalled();
  });

  it.skipIf(process.platform === 'win32')(
    'save: the file is private to its owner (0600), new or replacing a readable one',
    async () => {
      const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'linkages-save-'));
      const fresh = path.join(folder, 'fresh.xlsx');
      const existing = path.join(folder, 'existing.xlsx');
      fs.writeFileSync(existing, 'old bytes', { mode: 0o644 });
      fs.chmodSync(existing, 0o644);
      for (const file of [fresh, existing]) {
        const ports = fakePorts({
          showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: file })),
          ...fileSystemPorts,
        });
        const bytes = new TextEncoder().encode('county figures');
        expect(
          await createDialogHandlers(ports).saveFile({ suggestedName: 'r.xlsx', bytes }),
        ).toEqual({ saved: true });
        expect(fs.statSync(file).mode & 0o777).toBe(0o600);
        expect(fs.readFileSync(file, 'utf8')).toBe('county figures');
      }
      fs.rmSync(folder, { recursive: true, force: true });
    },
  );
});
