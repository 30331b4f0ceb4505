import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from '../../src/server/paths';

export interface ServeRun {
  readonly process: ChildProcess;
  /** Resolves with the address printed, or rejects with what was printed before exiting. */
  readonly ready: Promise<string>;
  /** Resolves with the exit code. */
  readonly exited: Promise<number | null>;
  readonly output: () => string;
  stop(): Promise<number | null>;
}

export interface ServeOptions {
  readonly env?: NodeJS.ProcessEnv;
  /** Through npm itself, as a person types it (for timings: npm takes its own part of a start). */
  readonly npm?: boolean;
}

/** npm's own script, as npm names it to the scripts it runs (`npm run bench`). */
function npmCli(): string {
  const cli = process.env.npm_execpath;
  if (!cli) throw new Error('Run this through npm (npm run bench) to start the server with npm.');
  return cli;
}

/**
 * Runs `npm run serve` the way a user does (same launcher, so the built server; same arguments),
 * without npm.
 */
export function runServe(args: string[], options: ServeOptions = {}): ServeRun {
  const launch = options.npm
    ? [npmCli(), 'run', '--silent', 'serve', '--', ...args]
    : [path.join(projectRoot, 'scripts', 'serve.mjs'), ...args];
  const child = spawn(process.execPath, launch, {
    cwd: projectRoot,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    // npm passes no Ctrl-C on: as in a terminal, it goes to npm's whole process group.
    detached: options.npm === true,
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const ready = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      // One user's address carries its token; the shared server's does not.
      const match = /(?:open|shared at) (https?:\/\/127\.0\.0\.1:\d+\/(?:\?token=[0-9a-f]+)?)/.exec(
        output,
      );
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then((code) => reject(new Error(`serve exited with ${code}: ${output}`)));
  });
  // Tests of refusals await `exited`, not `ready`: its rejection is expected, not unhandled.
  ready.catch(() => undefined);
  return {
    process: child,
    ready,
    exited,
    output: () => output,
    stop: () => {
      if (child.exitCode !== null) return exited;
      if (options.npm && child.pid !== undefined) process.kill(-child.pid, 'SIGINT');
      else child.kill('SIGINT');
      return exited;
    },
  };
}
