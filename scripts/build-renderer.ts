import { buildRenderer } from '../src/server/rendererBuild';

await buildRenderer();
console.log('Renderer built into out/renderer.');
