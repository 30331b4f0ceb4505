/**
 * What the Electron preload exposes as window.linkages, and nothing more (DESIGN.md), and the
 * names both transports agree on. Plain types and constants: safe in every process.
 */
import type { Envelope } from './errors';

export interface PickedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** A picked file the shell would not read, and why, in words to show the person as they are. */
export interface RefusedFile {
  readonly name: string;
  readonly size: number;
  readonly refused: string;
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
  openFiles(options: OpenFilesOptions): Promise<(PickedFile | RefusedFile)[]>;
  saveFile(suggestedName: string, bytes: Uint8Array): Promise<SaveFileResult>;
}

/** Browser mode: the header that carries the per-launch token on every API call. */
export const TOKEN_HEADER = 'x-linkages-token';

export const BRIDGE_CHANNELS = {
  invoke: 'linkages:invoke',
  openFiles: 'linkages:open-files',
  saveFile: 'linkages:save-file',
} as const;
