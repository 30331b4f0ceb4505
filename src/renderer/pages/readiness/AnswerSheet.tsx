import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { Instrument } from '../../../core/readiness/instrument';
import { reportError } from '../../alerts';
import { invoke } from '../../client/client';

const SCALE = [1, 2, 3, 4, 5, 0] as const;

/**
 * One respondent's answers, saved statement by statement as they are given. The sheet keeps its
 * own state once shown, and `version` is the respondent's version as this page last stored it.
 */
export function AnswerSheet({
  instrument,
  respondentId,
  initial,
  readOnly,
  version,
}: {
  instrument: Instrument;
  respondentId: number;
  initial: Record<string, number>;
  readOnly: boolean;
  version: RefObject<number>;
}) {
  const [answers, setAnswers] = useState<Record<string, number>>(initial);
  const [status, setStatus] = useState('');
  const queue = useRef(Promise.resolve());
  const sheet = useRef<HTMLDivElement>(null);
  const queryClient = useQueryClient();
  const items = instrument.items;
  const answered = items.filter((item) => answers[item.id] !== undefined).length;
  const domains = useMemo(
    () =>
      instrument.domains.map((domain) => ({
        domain,
        items: items
          .map((item, index) => ({ item, index }))
          .filter(({ item }) => item.domain === domain.id),
      })),
    [instrument, items],
  );

  /** Focuses a statement on the given value's radio, else its checked one, else its first. */
  function focusItem(index: number, value?: number): void {
    const group = sheet.current?.querySelector(`[data-item-index="${index}"]`);
    const target =
      (value === undefined
        ? null
        : group?.querySelector<HTMLInputElement>(`input[value="${value}"]`)) ??
      group?.querySelector<HTMLInputElement>('input:checked') ??
      group?.querySelector<HTMLInputElement>('input');
    target?.focus();
  }

  // Resume where the respondent stopped: the first statement without an answer.
  useEffect(() => {
    if (readOnly) return;
    const firstOpen = items.findIndex((item) => initial[item.id] === undefined);
    focusItem(firstOpen === -1 ? 0 : firstOpen);
    // Only when the sheet opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const pending = useRef(0);
  const failures = useRef(0);
  const answersKey = ['readiness.getAnswers', { respondentId }];

  /** Keeps the cached copy in step, so coming back to this respondent shows what was saved. */
  function cache(next: (answers: Record<string, number>) => Record<string, number>): void {
    queryClient.setQueryData<{ answers: Record<string, number> }>(answersKey, (old) =>
      old ? { ...old, answers: next(old.answers) } : old,
    );
  }

  function withAnswer(answers: Record<string, number>, itemId: string, answer: number | null) {
    return answer === null
      ? Object.fromEntries(Object.entries(answers).filter(([id]) => id !== itemId))
      : { ...answers, [itemId]: answer };
  }

  /**
   * Saves in the order given, one at a time, so a quick change of mind cannot land first. "All
   * answers saved" is said only when nothing is waiting and nothing failed since it was last said.
   */
  function save(itemId: string, answer: number | null): void {
    setAnswers((current) => withAnswer(current, itemId, answer));
    setStatus('Saving…');
    pending.current += 1;
    queue.current = queue.current.then(async () => {
      try {
        // Read when its turn comes: the save before it has moved the version on.
        const stored = await invoke('readiness.saveAnswers', {
          respondentId,
          version: version.current,
          answers: [{ itemId, answer }],
        });
        version.current = stored.version;
        cache((answers) => withAnswer(answers, itemId, answer));
      } catch (error) {
        failures.current += 1;
        reportError(error);
      }
      pending.current -= 1;
      if (pending.current > 0) return;
      if (failures.current === 0) {
        setStatus('All answers saved.');
        return;
      }
      const failed = failures.current;
      failures.current = 0;
      const stored = await invoke('readiness.getAnswers', { respondentId }).catch(() => null);
      if (stored) {
        setAnswers(stored.answers);
        cache(() => stored.answers);
      }
      setStatus(
        `${failed} ${failed === 1 ? 'answer was' : 'answers were'} not saved: the sheet now shows what is stored.`,
      );
    });
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    if (readOnly || event.altKey || event.ctrlKey || event.metaKey) return;
    const group = (event.target as HTMLElement).closest<HTMLElement>('[data-item-index]');
    if (!group) return;
    const index = Number(group.dataset.itemIndex);
    const item = items[index];
    if (!item) return;
    if (/^[0-5]$/.test(event.key)) {
      event.preventDefault();
      const value = Number(event.key);
      save(item.id, value);
      // On the last statement focus stays, on the answer just given (React has not re-rendered
      // the checked radio yet, so "the checked one" would still be the old answer).
      if (index === items.length - 1) focusItem(index, value);
      else focusItem(index + 1);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      // Up and down move between statements; left and right still change the answer.
      event.preventDefault();
      focusItem(
        event.key === 'ArrowDown' ? Math.min(index + 1, items.length - 1) : Math.max(index - 1, 0),
      );
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      save(item.id, null);
    }
  }

  return (
    <>
      <div className="entry-status">
        <progress max={items.length} value={answered} aria-label="Answered statements" />{' '}
        <span>
          {answered} of {items.length} answered
        </span>
        <span className="entry-status__saved" role="status">
          {status}
        </span>
      </div>
      {!readOnly && (
        <p className="keys-help">
          Keys: <kbd>1</kbd>–<kbd>5</kbd> answer and move on, <kbd>0</kbd> don’t know, <kbd>↑</kbd>{' '}
          <kbd>↓</kbd> previous or next statement, <kbd>←</kbd> <kbd>→</kbd> change the answer,{' '}
          <kbd>Delete</kbd> clear it.
        </p>
      )}
      {readOnly && <p className="notice">This round is closed: its answers are read-only.</p>}
      {/* Key handling for the statements inside; each statement is a native radio group. */}
      {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions */}
      <div ref={sheet} className="answer-sheet" onKeyDown={onKeyDown}>
        {domains.map(({ domain, items: domainItems }) => (
          <section key={domain.id} aria-labelledby={`domain-${domain.id}`}>
            <h2 id={`domain-${domain.id}`}>{domain.name}</h2>
            {domainItems.map(({ item, index }) => (
              <fieldset key={item.id} className="statement" data-item-index={index}>
                <legend>
                  <span className="statement__number">{index + 1}.</span> {item.text}
                </legend>
                <div className="scale">
                  {SCALE.map((value) => (
                    <label key={value} className="scale__choice">
                      <input
                        type="radio"
                        name={item.id}
                        value={value}
                        checked={answers[item.id] === value}
                        disabled={readOnly}
                        onChange={() => save(item.id, value)}
                      />
                      <span>
                        {value === 0
                          ? instrument.scale.dontKnow
                          : `${value} ${instrument.scale[String(value) as '1']}`}
                      </span>
                    </label>
                  ))}
                </div>
              </fieldset>
            ))}
          </section>
        ))}
      </div>
    </>
  );
}
