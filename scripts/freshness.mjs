// Whether a build is older than its sources, by modification times. A file added or removed
// changes its folder's time, so folders count as well as files.
import fs from 'node:fs';
import path from 'node:path';

/** When `file` was last changed, in ms; 0 when it does not exist. */
function mtimeOf(file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

/** The newest change under `target`, itself included, passing over the paths in `skip`. */
function newestMtime(target, skip = []) {
  if (skip.includes(target)) return 0;
  let stat;
  try {
    stat = fs.statSync(target);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) {
    newest = Math.max(newest, newestMtime(path.join(target, entry), skip));
  }
  return newest;
}

/**
 * Whether a build must be made again: one of its `built` files is missing, or something under
 * `sources` (passing over `skip`) changed after the oldest of them.
 */
export function buildIsStale(built, sources, skip = []) {
  const oldest = Math.min(...built.map(mtimeOf));
  return oldest === 0 || sources.some((source) => newestMtime(source, skip) > oldest);
}
