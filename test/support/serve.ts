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

/** Runs `npm run serve` the way a user does (same entry point, same arguments), without npm. */
export function runServe(args: string[]): ServeRun {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(projectRoot, 'src', 'server', 'cli.ts'), ...args],
    { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const ready = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /open (http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]+)/.exec(output);
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
      if (child.exitCode === null) child.kill('SIGINT');
      return exited;
    },
  };
}
