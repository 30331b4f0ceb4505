import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DataFileError } from '../../../src/db/dataFileError';
import { DataFolderInUse } from '../../../src/db/dataFolderLock';
import { KEPT_PASSPHRASE_FILE, keptPassphrase } from '../../../src/main/keptPassphrase';
import {
  EMPTY_PASSPHRASE,
  KEPT_NO_LONGER_OPENS,
  unlockWith,
  WRONG_PASSPHRASE,
  type PassphraseAnswer,
  type PassphraseRequest,
} from '../../../src/main/unlock';
import { FakeSafeStorage } from './fakeSafeStorage';

const RIGHT = 'the right passphrase';

/** A kept passphrase in memory, and data that opens only with RIGHT. */
function ports(
  options: { kept?: string | null; canKeep?: boolean; answers?: (PassphraseAnswer | null)[] } = {},
) {
  let stored = options.kept ?? null;
  const answers = [...(options.answers ?? [])];
  const kept = {
    canKeep: vi.fn(async () => options.canKeep ?? true),
    keep: vi.fn(async (passphrase: string) => {
      if (!(options.canKeep ?? true)) return false;
      stored = passphrase;
      return true;
    }),
    read: vi.fn(async () => stored),
    forget: vi.fn(() => {
      stored = null;
    }),
  };
  const asked: PassphraseRequest[] = [];
  const ask = vi.fn(async (request: PassphraseRequest) => {
    asked.push(request);
    if (answers.length === 0) throw new Error('asked more often than the test expected');
    return answers.shift() ?? null;
  });
  const open = vi.fn(async (passphrase: string) => {
    if (passphrase !== RIGHT) {
      throw new DataFileError('wrong-passphrase', 'The passphrase does not open the data file.');
    }
    return { opened: passphrase };
  });
  return { kept, ask, open, asked, stored: () => stored };
}

describe('opening encrypted data on the desktop', () => {
  it('opens with the kept passphrase without asking', async () => {
    const p = ports({ kept: RIGHT });
    expect(await unlockWith(p)).toEqual({ opened: RIGHT });
    expect(p.ask).not.toHaveBeenCalled();
    expect(p.kept.forget).not.toHaveBeenCalled();
  });

  it('forgets a kept passphrase that no longer opens the data, and asks, saying why', async () => {
    const p = ports({
      kept: 'an old passphrase',
      answers: [{ passphrase: RIGHT, remember: true }],
    });
    expect(await unlockWith(p)).toEqual({ opened: RIGHT });
    expect(p.kept.forget).toHaveBeenCalled();
    expect(p.asked).toEqual([{ problem: KEPT_NO_LONGER_OPENS, canRemember: true, remember: true }]);
    expect(p.stored()).toBe(RIGHT);
  });

  it('asks again after a wrong passphrase, with the message, and keeps the right one', async () => {
    const p = ports({
      answers: [
        { passphrase: 'a guess', remember: true },
        { passphrase: RIGHT, remember: true },
      ],
    });
    expect(await unlockWith(p)).toEqual({ opened: RIGHT });
    expect(p.asked).toEqual([
      { problem: null, canRemember: true, remember: true },
      { problem: WRONG_PASSPHRASE, canRemember: true, remember: true },
    ]);
    expect(WRONG_PASSPHRASE).toMatch(/^That is not the passphrase/);
    expect(p.kept.keep).toHaveBeenCalledExactlyOnceWith(RIGHT);
  });

  it('keeps nothing when "Remember" is unticked, and shows it unticked on a retry', async () => {
    const p = ports({
      answers: [
        { passphrase: 'a guess', remember: false },
        { passphrase: RIGHT, remember: false },
      ],
    });
    await unlockWith(p);
    expect(p.asked[1]).toMatchObject({ remember: false });
    expect(p.kept.keep).not.toHaveBeenCalled();
    expect(p.kept.forget).toHaveBeenCalled();
    expect(p.stored()).toBeNull();
  });

  it('offers no "Remember" where there is no keyring, and asks at each start', async () => {
    const p = ports({ canKeep: false, answers: [{ passphrase: RIGHT, remember: true }] });
    expect(await unlockWith(p)).toEqual({ opened: RIGHT });
    expect(p.asked).toEqual([{ problem: null, canRemember: false, remember: false }]);
    expect(p.kept.keep).not.toHaveBeenCalled();
    expect(p.stored()).toBeNull();
  });

  it('quits (null) when the person cancels, after any number of tries', async () => {
    const p = ports({ answers: [{ passphrase: 'a guess', remember: true }, null] });
    expect(await unlockWith(p)).toBeNull();
    expect(p.open).toHaveBeenCalledTimes(1);
    expect(p.stored()).toBeNull();
  });

  it('asks again for an empty passphrase without trying it', async () => {
    const p = ports({
      answers: [
        { passphrase: '', remember: true },
        { passphrase: RIGHT, remember: true },
      ],
    });
    await unlockWith(p);
    expect(p.asked[1]?.problem).toBe(EMPTY_PASSPHRASE);
    expect(p.open).toHaveBeenCalledExactlyOnceWith(RIGHT);
  });

  it('stops the start on anything but a wrong passphrase (a held folder, a damaged file)', async () => {
    const p = ports({ answers: [{ passphrase: RIGHT, remember: true }] });
    p.open.mockRejectedValueOnce(new DataFolderInUse('/data', null));
    await expect(unlockWith(p)).rejects.toBeInstanceOf(DataFolderInUse);
    const damaged = ports({ kept: RIGHT });
    damaged.open.mockRejectedValueOnce(new DataFileError('corrupt', 'The data file is damaged.'));
    await expect(unlockWith(damaged)).rejects.toThrow('damaged');
    expect(damaged.kept.forget).not.toHaveBeenCalled();
  });
});

describe('with the kept passphrase on disk', () => {
  let folder: string;
  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'unlock-'));
  });
  afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('replaces a kept passphrase that no longer opens the data with the one typed', async () => {
    const file = path.join(folder, KEPT_PASSPHRASE_FILE);
    const kept = keptPassphrase({ safeStorage: new FakeSafeStorage(), file, platform: 'win32' });
    await kept.keep('the passphrase before it was changed elsewhere');
    const asked: PassphraseRequest[] = [];
    const opened = await unlockWith({
      kept,
      ask: async (request) => {
        asked.push(request);
        return { passphrase: RIGHT, remember: true };
      },
      open: ports().open,
    });
    expect(opened).toEqual({ opened: RIGHT });
    expect(asked.map((request) => request.problem)).toEqual([KEPT_NO_LONGER_OPENS]);
    expect(await kept.read()).toBe(RIGHT);
  });
});
