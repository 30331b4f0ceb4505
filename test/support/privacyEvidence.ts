/**
 * What the privacy scan reads, gathered as a test drives the Workbench: everything written to the
 * console and stdout/stderr, every refusal, and the packages, exports and answers it was given.
 */
import { vi } from 'vitest';
import type { Envelope } from '../../src/api/errors';
import type { Service } from '../../src/api/service';
import { pdfPages } from './pdfText';
import { type Finding, type IdentifierScanner, xlsxText } from './privacyScan';

export class PrivacyEvidence {
  readonly logs: string[] = [];
  readonly errors: string[] = [];
  readonly packages: [string, string][] = [];
  readonly exports: [string, string][] = [];
  /** Answers of methods that carry no identifiers by design (counts, case numbers, figures). */
  readonly responses: [string, string][] = [];

  constructor(private readonly service: Service) {}

  /** A call as a page makes it: a refusal is kept for the scan, and so is the answer if asked. */
  async call(method: string, input: unknown, keep: 'response' | 'none' = 'response') {
    const envelope = await this.service.handle(method, input);
    if (!envelope.ok) {
      this.errors.push(JSON.stringify(envelope.error));
      return null;
    }
    if (keep === 'response') this.responses.push([method, JSON.stringify(envelope.value)]);
    return envelope.value;
  }

  /** An export's workbook kept unzipped (its XML text), or its CSV text; the file is returned. */
  async exported(method: string, input: unknown, into: 'exports' | 'packages') {
    const file = (await this.service.invoke(method, input)) as {
      mediaType: string;
      bytesBase64: string;
    };
    const bytes = Buffer.from(file.bytesBase64, 'base64');
    const text = file.mediaType === 'text/csv' ? bytes.toString('utf8') : xlsxText(bytes);
    this[into].push([`${method} ${JSON.stringify(input)}`, text]);
    return file;
  }

  /** A PDF export, kept as the text a reader would copy from it (pdftotext); the file is returned. */
  async exportedPdf(method: string, input: unknown, into: 'exports' | 'packages') {
    const file = (await this.service.invoke(method, input)) as { bytesBase64: string };
    const text = pdfPages(Buffer.from(file.bytesBase64, 'base64')).join('\n');
    this[into].push([`${method} ${JSON.stringify(input)}`, text]);
    return file;
  }

  findings(scanner: IdentifierScanner): Finding[] {
    return [
      ...this.logs.flatMap((text) => scanner.scan('log', text)),
      ...this.errors.flatMap((text) => scanner.scan('error', text)),
      ...[...this.packages, ...this.exports, ...this.responses].flatMap(([where, text]) =>
        scanner.scan(where, text),
      ),
    ];
  }

  summary(scanner: IdentifierScanner): string {
    const bytes = this.logs.reduce((n, text) => n + Buffer.byteLength(text), 0);
    return `PRIVACY scanned logs=${bytes} errors=${this.errors.length} packages=${this.packages.length} exports=${this.exports.length} identifiers=${scanner.total} found=${this.findings(scanner).length}`;
  }
}

/**
 * Logging at its most verbose (LINKAGES_LOG=debug), and everything written to the console or to
 * stdout/stderr kept in `logs` instead of printed. Returns the undo.
 */
export function captureVerboseOutput(logs: string[]): () => void {
  const previous = process.env.LINKAGES_LOG;
  process.env.LINKAGES_LOG = 'debug';
  const write = (chunk: unknown) => void logs.push(String(chunk));
  const spies = [
    ...(['log', 'error', 'warn', 'info', 'debug'] as const).map((name) =>
      vi.spyOn(console, name).mockImplementation((...args) => write(args.join(' '))),
    ),
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (write(chunk), true)),
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (write(chunk), true)),
  ];
  return () => {
    for (const spy of spies) spy.mockRestore();
    if (previous === undefined) delete process.env.LINKAGES_LOG;
    else process.env.LINKAGES_LOG = previous;
  };
}

/** Calls to a running `npm run serve`, as its page makes them. */
export function poster(address: string) {
  const url = new URL(address);
  const token = url.searchParams.get('token') ?? '';
  return async (method: string, input: unknown): Promise<Envelope<unknown>> => {
    const reply = await fetch(new URL(`/api/${method}`, url), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-linkages-token': token,
        origin: url.origin,
      },
      body: JSON.stringify(input),
    });
    return (await reply.json()) as Envelope<unknown>;
  };
}
