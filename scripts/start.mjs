// `npm start`: the desktop app, or one clear line saying what is missing (DESIGN.md, "Native module").
import { spawnSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const electronDir = path.join(root, 'node_modules', 'electron');

function electronBinary() {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const binary = path.join(electronDir, 'dist', fs.readFileSync(pathFile, 'utf8'));
  return fs.existsSync(binary) ? binary : null;
}

function stop(line) {
  console.error(line);
  process.exit(1);
}

if (!electronBinary()) {
  // Electron fetches its program on first use; try once, quietly, before explaining.
  spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { stdio: 'ignore' });
  if (!electronBinary()) {
    stop(
      "Electron's program is not downloaded and this machine could not fetch it: on a machine with internet run `node node_modules/electron/install.js` then `npm run rebuild:electron`; meanwhile `npm run serve` runs the Workbench in your browser.",
    );
  }
}
if (!fs.existsSync(path.join(root, 'native', 'electron', 'better_sqlite3.node'))) {
  stop(
    'The database engine is not built for Electron yet: run `npm run rebuild:electron` (needs internet once); meanwhile `npm run serve` runs the Workbench in your browser.',
  );
}
const cli = path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
spawn(process.execPath, [cli, 'preview'], { stdio: 'inherit', cwd: root }).on('exit', (code) =>
  process.exit(code ?? 0),
);
