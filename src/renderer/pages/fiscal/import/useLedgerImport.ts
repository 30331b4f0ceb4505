import { useEffect, useRef, useState } from 'react';
import { ApiError, type FieldIssue } from '../../../../api/errors';
import type { ImportPreview } from '../../../../api/fiscal/ledgerImport.contract';
import {
  checkMapping,
  type ColumnMapping,
  type LedgerField,
  type MappingProblem,
} from '../../../../core/fiscal/import/mapping';
import { reportError } from '../../../alerts';
import { invoke } from '../../../client/client';
import { fileAsBase64 } from '../../../client/files';
import { useJob } from '../../../components/useJob';
import { fileRefusal, mappingKey } from './importFile';

/** A select moved by arrow keys changes on every press; the file is read again once they stop. */
const RECHECK_MS = 350;

export interface ChosenFile {
  readonly name: string;
  readonly size: number;
}

export interface ImportFailure {
  readonly message: string;
  readonly issues: readonly FieldIssue[];
}

export interface ImportDone {
  readonly fileName: string;
  readonly rowCount: number;
  readonly totalCents: number;
}

/** Reading: the file is being read and checked for the first time. Importing: the one write. */
export type ImportPhase = 'idle' | 'reading' | 'importing';

function failureOf(error: unknown): ImportFailure {
  if (error instanceof ApiError) return { message: error.message, issues: error.issues };
  reportError(error);
  return { message: error instanceof Error ? error.message : String(error), issues: [] };
}

/**
 * The import page's state: the chosen file (read once into base64 and kept for every re-check),
 * the mapping on screen, and the preview of that mapping. A preview belongs to the mapping it was
 * asked with (previewKey); while they differ the page says "Checking…" and Import waits.
 */
