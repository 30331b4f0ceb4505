/**
 * A cell's text as the person meant it, and quoted back to them: names the export padded or
 * re-cased, values cut short, columns by their spreadsheet letters.
 */
import type { TableCell } from '../../tableRecord';

export const ECHOED_VALUE_CHARS = 60;

const NAME_CACHE_LIMIT = 10_000;

/** Names match after trimming, ignoring case and runs of spaces: exports pad and re-case them. */
export function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * The county's funding streams or service categories by name; an active entry wins over a retired
 * one of the same name. Lookups are cached by the cell's exact text, since an export repeats a
 * handful of names a million times.
 */
export class NameIndex<T extends { readonly name: string; readonly retired: boolean }> {
  private readonly byKey = new Map<string, T>();
  private readonly byText = new Map<string, T | null>();

  constructor(
    entries: readonly T[],
    private readonly kind: 'a funding stream' | 'a service category',
  ) {
    for (const entry of entries) {
      const key = nameKey(entry.name);
      const existing = this.byKey.get(key);
      if (!existing || (existing.retired && !entry.retired)) this.byKey.set(key, entry);
    }
  }

  /**
   * The entry a cell names, retired or not (the entry rules refuse a retired one), or why the cell
   * names none; `text` is the cell trimmed.
   */
  entryFor(text: string): T | string {
    if (text === '') return `${this.kind} is required`;
    return this.find(text) ?? `“${echo(text)}” is not ${this.kind} of this county`;
  }

  private find(text: string): T | null {
    let found = this.byText.get(text);
    if (found === undefined) {
      found = this.byKey.get(nameKey(text)) ?? null;
      if (this.byText.size >= NAME_CACHE_LIMIT) this.byText.clear();
      this.byText.set(text, found);
    }
    return found;
  }
}

export function isBlank(cell: TableCell): boolean {
  return cell === null || (typeof cell === 'string' && cell.trim() === '');
}

/** Values quoted back are cut short: an error list is for finding the cell, not reading it. */
export function echo(value: string): string {
  if (value.length <= ECHOED_VALUE_CHARS) return value;
  let end = ECHOED_VALUE_CHARS - 1;
  const last = value.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1; // do not split a surrogate pair
  return `${value.slice(0, end)}…`;
}

export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}
