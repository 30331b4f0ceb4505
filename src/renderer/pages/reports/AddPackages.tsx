import { useFileDrop } from '../../components/useFileDrop';
import { useAddPackages, type SentFile } from './useAddPackages';

const dateOf = (iso: string) => iso.slice(0, 16).replace('T', ' ');

/**
 * Adding county packages: a file input that takes many files (the way in for everyone, keyboard
 * included) inside a drop zone, then one line per file saying what became of it.
 */
export function AddPackages({ rollupId }: { rollupId: number }) {
  const { files, running, add, choose, stop } = useAddPackages(rollupId);
  const done = files.filter((f) => !('state' in f.outcome) || f.outcome.state === 'kept').length;
  const accepted = files.filter((f) => 'outcome' in f.outcome && f.outcome.outcome === 'accepted');

  const { over, zone } = useFileDrop(running, (files) => void add(files));

  return (
    <section aria-labelledby="add-packages-heading">
      <h2 id="add-packages-heading">Add county packages</h2>
      {/* Dropping is a mouse extra (useFileDrop); the file input inside is the keyboard way. */}
      <div className={over ? 'import-drop import-drop--over' : 'import-drop'} {...zone}>
        <label htmlFor="package-files">County report packages (.xlsx, any number at once)</label>
        <input
          id="package-files"
          type="file"
          multiple
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          disabled={running}
          aria-describedby="package-files-hint"
          onChange={(event) => {
            const picked = [...(event.currentTarget.files ?? [])];
            event.currentTarget.value = '';
            if (picked.length > 0) void add(picked);
          }}
        />
        <p id="package-files-hint" className="hint">
          Or drag the files from a folder and drop them here. Each file is checked on its own: a bad
          one is refused with the reason and the others still go in.
        </p>
      </div>
      <div className="toolbar">
        <p role="status">
          {files.length > 0 &&
            (running
              ? `Checking ${done + 1} of ${files.length}…`
              : `${accepted.length} of ${files.length} ${files.length === 1 ? 'file' : 'files'} added.`)}
        </p>
        {running && (
          <button type="button" onClick={stop}>
            Stop after this file
          </button>
        )}
      </div>
      {files.length > 0 && (
        <ul className="file-outcomes" aria-label="What became of each file">
          {files.map((entry) => (
            <li key={entry.key}>
              <strong>{entry.file.name}</strong>: <Outcome entry={entry} running={running} />
              {'outcome' in entry.outcome && entry.outcome.outcome === 'choose' && (
                <span className="button-row">
                  <button type="button" onClick={() => void choose(entry, true)}>
                    Use this file
                    <span className="visually-hidden"> for {entry.outcome.county.name}</span>
                  </button>
                  <button type="button" onClick={() => void choose(entry, false)}>
                    Keep the one in the roll-up
                    <span className="visually-hidden"> for {entry.outcome.county.name}</span>
                  </button>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Outcome({ entry, running }: { entry: SentFile; running: boolean }) {
  const { outcome } = entry;
  if ('state' in outcome) {
    if (outcome.state === 'adding') return <>checking…</>;
    if (outcome.state === 'kept') return <>not added; the package already in the roll-up stands.</>;
    return <>{running ? 'waiting.' : 'not sent (stopped).'}</>;
  }
  switch (outcome.outcome) {
    case 'accepted':
      return (
        <>
          added for {outcome.county.name}
          {outcome.replaced ? ', in place of the earlier package' : ''}.
        </>
      );
    case 'refused':
      return <span className="field-error">refused. {outcome.reason}</span>;
    case 'choose':
      return (
        <>
          the roll-up has {outcome.county.name}’s package already (“{outcome.existing.fileName}”,
          made {dateOf(outcome.existing.generatedAt)}); this one was made{' '}
          {dateOf(outcome.incoming.generatedAt)}. Which should stand?
        </>
      );
  }
}
