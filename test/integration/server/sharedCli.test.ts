/**
 * `npm run serve -- --shared` refuses to start as a county should not run it: with nobody to
 * administer it (printing the one command that makes the first administrator), on the network
 * without TLS, or with shared-server options but no --shared.
 */
import { describe, expect, it } from 'vitest';
import { EXIT_CODES } from '../../../src/server/exitCodes';
import { runServe } from '../../support/serve';
import { tempFolder } from '../../support/workbench';

describe('npm run serve -- --shared', () => {
  it('does not start without an administrator, and says how to make one', async () => {
    const folder = tempFolder();
    const run = runServe(['--shared', '--data', folder, '--listen', '127.0.0.1:0']);
    expect(await run.exited).toBe(EXIT_CODES.noAdministrator);
    expect(run.output()).toContain(
      `npm run users -- add NAME --role administrator --data "${folder}"`,
    );
  }, 60_000);

  it('does not listen on the network without TLS or the county’s proxy', async () => {
    const run = runServe(['--shared', '--data', tempFolder(), '--listen', '0.0.0.0:0']);
    expect(await run.exited).toBe(EXIT_CODES.badArguments);
    expect(run.output()).toMatch(/needs TLS.*--tls-cert FILE --tls-key FILE, or --trust-proxy/s);
  }, 60_000);

  it('takes the shared server’s options only with --shared', async () => {
    const run = runServe(['--data', tempFolder(), '--trust-proxy']);
    expect(await run.exited).toBe(EXIT_CODES.badArguments);
    expect(run.output()).toMatch(/are for the shared server: add --shared/);
  }, 60_000);
});
