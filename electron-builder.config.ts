/**
 * The desktop installers: a Windows installer (NSIS) and a Linux AppImage, built on a machine with
 * internet by `npm run dist:win` or `npm run dist:linux` (README, "Building the desktop
 * installer"). Electron cannot be fetched here, so test/unit/main/desktopBuild.test.ts checks this
 * file as configuration.
 */
import type { Configuration } from 'electron-builder';

const config: Configuration = {
  appId: 'org.linkages.workbench',
  productName: 'Linkages Workbench',
  directories: { output: 'dist-desktop' },
  // What the main process loads at run time, relative to app.getAppPath() (src/main/index.ts).
  // package.json and the production dependencies in node_modules are added by electron-builder.
  files: [
    'out/main/**',
    'out/preload/**',
    'out/renderer/**',
    'resources/**',
    'src/db/migrations/**',
    'native/electron/**',
    'README.md',
    // better-sqlite3 is loaded from native/electron (nativeBinding): its Node build and its C
    // sources would only make the installer larger.
    '!**/node_modules/better-sqlite3/{build,deps,src}/**',
    // The encrypting build the app loads (src/db/encryption.ts), likewise from native/electron.
    '!**/node_modules/better-sqlite3-multiple-ciphers/{build,deps,src}/**',
  ],
  asar: true,
  // The OS loads a native addon, and opens a document, only from a real file: these sit beside
  // app.asar in app.asar.unpacked, where src/main/appPaths.ts finds them.
  asarUnpack: ['**/*.node', 'README.md'],
  // `npm run rebuild:electron` has already built better-sqlite3 for Electron into native/electron;
  // electron-builder's own rebuild would replace Node's build in node_modules, which npm test and
  // browser mode need, with one the app never loads.
  npmRebuild: false,
  // Flipped in the Electron binary before signing: no running the app as plain Node, no
  // NODE_OPTIONS or --inspect to reach into it, cookies encrypted, and code only from an app.asar
  // whose integrity is checked (Windows and macOS check it; Linux has no check yet).
  // grantFileProtocolExtraPrivileges stays as Electron has it: the page is loaded from file://.
  electronFuses: {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableCookieEncryption: true,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
  },
  win: { target: [{ target: 'nsis', arch: ['x64'] }] },
  // Assisted, so county IT can choose "for all users" and the folder. Names without spaces, as the
  // README gives them.
  nsis: {
    oneClick: false,
    allowToChangeInstallationDirectory: true,
    artifactName: 'Linkages-Workbench-Setup-${version}.${ext}',
  },
  linux: { target: [{ target: 'AppImage', arch: ['x64'] }], category: 'Office' },
  appImage: { artifactName: 'Linkages-Workbench-${version}-${arch}.${ext}' },
};

export default config;
