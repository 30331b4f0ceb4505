/** Why a data file cannot be opened. Start-up shows the message as it is and changes nothing in the file. */
export type DataFileProblem = 'unreadable' | 'corrupt' | 'too-new' | 'unknown-history' | 'foreign';

export class DataFileError extends Error {
  constructor(
    readonly problem: DataFileProblem,
    message: string,
  ) {
    super(message);
    this.name = 'DataFileError';
  }
}
