import type { Standing, Urgency } from '../../../core/workspace/standing';
import { formatDate } from '../../components/format';
import { hrefOf } from '../../navigation';
import { STEP_WORDS, standingLine, type Place } from './standingWords';

const href = (place: Place) => hrefOf(...place);

const SECTIONS: { urgency: Urgency; heading: string; none: string }[] = [
  { urgency: 'now', heading: 'Needs attention now', none: 'Nothing is overdue or running out.' },
  { urgency: 'soon', heading: 'Coming up', none: 'Nothing is due in the next weeks.' },
  { urgency: 'status', heading: 'Where things stand', none: '' },
];

/**
 * The county's standing, most pressing first. A county that has not started leads with its
 * getting-started steps instead: its lists would all be empty.
 */
export function CountyStanding({ standing }: { standing: Standing }) {
  const stepsDone = standing.steps.filter((s) => s.done).length;
  const starting = stepsDone === 0;
  const steps = stepsDone < standing.steps.length && <GettingStarted standing={standing} />;
  return (
    <>
      <p className="standing-as-of">As of {formatDate(standing.asOf)}.</p>
      {starting && steps}
      {!starting &&
        SECTIONS.map(({ urgency, heading, none }) => {
          const items = standing.items.filter((entry) => entry.urgency === urgency);
          if (items.length === 0 && none === '') return null;
          const id = `standing-${urgency}`;
          return (
            <section key={urgency} aria-labelledby={id} className={`standing standing--${urgency}`}>
              <h2 id={id}>{heading}</h2>
              {items.length === 0 ? (
                <p>{none}</p>
              ) : (
                <ul className="standing-list">
                  {items.map(({ item }, index) => {
                    const line = standingLine(item);
                    return (
                      <li key={`${item.kind}-${index}`}>
                        <span>{line.text}</span> <a href={href(line.place)}>{line.linkText}</a>
                      </li>
                    );
                  })}
                </ul>
              )}
            </section>
          );
        })}
      {!starting && steps}
    </>
  );
}

function GettingStarted({ standing }: { standing: Standing }) {
  const done = standing.steps.filter((s) => s.done).length;
  return (
    <section aria-labelledby="getting-started-heading" className="getting-started">
      <h2 id="getting-started-heading">Getting started</h2>
      <p>
        {done} of {standing.steps.length} steps done, in the toolkit’s order. Each step ticks itself
        when its data is in the Workbench.
      </p>
      <ol className="getting-started__steps">
        {standing.steps.map(({ step, done: isDone }) => (
          <li key={step} data-done={isDone}>
            <a href={href(STEP_WORDS[step].place)}>{STEP_WORDS[step].text}</a>
            <span className="getting-started__state">{isDone ? 'Done' : 'To do'}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
