import { useVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { RolloutTask } from '../../../api/program/rollout.contract';
import { TableScroll } from '../../components/TableScroll';
import { formatDate } from '../../components/format';
import { stageLabel, STATUS_TEXT } from './planView';
import { timelineScale } from './timelineScale';

/** Two lines of a task's name (program.css, .timeline__row). */
const ROW_PX = 40;
const AXIS_PX = 28;
/** A tick label further right would be cut off at the region's edge. */
const LAST_TICK_AT = 0.92;

/**
 * The plan as a Gantt-like chart: one bar per dated task from start to due, month ticks, today's
 * line. Rows are virtualized like the table's; the task table is its text alternative.
 */
export function PlanTimeline({
  tasks,
  today,
  overdue,
}: {
  tasks: readonly RolloutTask[];
  today: string;
  /** The plan's own overdue list, so chart and lists agree. */
  overdue: ReadonlySet<number>;
}) {
  const dated = useMemo(
    () =>
      tasks
        .filter((t) => t.startDate ?? t.dueDate)
        .sort(
          (a, b) =>
            (a.startDate ?? a.dueDate ?? '').localeCompare(b.startDate ?? b.dueDate ?? '') ||
            a.id - b.id,
        ),
    [tasks],
  );
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: dated.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_PX,
    overscan: 15,
    // The sticky axis sits above the rows inside the same scrolling region.
    scrollMargin: AXIS_PX,
  });
  const axis = useRef<HTMLDivElement>(null);
  const maxTicks = useTicksThatFit(axis, dated.length > 0);
  const scale = useMemo(() => timelineScale(dated, maxTicks), [dated, maxTicks]);
  const undated = tasks.length - dated.length;
  if (!scale) return <p>No task has dates yet: give tasks a start or due date to see them here.</p>;
  const percent = (x: number) => `${(x * 100).toFixed(3)}%`;
  const todayAt = scale.position(today);

  return (
    <figure className="timeline" aria-labelledby="timeline-caption">
      <figcaption id="timeline-caption">
        {dated.length} tasks from {formatDate(scale.from)} to {formatDate(scale.to)}, by start date.
        {undated > 0 && ` ${undated} without dates are not shown.`} The task table below lists the
        same tasks.
      </figcaption>
      <TableScroll label="Timeline of the rollout plan" ref={scroller} tall>
        <div className="timeline__axis" aria-hidden="true" ref={axis}>
          {scale.ticks
            .filter((tick) => tick.at < LAST_TICK_AT)
            .map((tick) => (
              <span key={tick.date} className="timeline__tick" style={{ left: percent(tick.at) }}>
                {tick.label}
              </span>
            ))}
        </div>
        <ul
          className="timeline__rows"
          style={{ height: virtualizer.getTotalSize() }}
          data-testid="timeline"
        >
          {virtualizer.getVirtualItems().map((item) => {
            const task = dated[item.index];
            if (!task) return null;
            const start = scale.position(task.startDate ?? task.dueDate ?? scale.from) ?? 0;
            const end = scale.position(task.dueDate ?? task.startDate ?? scale.to, true) ?? 1;
            const late = overdue.has(task.id);
            return (
              <li
                key={task.id}
                className="timeline__row"
                style={{ transform: `translateY(${item.start - AXIS_PX}px)` }}
                aria-setsize={dated.length}
                aria-posinset={item.index + 1}
              >
                <span className="timeline__label" title={task.title}>
                  {task.title}
                </span>
                <span className="timeline__track">
                  {todayAt !== null && (
                    <span className="timeline__today" style={{ left: percent(todayAt) }} />
                  )}
                  <span
                    className={`timeline__bar timeline__bar--${task.status}${late ? ' timeline__bar--overdue' : ''}`}
                    style={{ left: percent(start), width: percent(Math.max(end - start, 0.004)) }}
                  />
                  <span className="visually-hidden">
                    {`: ${stageLabel(task.stage)}, ${task.startDate ? formatDate(task.startDate) : 'no start'} to ${task.dueDate ? formatDate(task.dueDate) : 'no due date'}, ${STATUS_TEXT[task.status]}${late ? ', overdue' : ''}`}
                  </span>
                </span>
              </li>
            );
          })}
        </ul>
      </TableScroll>
      <ul className="timeline__legend" aria-label="Legend">
        {(['not-started', 'in-progress', 'done', 'blocked'] as const).map((status) => (
          <li key={status}>
            <span className={`timeline__swatch timeline__bar--${status}`} aria-hidden="true" />
            {STATUS_TEXT[status]}
          </li>
        ))}
        <li>
          <span className="timeline__swatch timeline__bar--overdue" aria-hidden="true" />
          Overdue (red outline)
        </li>
        <li>
          <span className="timeline__swatch timeline__swatch--today" aria-hidden="true" />
          Today (red line)
        </li>
      </ul>
    </figure>
  );
}

/** A month label ("Sep 2026") and the gap after it take about this many rem. */
const TICK_REM = 5.5;

/** How many month labels the axis holds side by side at its present width. */
function useTicksThatFit(
  axis: RefObject<HTMLDivElement | null>,
  /** Whether the axis is drawn: a plan without dates has none until a task gets one. */
  drawn: boolean,
): number | undefined {
  const [fit, setFit] = useState<number | undefined>();
  useLayoutEffect(() => {
    const element = axis.current;
    if (!element) return;
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    const measure = () => setFit(Math.max(1, Math.floor(element.clientWidth / (TICK_REM * rem))));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [axis, drawn]);
  return fit;
}
