/** The timeline's time axis: whole months around the plan's dates, with readable ticks. */
const DAY_MS = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const STEPS = [1, 2, 3, 6, 12, 24, 60, 120, 240, 600];
/** As many month labels as a laptop-wide axis holds without crowding. */
const MAX_TICKS = 12;
const JULY = 6;

const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const isoOf = (year: number, month: number) =>
  new Date(Date.UTC(year, month, 1)).toISOString().slice(0, 10);

export interface TimelineScale {
  readonly from: string;
  readonly to: string;
  readonly ticks: readonly { date: string; label: string; at: number }[];
  /** 0..1 across the axis; `endOfDay` puts a due date at the end of its day. Null outside. */
  position(iso: string, endOfDay?: boolean): number | null;
}

/** `maxTicks`: fewer on a narrow axis (a small window, 200% zoom), so labels never overlap. */
export function timelineScale(
  tasks: readonly { startDate: string | null; dueDate: string | null }[],
  maxTicks = MAX_TICKS,
): TimelineScale | null {
  let first = '';
  let last = '';
  for (const t of tasks) {
    for (const date of [t.startDate, t.dueDate]) {
      if (!date) continue;
      if (first === '' || date < first) first = date;
      if (last === '' || date > last) last = date;
    }
  }
  if (first === '') return null;
  const [fy = 2000, fm = 1] = first.split('-').map(Number);
  const [ly = 2000, lm = 1] = last.split('-').map(Number);
  const from = isoOf(fy, fm - 1);
  const to = isoOf(ly, lm); // the first day after the last month
  const start = dayOf(from);
  const span = dayOf(to) - start;
  const months = (ly - fy) * 12 + (lm - fm) + 1;
  const step =
    STEPS.find((s) => months / s <= Math.max(1, maxTicks)) ?? STEPS[STEPS.length - 1] ?? 12;
  const ticks = [];
  for (let m = 0; m < months; m++) {
    // Months counted from year 0, so every step of 3 or more lands in July, the state fiscal
    // year's first month (and a step of 12 or more on Julys a whole number of steps apart).
    const absolute = fy * 12 + (fm - 1) + m;
    if ((step >= 3 ? absolute - JULY : m) % step !== 0) continue;
    const year = Math.floor(absolute / 12);
    const month = absolute % 12;
    const date = isoOf(year, month);
    ticks.push({ date, label: `${MONTHS[month]} ${year}`, at: (dayOf(date) - start) / span });
  }
  return {
    from,
    to: new Date((dayOf(to) - 1) * DAY_MS).toISOString().slice(0, 10),
    ticks,
    position(iso, endOfDay = false) {
      const at = (dayOf(iso) + (endOfDay ? 1 : 0) - start) / span;
      return at < 0 || at > 1 ? null : at;
    },
  };
}
