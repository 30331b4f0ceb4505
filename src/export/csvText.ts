/**
 * Writing CSV for analysts: RFC 4180 quoting, and text that a spreadsheet would run as a formula
 * (starting with =, +, -, @, tab or carriage return) kept as text with a leading apostrophe, the
 * usual defence against CSV injection. Numbers are written as numbers.
 */

const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvText(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(values: readonly (string | number)[]): string {
  return `${values.map((v) => (typeof v === 'number' ? String(v) : csvText(v))).join(',')}\r\n`;
}
