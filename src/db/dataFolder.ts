import path from 'node:path';
import envPaths from 'env-paths';

export const DATABASE_FILE_NAME = 'workbench.sqlite';

/**
 * Where the Workbench keeps its data unless told otherwise, by OS convention:
 * Windows %LOCALAPPDATA%\LinkagesWorkbench\Data, macOS ~/Library/Application Support/LinkagesWorkbench,
 * Linux ~/.local/share/LinkagesWorkbench. Both shells use the same folder.
 */
export function defaultDataFolder(): string {
  return envPaths('LinkagesWorkbench', { suffix: '' }).data;
}

export function databaseFileIn(dataFolder: string): string {
  return path.join(dataFolder, DATABASE_FILE_NAME);
}
