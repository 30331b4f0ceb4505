/**
 * An amount cell as cents, or why it is refused: a number from an XLSX sheet, or text as a CSV or
 * a typed cell holds it ("$1,234.56", "(12.00)", "125.5000").
 */
import type { TableCell } from '../../tableRecord';
import { MoneyFormatError, parseMoney, type Cents } from '../../money';

const SHAPE_CACHE_LIMIT = 10_000;

/** Zeros past the cents: "125.5000" → "125.50", "(3.100)" → "(3.10)". */
const EXTRA_ZERO_DECIMALS = /(\.\d\d)0+(\)?)$/;

export class AmountCells {
  /** parseMoney's refusals by the shape of the text; see moneyShape. */
  private readonly refusals = new Map<string, string>();

  /**
   * Cents, or the reason the cell is not an amount; `text` is the cell trimmed. Which amounts an
   * entry may have (not zero, not past the limit) is the entry rules' (core/fiscal/entryRules).
   */
  read(cell: TableCell, text: string): Cents | string {
    let cents: Cents;
    if (typeof cell === 'number') {
      const scaled = cell * 100;
      cents = Math.round(scaled);
      if (!Number.isSafeInteger(cents)) return 'this is not an amount: it is too large';
      // A spreadsheet number is binary: 1234.56 × 100 is 123455.99999…, so compare with slack.
      if (Math.abs(scaled - cents) > 1e-6) return 'amounts have at most two decimals (whole cents)';
    } else {
      const parsed = this.parseText(text);
      if (typeof parsed === 'string') return parsed;
      cents = parsed;
    }
    return cents;
  }

  /** Cents, or the reason parseMoney refuses the text. */
  private parseText(text: string): Cents | string {
    // Finance systems often export decimal(19,4): "125.5000" is still whole cents.
    const amount = text.replace(EXTRA_ZERO_DECIMALS, '$1$2');
    if (this.refusals.size > 0) {
      const shape = moneyShape(amount);
      const known = shape === null ? undefined : this.refusals.get(shape);
      if (known !== undefined) return known;
    }
    try {
      return parseMoney(amount);
    } catch (error) {
      if (!(error instanceof MoneyFormatError)) throw error;
      const reason = moneyReason(error);
      const shape = moneyShape(amount);
      if (shape !== null && this.refusals.size < SHAPE_CACHE_LIMIT) {
        this.refusals.set(shape, reason);
      }
      return reason;
    }
  }
}

/**
 * The text with digits 1–9 written as 9 (zeros kept), or null when it has so many digits that its
 * size could matter. Why: a file whose every amount is refused (a European "1.234,56", a wrong
 * column) would otherwise throw a MoneyFormatError per row, and building a million errors takes
 * ten seconds or more. parseMoney's verdict depends on where digits, zeros, signs, commas and
 * points stand, not on which non-zero digit is where, except for "too large", which needs more
 * digits than a shape is kept for. Only refusals are remembered, and the tests compare against
 * parseMoney itself, so a change there that breaks this shows up.
 */
function moneyShape(amount: string): string | null {
  if (amount.length > 40) return null;
  const shape = amount.replace(/[1-9]/g, '9');
  let digits = 0;
  for (let i = 0; i < shape.length; i++) {
    const code = shape.charCodeAt(i);
    if (code === 0x30 || code === 0x39) digits += 1;
  }
  return digits > 12 ? null : shape;
}

function moneyReason(error: MoneyFormatError): string {
  const prefix = `"${error.input}" is not an amount of money: `;
  const reason = error.message.startsWith(prefix)
    ? error.message.slice(prefix.length).replace(/\.$/, '')
    : error.message;
  if (reason === 'it is empty') return 'the amount is missing';
  if (reason.startsWith('amounts have')) return reason;
  return `this is not an amount: ${reason}`;
}
