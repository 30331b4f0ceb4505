/**
 * `npm run move-in`: a county's data file from a laptop (the desktop app or one-user browser mode)
 * onto the shared server, with the server stopped (issue 24, part 8).
 *   npm run move-in -- --from FILE --data DIR [--replace] [--passphrase-file FILE]
 * The laptop's file is checked in full first; data already in DIR is kept unless --replace is
 * given, and then backed up first (backups/…-before-move-in.sqlite). --passphrase-file opens
 * whichever file is encrypted, as `npm run serve` takes it. Exit codes: exitCodes.ts.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DataFileError } from '../db/dataFileError';
import { DataFolderInUse, lockDataFolder, type DataFolderLock } from '../db/dataFolderLock';
import { EXIT_CODES } from './exitCodes';
import { MoveInRefused, moveInLaptopData, type MovedIn } from './moveIn/moveIn';
import {
  askPassphrase,
  passphraseFileFrom,
  PrivateFileRefused,
  readPassphraseFile,
} from './passphraseSource';
import { lookOfDataFile } from '../db/encryption';
import { databaseFileIn } from '../db/dataFolder';
import { migrationsFolder } from './paths';

export const MOVE_IN_USAGE =
  'Usage: npm run move-in -- --from FILE --data DIR [--replace] [--passphrase-file FILE]';

function fail(code: number, message: string): never {
  console.error(message);
  process.exit(code);
}

interface MoveInArguments {
  readonly from: string;
  readonly dataFolder: string;
  readonly replace: boolean;
  readonly passphraseFile: string | null;
}

function readArguments(args: string[]): MoveInArguments {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        from: { type: 'string' },
        data: { type: 'string' },
        replace: { type: 'boolean', default: false },
        'passphrase-file': { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    fail(EXIT_CODES.badArguments, `${(error as Error).message}\n${MOVE_IN_USAGE}`);
  }
  if (values.help) {
    console.log(MOVE_IN_USAGE);
    process.exit(EXIT_CODES.stopped);
  }
  // No default folder: the server's data folder is named, never guessed.
  if (!values.from || !values.data) {
    fail(
      EXIT_CODES.badArguments,
      `Give the laptop's file and the server's folder.\n${MOVE_IN_USAGE}`,
    );
  }
  return {
    from: path.resolve(values.from),
    dataFolder: path.resolve(values.data),
    replace: values.replace,
    passphraseFile: passphraseFileFrom(values['passphrase-file']),
  };
}

/** From the file when given; typed at the terminal when either file is encrypted; else none. */
async function passphraseFor(request: MoveInArguments): Promise<string | null> {
  if (request.passphraseFile) return readPassphraseFile(request.passphraseFile);
  const files = [request.from, databaseFileIn(request.dataFolder)];
  if (!files.some((file) => lookOfDataFile(file) === 'encrypted')) return null;
  const typed = await askPassphrase('The data is encrypted. Passphrase: ');
  if (typed === null) {
    fail(
      EXIT_CODES.dataFileUnusable,
      'The data is encrypted. Run from a terminal to type its passphrase, or give a file holding it that only this account can read: --passphrase-file FILE.',
    );
  }
  return typed;
}

function report(request: MoveInArguments, moved: MovedIn): string[] {
  const rows = (table: string, one: string, many: string) => {
    const count = moved.history[table] ?? 0;
    return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
  };
  const lines = [
    `Moved ${request.from} into ${request.dataFolder} (schema ${moved.schemaVersion}).`,
    `Kept ${rows('audit_event', 'audit entry', 'audit entries')} and ${rows('identifier_reveal', 'record', 'records')} of identifiers seen, as the laptop wrote them.`,
  ];
  if (moved.actors.length > 0) {
    lines.push(
      `They name the laptop's user (${moved.actors.join(', ')}); that is what happened, so they stay as they are.`,
    );
  }
  if (moved.backup)
    lines.push(`The server's data from before is backed up as backups/${moved.backup.name}.`);
  const data = JSON.stringify(request.dataFolder);
  lines.push(
    'Next:',
    `  1. Add the first administrator: npm run users -- add NAME --role administrator --data ${data}`,
    `  2. Add the county's staff: npm run users -- add NAME --role ROLE:COUNTY --data ${data}`,
    `  3. Start the server: npm run serve -- --shared --data ${data} (with --tls-cert/--tls-key or --trust-proxy)`,
  );
  return lines;
}

async function main(): Promise<void> {
  // The data, its backups and the lock stay private to this account (src/db/privateFiles.ts).
  process.umask(0o077);
  const request = readArguments(process.argv.slice(2));
  let lock: DataFolderLock;
  try {
    lock = await lockDataFolder(request.dataFolder, {
      onLost: () =>
        fail(
          EXIT_CODES.dataFolderInUse,
          `Stopped: another process took over the data folder ${request.dataFolder}.`,
        ),
    });
  } catch (error) {
    if (!(error instanceof DataFolderInUse)) throw error;
    fail(
      EXIT_CODES.dataFolderInUse,
      `A Workbench holds the data folder ${request.dataFolder}${error.holder ? ` (process ${error.holder.pid} on ${error.holder.host})` : ''}: stop the server first. Nothing was changed.`,
    );
  }
  let moved: MovedIn;
  try {
    const passphrase = await passphraseFor(request);
    moved = moveInLaptopData({ ...request, passphrase, migrationsFolder, lock });
  } catch (error) {
    lock.release();
    if (error instanceof PrivateFileRefused || error instanceof MoveInRefused) {
      fail(EXIT_CODES.badArguments, error.message);
    }
    if (error instanceof DataFileError) {
      fail(
        EXIT_CODES.dataFileUnusable,
        `${error.message}\nNothing was moved in; the server's data folder is as it was.`,
      );
    }
    throw error;
  }
  lock.release();
  for (const line of report(request, moved)) console.log(line);
  process.exit(EXIT_CODES.stopped);
}

main().catch((error: unknown) => {
  fail(EXIT_CODES.couldNotStart, `npm run move-in could not finish: ${(error as Error).message}`);
});
