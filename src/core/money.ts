/**
 * Money is integer cents everywhere (DOMAIN.md): parsed once at the edge, formatted once for display.
 * Parsing accepts what people and finance exports write: "$1,234.56", "1234.5", "-12", "(1,234.56)".
 */
export type Cents = number;

export class MoneyFormatError extends Error {
  constructor(
    readonly input: string,
    reason: string,
  ) {
    super(`"${input}" is not an amount of money: ${reason}.`);
    this.name = 'MoneyFormatError';
  }
}

// Sign, optional $, digits with optional thousands commas, optional cents.
const AMOUNT = /^([-+]?)\s*\$?\s*((?:\d{1,3}(?:,\d{3})+)|\d+)?(?:\.(\d*))?$/;

export function parseMoney(input: string): Cents {
  let text = input.trim();
  if (text === '') throw new MoneyFormatError(input, 'it is empty');
  let negative = false;
  // Accounting negatives: "(1,234.56)" or "($1,234.56)".
  const parenthesized = /^\((.*)\)$/.exec(text);
  if (parenthesized?.[1] !== undefined) {
    negative = true;
    text = parenthesized[1].trim();
  }
  const match = AMOUNT.exec(text);
  if (!match || (match[2] === undefined && !match[3])) {
    throw new MoneyFormatError(
      input,
      'use digits, an optional $ and commas, and up to two decimals',
    );
  }
  const [, sign, wholeText = '0', fraction = ''] = match;
  if (sign && negative) throw new MoneyFormatError(input, 'it has both a sign and parentheses');
  if (fraction.length > 2) {
    throw new MoneyFormatError(input, 'amounts have at most two decimals (whole cents)');
  }
  const whole = Number(wholeText.replace(/,/g, ''));
  const cents = whole * 100 + Number(fraction.padEnd(2, '0'));
  if (!Number.isSafeInteger(cents)) throw new MoneyFormatError(input, 'it is too large');
  return (negative || sign === '-') && cents !== 0 ? -cents : cents;
}

/** "$1,234.56"; negatives as "-$1,234.56". */
export function formatMoney(cents: Cents): string {
  assertCents(cents);
  const abs = Math.abs(cents);
  // Grouped by hand so the result never depends on the runtime's locale data.
  const dollars = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const rest = String(abs % 100).padStart(2, '0');
  return `${cents < 0 ? '-' : ''}$${dollars}.${rest}`;
}

export function assertCents(value: number): asserts value is Cents {
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`${value} is not a whole number of cents.`);
  }
}

export function sumCents(values: Iterable<Cents>): Cents {
  let total = 0;
  for (const value of values) {
    assertCents(value);
    total += value;
  }
  assertCents(total);
  return total;
}
