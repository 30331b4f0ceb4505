import fs from 'node:fs';
import { createRequire } from 'node:module';
import { FuseV1Options } from '@electron/fuses';
import { validateSchema } from 'app-builder-lib/out/util/config/schemaValidator';
import { describe, expect, it } from 'vitest';
import config from '../../../electron-builder.config';
import packageJson from '../../../package.json';

const require = createRequire(import.meta.url);
// The glob matcher electron-builder itself uses, with its options.
const { minimatch } = createRequire(require.resolve('app-builder-lib/package.json'))(
  'minimatch',
) as { minimatch: (file: string, pattern: string, options: { dot: boolean }) => boolean };
const matches = (file: string, pattern: string) => minimatch(file, pattern, { dot: true });

/** Whether a file goes into the app: the last pattern in the list that matches it decides. */
function selected(file: string, patterns: readonly string[]): boolean {
  let included = false;
  for (const pattern of patterns) {
    const exclusion = pattern.startsWith('!');
    if (matches(file, exclusion ? pattern.slice(1) : pattern)) included = !exclusion;
  }
  return included;
}
const files = config.files as string[];
const packaged = (file: string) => selected(file, files);
/** Production dependencies are all taken, minus the exclusions in `files` (getNodeModuleFileMatcher). */
const packagedDependency = (file: string) =>
  selected(file, ['**/*', ...files.filter((p) => p.startsWith('!'))]);

describe('the desktop build configuration', () => {
  it('is a configuration electron-builder accepts (its own schema and validator)', () => {
    const scheme: unknown = JSON.parse(
      fs.readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8'),
    );
    expect(() => validateSchema(scheme, structuredClone(config))).not.toThrow();
    expect(() =>
      validateSchema(scheme, { ...config, electronFuses: { runAsnode: false } }),
    ).toThrow(/electronFuses/);
  });

  it('sets the six fuses to the safe values, each a real fuse of @electron/fuses', () => {
    const fuses = config.electronFuses ?? {};
    expect(fuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
    // electron-builder sets FuseV1Options.<Key> from each <key> (platformPackager.generateFuseConfig).
    for (const key of Object.keys(fuses)) {
      const fuse = key[0]?.toUpperCase() + key.slice(1);
      expect(FuseV1Options[fuse as keyof typeof FuseV1Options], key).toBeTypeOf('number');
    }
  });

  it('builds a Windows installer (NSIS) and a Linux AppImage', () => {
    const targets = (platform: 'win' | 'linux') => {
      const options = config[platform];
      const list = typeof options === 'object' && options !== null ? options.target : undefined;
      return (Array.isArray(list) ? list : [list]).map((t) =>
        typeof t === 'string' ? t : t?.target,
      );
    };
    expect(targets('win')).toContain('nsis');
    expect(targets('linux')).toContain('AppImage');
    // The names the README gives.
    expect(config.nsis?.artifactName).toBe('Linkages-Workbench-Setup-${version}.${ext}');
    expect(config.appImage?.artifactName).toBe('Linkages-Workbench-${version}-${arch}.${ext}');
    expect(config.productName).toBe('Linkages Workbench');
  });

  it('packages what the main process loads at run time, in an asar, with native code unpacked', () => {
    expect(config.asar).toBe(true);
    for (const file of [
      packageJson.main,
      'out/main/jobWorker.js',
      'out/preload/index.cjs',
      'out/preload/passphrase.cjs',
      'out/renderer/index.html',
      'resources/readiness/instrument-v1.json',
      'src/db/migrations/meta/_journal.json',
      'native/electron/better_sqlite3.node',
      'README.md',
    ]) {
      expect(packaged(file), file).toBe(true);
    }
    expect(packaged('src/main/index.ts')).toBe(false);
    expect(packagedDependency('node_modules/better-sqlite3/lib/database.js')).toBe(true);
    expect(
      packagedDependency('node_modules/better-sqlite3/build/Release/better_sqlite3.node'),
    ).toBe(false);
    expect(packagedDependency('node_modules/better-sqlite3-multiple-ciphers/lib/database.js')).toBe(
      true,
    );
    expect(
      packagedDependency(
        'node_modules/better-sqlite3-multiple-ciphers/build/Release/better_sqlite3.node',
      ),
    ).toBe(false);
    const unpacked = [config.asarUnpack ?? []].flat();
    expect(unpacked.some((p) => matches('native/electron/better_sqlite3.node', p))).toBe(true);
    expect(unpacked.some((p) => matches('README.md', p))).toBe(true);
  });

  it('leaves the Electron build of better-sqlite3 to rebuild:electron, and Node’s build alone', () => {
    expect(config.npmRebuild).toBe(false);
    for (const platform of ['win', 'linux']) {
      const script = packageJson.scripts[`dist:${platform}` as keyof typeof packageJson.scripts];
      const steps = script.split(' && ');
      expect(steps.indexOf('npm run rebuild:electron')).toBeGreaterThan(-1);
      expect(steps.at(-1)).toBe(
        `electron-builder --config electron-builder.config.ts --${platform}`,
      );
    }
  });
});