export function useLedgerImport(countyId: number) {
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [bytesBase64, setBytes] = useState<string | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [previewKey, setPreviewKey] = useState<string | null>(null);
  const [phase, setPhase] = useState<ImportPhase>('idle');
  /** Why the file cannot be used: refused before sending, or unreadable to the service. */
  const [fileProblem, setFileProblem] = useState('');
  /** A re-check that failed, so the page stops saying "Checking…" for that mapping. */
  const [failedKey, setFailedKey] = useState<string | null>(null);
  const [failure, setFailure] = useState<ImportFailure | null>(null);
  const [done, setDone] = useState<ImportDone | null>(null);
  /** The file whose mapping, chosen here, was kept for this one. */
  const [carriedFrom, setCarriedFrom] = useState<string | null>(null);
  /**
   * The mapping last chosen on this page, and for which file: a corrected copy of a file keeps it
   * (the county's saved mapping changes only when an import succeeds).
   */
  const chosenMapping = useRef<{ fileName: string; mapping: ColumnMapping } | null>(null);
  /** Bumped when the file goes (cancel, import, a new pick): answers about the old one are dropped. */
  const generation = useRef(0);
  /** The running import job. */
  const job = useJob();
  /** The mapping last sent for a re-check: an answer about an earlier one arrives too late to show. */
  const wanted = useRef<string | null>(null);

  const headers = preview?.headers ?? [];
  const key = mapping ? mappingKey(mapping) : null;
  // The same rules the service applies. A mapping it cannot use is not sent: the service would
  // fall back to the county's saved mapping and answer about a mapping other than the one shown.
  const problems: MappingProblem[] = mapping && preview ? checkMapping(mapping, headers) : [];
  const stale = key !== null && key !== previewKey;
  const checking = stale && problems.length === 0 && key !== failedKey && phase === 'idle';
  const current = preview !== null && !stale && problems.length === 0 ? preview : null;

  useEffect(() => {
    if (!checking || !bytesBase64 || !file || !mapping || key === null) return;
    const asked = generation.current;
    const timer = setTimeout(() => {
      wanted.current = key;
      invoke('fiscal.previewImport', { countyId, fileName: file.name, bytesBase64, mapping })
        .then((answer) => {
          if (generation.current !== asked || wanted.current !== key) return;
          setPreview(answer);
          setPreviewKey(key);
        })
        .catch((error: unknown) => {
          if (generation.current !== asked || wanted.current !== key) return;
          setFailedKey(key);
          setFileProblem(failureOf(error).message);
        });
    }, RECHECK_MS);
    return () => clearTimeout(timer);
  }, [checking, bytesBase64, file, mapping, key, countyId]);

  function clear(): void {
    generation.current += 1;
    setFile(null);
    setBytes(null);
    setMapping(null);
    setPreview(null);
    setPreviewKey(null);
    setFailedKey(null);
    setFileProblem('');
    setFailure(null);
    setCarriedFrom(null);
    setPhase('idle');
  }

  async function choose(picked: File): Promise<void> {
    clear();
    setDone(null);
    const refusal = fileRefusal(picked);
    if (refusal) {
      setFileProblem(refusal);
      return;
    }
    const asked = generation.current;
    setFile({ name: picked.name, size: picked.size });
    setPhase('reading');
    try {
      const bytes = await fileAsBase64(picked);
      if (generation.current !== asked) return;
      // No mapping: the service offers the county's saved one when it fits, else a guess.
      const answer = await invoke('fiscal.previewImport', {
        countyId,
        fileName: picked.name,
        bytesBase64: bytes,
        mapping: null,
      });
      if (generation.current !== asked) return;
      setBytes(bytes);
      setPreview(answer);
      setPreviewKey(mappingKey(answer.mapping));
      const kept = chosenMapping.current;
      const keep =
        kept !== null &&
        mappingKey(kept.mapping) !== mappingKey(answer.mapping) &&
        checkMapping(kept.mapping, answer.headers).length === 0;
      // Kept, it differs from what the preview used, so the page checks the file again with it.
      setMapping(keep ? kept.mapping : answer.mapping);
      setCarriedFrom(keep ? kept.fileName : null);
    } catch (error) {
      if (generation.current !== asked) return;
      setFileProblem(failureOf(error).message);
    } finally {
      if (generation.current === asked) setPhase('idle');
    }
  }

  function mapField(field: LedgerField, header: string): void {
    if (!mapping || !file) return;
    const changed = { ...mapping, [field]: header === '' ? undefined : header };
    chosenMapping.current = { fileName: file.name, mapping: changed };
    setMapping(changed);
    setCarriedFrom(null);
    setFailure(null);
    setFileProblem('');
  }

  async function importRows(): Promise<void> {
    if (!file || !bytesBase64 || !mapping || !current) return;
    const asked = generation.current;
    setPhase('importing');
    setFailure(null);
    try {
      const started = await invoke('fiscal.startLedgerImport', {
        countyId,
        fileName: file.name,
        bytesBase64,
        mapping,
      });
      const ended = await job.follow(started);
      if (ended.state !== 'done') {
        if (generation.current !== asked) return;
        setFailure({
          message: ended.message ?? 'The import stopped; nothing was written.',
          issues: ended.problems.map((p) => ({
            path: `row ${p.row} · ${p.column}`,
            message: p.reason,
          })),
        });
        setPhase('idle');
        // Refused although the preview passed (a budget removed, the same file imported from
        // another window): read the file again. A cancelled import leaves the preview as it was.
        if (ended.state === 'failed') setPreviewKey(null);
        return;
      }
      const result = ended.result as { rowCount: number; totalCents: number };
      clear();
      // Saved for the county now: the next file starts from the service's offer.
      chosenMapping.current = null;
      setDone({ fileName: file.name, rowCount: result.rowCount, totalCents: result.totalCents });
    } catch (error) {
      if (generation.current !== asked) return;
      setFailure(failureOf(error));
      setPhase('idle');
      // The service checks everything again and found something the preview did not show (a
      // budget removed, the same file imported from another window): read the file again.
      setPreviewKey(null);
    }
  }

  return {
    file,
    mapping,
    /** The running import's stage and share (null when none runs), and Cancel. */
    progress: job.status,
    cancelling: job.cancelling,
    cancelImport: job.cancel,
    headers,
    problems,
    /** The preview of the mapping on screen; null while it is being checked or cannot be used. */
    preview: current,
    checking,
    phase,
    fileProblem,
    failure,
    carriedFrom,
    done,
    choose: (picked: File) => void choose(picked).catch(reportError),
    refuse: (message: string) => {
      clear();
      setDone(null);
      setFileProblem(message);
    },
    mapField,
    importRows: () => void importRows().catch(reportError),
    cancel: clear,
  };
}
