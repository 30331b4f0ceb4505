/** Why a data file cannot be opened. Start-up shows the message as it is and changes nothing in the file. */
export type DataFileProblem =
  | 'unreadable'
  | 'corrupt'
  | 'too-new'
  | 'unknown-history'
  | 'foreign'
  /** Encrypted (encryption.ts), and no passphrase was given. */
  | 'passphrase-needed'
  /** The passphrase given does not open it. */
  | 'wrong-passphrase'
  /** A passphrase was given for a file that is not encrypted. */
  | 'not-encrypted'
  /** A backup of a shared server's data in which no enabled user holds the administrator role. */
  | 'no-administrator';

export class DataFileError extends Error {
  constructor(
    readonly problem: DataFileProblem,
    message: string,
  ) {
    super(message);
    this.name = 'DataFileError';
  }
}
