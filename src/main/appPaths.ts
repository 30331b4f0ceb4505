/**
 * In an installed Workbench the app is one archive, resources/app.asar. The operating system cannot
 * load a native addon or open a document from inside it, so the build unpacks those (asarUnpack,
 * electron-builder.config.ts) beside it into app.asar.unpacked; this is where they then are. Run
 * from a checkout, a path has no app.asar in it and comes back unchanged.
 */
export function unpackedPath(file: string): string {
  return file.replace(/([\\/])app\.asar(?=[\\/])/, '$1app.asar.unpacked');
}
