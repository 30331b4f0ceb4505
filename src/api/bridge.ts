/**
 * What the Electron preload exposes as window.linkages, and nothing more (DESIGN.md).
 * Types only: the renderer and the preload both import this file, neither gets code from it.
 */
import type { Envelope } from './errors';

export interface PickedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface OpenFilesOptions {
  readonly title: string;
  /** e.g. [{ name: 'Workbooks', extensions: ['xlsx'] }] */
  readonly filters: readonly { name: string; extensions: readonly string[] }[];
  readonly multiple: boolean;
}

export interface SaveFileResult {
  readonly saved: boolean;
}

export interface LinkagesBridge {
  invoke(method: string, input: unknown): Promise<Envelope<unknown>>;
  openFiles(options: OpenFilesOptions): Promise<PickedFile[]>;
  saveFile(suggestedName: string, bytes: Uint8Array): Promise<SaveFileResult>;
}

export const BRIDGE_CHANNELS = {
  invoke: 'linkages:invoke',
  openFiles: 'linkages:open-files',
  saveFile: 'linkages:save-file',
} as const;
