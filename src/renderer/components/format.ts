import { dayInWords } from '../../core/dateWords';

/** Dates are stored as ISO strings; people read them as "Apr 14, 2026" (core/dateWords.ts). */
export const formatDate = dayInWords;

export function formatChange(change: number | null): string {
  if (change === null) return '–';
  if (change === 0) return '±0.0';
  return `${change > 0 ? '+' : '−'}${Math.abs(change).toFixed(1)}`;
}
