/**
 * Figures in the words a committee reads: short money ("$1.2 M"), whole percents, dates as
 * "Apr 14, 2026" and the time a report was made in the reader's own clock.
 */
const grouped = (whole: number) => String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/**
 * Money rounded for a sentence: "$1.2 M" from a million, "$85 K" from ten thousand, whole dollars
 * below. Tables beside the sentence keep the exact amount.
 */
export function shortMoney(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const dollars = Math.abs(cents) / 100;
  if (dollars >= 999_500) {
    const millions = (Math.round(dollars / 100_000) / 10).toFixed(1).replace(/\.0$/, '');
    return `${sign}$${millions} M`;
  }
  if (dollars >= 10_000) return `${sign}$${grouped(Math.round(dollars / 1000))} K`;
  return `${sign}$${grouped(Math.round(dollars))}`;
}

/** "$1,234.56", the exact amount for tables. */
export function exactMoney(cents: number): string {
  const abs = Math.abs(cents);
  const text = `$${grouped(Math.floor(abs / 100))}.${String(abs % 100).padStart(2, '0')}`;
  return cents < 0 ? `-${text}` : text;
}

/** part ÷ whole as a whole percent ("80%"), or null when the whole is 0. */
export function percentOf(part: number, whole: number): string | null {
  return whole === 0 ? null : `${Math.round((part / whole) * 100)}%`;
}

/** A share (0–1) as a percent with one decimal: "14.0%". */
export function shareWords(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

export const counted = (n: number, one: string, many: string) =>
  `${grouped(n)} ${n === 1 ? one : many}`;

export const count = (n: number) => grouped(n);

/** Minutes as hours with one decimal at most: 90 → 1.5. */
export const hoursOf = (minutes: number) => Math.round(minutes / 6) / 10;
