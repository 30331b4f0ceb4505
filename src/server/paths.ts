import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The checkout's root: the nearest folder above this module with a package.json. This module runs
 * from src/server under tsx and from a chunk of out/server when built, so no fixed `../..` fits.
 */
function checkoutRoot(): string {
  let folder = path.dirname(fileURLToPath(import.meta.url));
  while (!fs.existsSync(path.join(folder, 'package.json'))) {
    const parent = path.dirname(folder);
    if (parent === folder) throw new Error('No package.json above the Workbench server.');
    folder = parent;
  }
  return folder;
}

/** Folders of a source checkout, as browser mode, scripts and benchmarks run from one. */
export const projectRoot = checkoutRoot();
export const rendererOutDir = path.join(projectRoot, 'out', 'renderer');
export const resourcesFolder = path.join(projectRoot, 'resources');
/** The shipped migrations, named from the checkout: the server may run from a bundle. */
export const migrationsFolder = path.join(projectRoot, 'src', 'db', 'migrations');
