import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Folders of a source checkout, as browser mode, scripts and benchmarks run from one. */
export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
export const rendererOutDir = path.join(projectRoot, 'out', 'renderer');
export const resourcesFolder = path.join(projectRoot, 'resources');
