import { ensureRendererBuilt } from '../../src/server/rendererBuild';

/** Build the pages once, before any test starts a server on them. */
export default async function setup(): Promise<void> {
  await ensureRendererBuilt((line) => console.log(line));
}
