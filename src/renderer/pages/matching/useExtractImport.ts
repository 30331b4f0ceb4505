import { useState } from 'react';
import type { Output } from '../../../api/contract';
import type { JobStatusOutput } from '../../../api/jobs/contract';
import {
  checkExtractMapping,
  type ExtractField,
  type ExtractMapping,
  type ExtractSide,
} from '../../../core/matching/linkage/extract';
import { invoke } from '../../client/client';
import { fileAsBase64 } from '../../client/files';
import { useJob } from '../../components/useJob';

export type FittingLayout = Output<'matching.readExtract'>['layouts'][number];

export type ExtractPhase = 'idle' | 'reading' | 'importing';

export interface ExtractFailure {
  readonly message: string;
  readonly problems: JobStatusOutput['problems'];
  readonly problemCount: number;
}

/**
 * One extract's import: the file read once, its headers and the mapping on screen (checked here
 * with the service's own rules), then the import as a job with progress and Cancel.
 */
export function useExtractImport(countyId: number, side: ExtractSide) {
  const [file, setFile] = useState<{ name: string; bytesBase64: string } | null>(null);
  const [headers, setHeaders] = useState<string[]>([]);
  const [mapping, setMapping] = useState<ExtractMapping>({});
  /** The county's saved layouts that fit this file's header, and the one chosen (0: none). */
  const [layouts, setLayouts] = useState<readonly FittingLayout[]>([]);
  const [layoutId, setLayoutId] = useState(0);
  const [phase, setPhase] = useState<ExtractPhase>('idle');
  const job = useJob();
  const [failure, setFailure] = useState<ExtractFailure | null>(null);
  const [done, setDone] = useState<string>('');
  const problems = file ? checkExtractMapping(mapping, headers) : [];

  async function choose(picked: File): Promise<void> {
    setPhase('reading');
    setFailure(null);
    setDone('');
    try {
      const bytesBase64 = await fileAsBase64(picked);
      const read = await invoke('matching.readExtract', {
        countyId,
        side,
        fileName: picked.name,
        bytesBase64,
      });
      setFile({ name: picked.name, bytesBase64 });
      setHeaders(read.headers);
      setMapping(read.mapping);
      setLayouts(read.layouts);
      setLayoutId(0);
    } catch (error) {
      setFile(null);
      setFailure({ message: messageOf(error), problems: [], problemCount: 0 });
    } finally {
      setPhase('idle');
    }
  }

  function mapField(field: ExtractField, header: string): void {
    setLayoutId(0);
    setMapping((current) => ({ ...current, [field]: header === '' ? undefined : header }));
  }

  /** Takes a saved layout's mapping whole; a field changed afterwards makes it the page's own. */
  function chooseLayout(id: number): void {
    const layout = layouts.find((l) => l.id === id);
    setLayoutId(layout ? id : 0);
    if (layout) setMapping(layout.mapping);
  }

  /** A layout just saved from this mapping fits this file: offer it at once. */
  function layoutSaved(layout: FittingLayout): void {
    setLayouts((current) => [...current.filter((l) => l.id !== layout.id), layout]);
    setLayoutId(layout.id);
  }

  async function start(): Promise<void> {
    if (!file) return;
    setPhase('importing');
    setFailure(null);
    try {
      const started = await invoke('matching.startImport', {
        countyId,
        side,
        fileName: file.name,
        bytesBase64: file.bytesBase64,
        mapping,
      });
      const ended = await job.follow(started);
      if (ended.state === 'done') {
        const rows = (ended.result as { rows: number }).rows;
        setDone(`Imported ${rows.toLocaleString('en-US')} persons from “${file.name}”.`);
        setFile(null);
        setHeaders([]);
      } else {
        setFailure({
          message: ended.message ?? 'The import stopped; nothing was imported.',
          problems: ended.problems,
          problemCount: ended.problemCount,
        });
      }
    } catch (error) {
      setFailure({ message: messageOf(error), problems: [], problemCount: 0 });
    } finally {
      setPhase('idle');
    }
  }

  return {
    file,
    headers,
    mapping,
    problems,
    layouts,
    layoutId,
    chooseLayout,
    layoutSaved,
    phase,
    progress: job.status,
    cancelling: job.cancelling,
    failure,
    done,
    choose,
    mapField,
    start,
    cancel: job.cancel,
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
