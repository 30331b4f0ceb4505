/**
 * `npm run users`: the shared server's users, kept from a terminal on the server (issue 24).
 *   npm run users -- add NAME --role ROLE[:COUNTY] [--role ...] [--display-name "..."]
 *                        [--password-file FILE] [--oidc-subject ISSUER#SUBJECT]
 *   npm run users -- list | disable NAME | enable NAME
 *   npm run users -- reset NAME [--password-file FILE]     (signs the user out everywhere)
 *   npm run users -- roles NAME --role ROLE[:COUNTY] [...]  (replaces the user's roles)
 * COUNTY is a county's name or FIPS code; left out, the role is for every county (administrator
 * and oversight only). Passwords come from a file only this account can read, or are typed twice;
 * `add --oidc-subject` without a file makes a user who signs in through the identity provider only.
 * Every command takes --data DIR and --passphrase-file FILE as `npm run serve` does, and refuses
 * while the server holds the data folder. Exit codes: exitCodes.ts.
 */
import fs from 'node:fs';
import os from 'node:os';
import { DataFileError } from '../db/dataFileError';
import { databaseFileIn, openDataFolder } from '../db/dataFolder';
import { DataFolderInUse } from '../db/dataFolderLock';
import type { Workbench } from '../db/openDatabase';
import { EXIT_CODES } from './exitCodes';
import { dataFilePassphrase, PassphraseNeeded, PrivateFileRefused } from './passphraseSource';
import { migrationsFolder } from './paths';
import { PasswordRefused } from './users/newPassword';
import { readUsersArguments, UsageProblem, type UsersRequest } from './users/usersArguments';
import { runUsersCommand, UsersRefused } from './users/usersCommands';

function fail(code: number, message: string): never {
  console.error(message);
  process.exit(code);
}

async function open(request: UsersRequest): Promise<Workbench> {
  const { dataFolder } = request;
  // Only `add` may begin a data folder: the first administrator is added before the first start.
  if (request.action !== 'add' && !fs.existsSync(databaseFileIn(dataFolder))) {
    fail(EXIT_CODES.badArguments, `There is no Workbench data in ${dataFolder} (see --data DIR).`);
  }
  try {
    const passphrase = await dataFilePassphrase(dataFolder, request.passphraseFile);
    return await openDataFolder(dataFolder, {
      migrationsFolder,
      passphrase,
      onLost: () =>
        fail(
          EXIT_CODES.dataFolderInUse,
          `Stopped: another process took over the data folder ${dataFolder}. Nothing more was written.`,
        ),
    });
  } catch (error) {
    if (error instanceof PrivateFileRefused) fail(EXIT_CODES.badArguments, error.message);
    if (error instanceof PassphraseNeeded) fail(EXIT_CODES.dataFileUnusable, error.message);
    if (error instanceof DataFileError) fail(EXIT_CODES.dataFileUnusable, error.message);
    if (error instanceof DataFolderInUse) {
      // One writer per data file: changes go through the running server, where they are seen.
      fail(
        EXIT_CODES.dataFolderInUse,
        `The shared server holds the data folder ${dataFolder}${error.holder ? ` (process ${error.holder.pid} on ${error.holder.host})` : ''}: use the Administration page, or stop the server first.`,
      );
    }
    throw error;
  }
}

async function main(): Promise<void> {
  // The data, its backups and the lock stay private to this account (src/db/privateFiles.ts).
  process.umask(0o077);
  let request: UsersRequest;
  try {
    request = readUsersArguments(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageProblem) fail(EXIT_CODES.badArguments, error.message);
    throw error;
  }
  const workbench = await open(request);
  let lines: string[];
  try {
    lines = await runUsersCommand(
      workbench.db,
      request,
      `users command (${os.userInfo().username})`,
    );
  } catch (error) {
    workbench.close();
    const refused =
      error instanceof UsersRefused ||
      error instanceof PasswordRefused ||
      error instanceof PrivateFileRefused;
    if (refused) fail(EXIT_CODES.badArguments, error.message);
    throw error;
  }
  workbench.close();
  for (const line of lines) console.log(line);
  process.exit(EXIT_CODES.stopped);
}

main().catch((error: unknown) => {
  fail(EXIT_CODES.couldNotStart, `npm run users could not finish: ${(error as Error).message}`);
});
