import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { County } from '../../api/workspace/contract';
import { useApi, useApiMutation } from '../client/queries';

/** Names that start with the query come first, then names that contain it. */
export function filterCounties(counties: readonly County[], query: string): County[] {
  const q = query.trim().toLowerCase();
  if (q === '') return [...counties];
  const starts = counties.filter((c) => c.name.toLowerCase().startsWith(q));
  const contains = counties.filter(
    (c) => !c.name.toLowerCase().startsWith(q) && c.name.toLowerCase().includes(q),
  );
  return [...starts, ...contains];
}

/**
 * A searchable county combobox (WAI-ARIA 1.2 combobox with a listbox popup): type to filter,
 * arrows to move, Enter to choose, Escape to close.
 */
export function CountyPicker() {
  const counties = useApi('counties.list', {});
  const choose = useApiMutation('workspace.setCounty');
  const current = useApi('workspace.get', {}).data?.county;
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  // The county last chosen here, announced only while it is still the current one: after a
  // restored backup brings another county back, the announcement would no longer be true.
  const [chosenId, setChosenId] = useState<number | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const listboxId = `${id}-listbox`;
  const optionId = (countyId: number) => `${id}-county-${countyId}`;

  const matches = useMemo(() => filterCounties(counties.data ?? [], query), [counties.data, query]);
  const activeCounty = open ? matches[Math.min(active, matches.length - 1)] : undefined;
  const listShown = open && matches.length > 0;

  // The list scrolls: keep the highlighted county in sight as the arrows move it.
  useEffect(() => {
    if (activeCounty) {
      document
        .getElementById(`${id}-county-${activeCounty.id}`)
        ?.scrollIntoView({ block: 'nearest' });
    }
  }, [activeCounty, id]);

  function select(county: County | undefined): void {
    if (!county) return;
    choose.mutate({ countyId: county.id }, { onSuccess: () => setChosenId(county.id) });
    setQuery('');
    setOpen(false);
    setActive(0);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) setOpen(true);
        else setActive((i) => Math.min(i + 1, matches.length - 1));
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!open) {
          setOpen(true);
          setActive(matches.length - 1);
        } else setActive((i) => Math.max(i - 1, 0));
        break;
      case 'Home':
      case 'End':
        if (open && matches.length > 0) {
          event.preventDefault();
          setActive(event.key === 'Home' ? 0 : matches.length - 1);
        }
        break;
      case 'Enter':
        if (open) {
          event.preventDefault();
          select(activeCounty);
        }
        break;
      case 'Escape':
        if (open || query) {
          event.preventDefault();
          setOpen(false);
          setQuery('');
        }
        break;
    }
  }

  return (
    <div className="county-picker">
      <label htmlFor={`${id}-input`}>Change county</label>
      <input
        ref={inputRef}
        id={`${id}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder="Type a county name"
        aria-autocomplete="list"
        aria-expanded={listShown}
        aria-controls={listboxId}
        aria-activedescendant={activeCounty ? optionId(activeCounty.id) : undefined}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <div id={listboxId} role="listbox" aria-label="Counties" hidden={!listShown}>
        {matches.map((county) => (
          // Keyboard selection happens in the combobox input, through aria-activedescendant.
          // eslint-disable-next-line jsx-a11y/click-events-have-key-events
          <div
            key={county.id}
            id={optionId(county.id)}
            role="option"
            tabIndex={-1}
            aria-selected={county === activeCounty}
            // Keep focus in the input so the keyboard keeps working after a click.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => select(county)}
          >
            {county.name}
          </div>
        ))}
      </div>
      {open && matches.length === 0 && (
        <p className="county-picker__empty">
          {counties.isPending ? 'Loading counties…' : `No county matches “${query}”.`}
        </p>
      )}
      <p className="visually-hidden" role="status">
        {open
          ? counties.isPending
            ? 'Loading counties…'
            : `${matches.length} ${matches.length === 1 ? 'county matches' : 'counties match'}.`
          : current && current.id === chosenId
            ? `${current.name} County is now the current county.`
            : ''}
      </p>
    </div>
  );
}
