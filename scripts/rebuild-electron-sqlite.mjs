// `npm run rebuild:electron`: builds better-sqlite3 for Electron's ABI into native/electron/, leaving
// Node's build in node_modules untouched so tests and browser mode keep working (DESIGN.md). The
// package built is the encrypting one the app loads, better-sqlite3-multiple-ciphers (same API):
// a plain build there would ignore the passphrase and store the data unencrypted.
// Needs internet once (Electron's prebuilt addon or its headers).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const modules = path.join(root, 'node_modules');
const electronVersion = JSON.parse(
  fs.readFileSync(path.join(modules, 'electron', 'package.json'), 'utf8'),
).version;
const target = path.join(root, 'native', 'electron', 'better_sqlite3.node');

// Work on a copy: both tools write build/Release inside the package they run in.
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'linkages-electron-sqlite-'));
const engine = 'better-sqlite3-multiple-ciphers';
const copy = path.join(work, engine);
fs.cpSync(path.join(modules, engine), copy, {
  recursive: true,
  filter: (source) => !source.includes(`${path.sep}build${path.sep}`),
});

function run(args) {
  return spawnSync(process.execPath, args, { cwd: copy, stdio: 'inherit' }).status === 0;
}

const electronFlags = [
  `--runtime=electron`,
  `--target=${electronVersion}`,
  `--arch=${process.arch}`,
];
const prebuilt = run([path.join(modules, 'prebuild-install', 'bin.js'), ...electronFlags]);
const npmGyp = process.env.npm_execpath
  ? path.join(
      path.dirname(process.env.npm_execpath),
      '..',
      'node_modules',
      'node-gyp',
      'bin',
      'node-gyp.js',
    )
  : null;
const built =
  prebuilt ||
  (npmGyp !== null &&
    fs.existsSync(npmGyp) &&
    run([
      npmGyp,
      'rebuild',
      '--release',
      ...electronFlags,
      '--dist-url=https://electronjs.org/headers',
    ]));

const output = path.join(copy, 'build', 'Release', 'better_sqlite3.node');
if (!built || !fs.existsSync(output)) {
  console.error(
    `Could not build ${engine} for Electron ${electronVersion} (no prebuilt addon and no headers could be fetched). This step needs internet once; npm test and npm run serve do not need it.`,
  );
  process.exit(1);
}
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.copyFileSync(output, target);
fs.rmSync(work, { recursive: true, force: true });
console.log(`${engine} for Electron ${electronVersion} is in ${path.relative(root, target)}.`);
