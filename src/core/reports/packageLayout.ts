/**
 * The package's machine-readable layout: one row per figure, a dotted key and its value
 * (`fiscal.byStream.2.spentCents` → 1234500). Arrays say their length (`fiscal.byStream.length`),
 * so an empty list survives the trip; an empty value cell is null. Documented in
 * docs/report-package.md.
 */

export type PackageValue = string | number | null;

export interface PackageRow {
  readonly key: string;
  readonly value: PackageValue;
}

/** A key or value the layout cannot hold, said with the key. */
export class PackageLayoutError extends Error {}

const INDEX = /^(0|[1-9]\d{0,5})$/;
const NAME = /^[A-Za-z][A-Za-z0-9]*$/;

export function flattenPackage(value: unknown, key = ''): PackageRow[] {
  if (Array.isArray(value)) {
    return [
      { key: `${key}.length`, value: value.length },
      ...value.flatMap((item, i) => flattenPackage(item, `${key}.${i}`)),
    ];
  }
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([name, item]) =>
      flattenPackage(item, key === '' ? name : `${key}.${name}`),
    );
  }
  if (value === null || typeof value === 'string' || typeof value === 'number') {
    return [{ key, value }];
  }
  throw new PackageLayoutError(`${key}: a package holds text, numbers and nulls only.`);
}

type Node = Record<string, unknown> | unknown[];

/** The object the rows describe; its shape is checked afterwards, by the package's schema. */
export function unflattenPackage(rows: readonly PackageRow[]): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  const lengths = new Map<string, number>();
  for (const { key, value } of rows) {
    const parts = key.split('.');
    const last = parts.at(-1) ?? '';
    if (parts.some((part) => !NAME.test(part) && !INDEX.test(part))) {
      throw new PackageLayoutError(`“${key}” is not a package key.`);
    }
    let node: Node = root;
    for (const [i, part] of parts.slice(0, -1).entries()) {
      const next = parts[i + 1] ?? '';
      const isList = INDEX.test(next) || (next === 'length' && i === parts.length - 2);
      node = child(node, part, isList, key);
    }
    if (last === 'length') {
      const list = parts.slice(0, -1).join('.');
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 100_000) {
        throw new PackageLayoutError(`“${key}” should be a count of items.`);
      }
      lengths.set(list, value);
      continue;
    }
    put(node, last, value, key);
  }
  checkLengths(root, lengths);
  return root;
}

function child(node: Node, part: string, isList: boolean, key: string): Node {
  const existing = read(node, part, key);
  if (existing !== undefined) {
    if (Array.isArray(existing) !== isList || typeof existing !== 'object' || !existing) {
      throw new PackageLayoutError(`“${key}” clashes with another key.`);
    }
    return existing as Node;
  }
  const made: Node = isList ? [] : {};
  put(node, part, made, key);
  return made;
}

function read(node: Node, part: string, key: string): unknown {
  if (Array.isArray(node)) {
    if (!INDEX.test(part)) throw new PackageLayoutError(`“${key}”: a list takes numbers.`);
    return node[Number(part)];
  }
  return Object.hasOwn(node, part) ? node[part] : undefined;
}

function put(node: Node, part: string, value: unknown, key: string): void {
  if (read(node, part, key) !== undefined) {
    throw new PackageLayoutError(`“${key}” appears twice.`);
  }
  if (Array.isArray(node)) node[Number(part)] = value;
  else node[part] = value;
}

/** Every list has the length its row says, with no gaps. */
function checkLengths(node: unknown, lengths: Map<string, number>, key = ''): void {
  if (Array.isArray(node)) {
    const length = lengths.get(key);
    if (length === undefined) throw new PackageLayoutError(`“${key}” has no length row.`);
    if (node.length > length || [...Array(length).keys()].some((i) => node[i] === undefined)) {
      throw new PackageLayoutError(`“${key}” should hold ${length} items.`);
    }
    lengths.delete(key);
    node.forEach((item, i) => checkLengths(item, lengths, `${key}.${i}`));
    return;
  }
  if (node !== null && typeof node === 'object') {
    for (const [name, item] of Object.entries(node)) {
      checkLengths(item, lengths, key === '' ? name : `${key}.${name}`);
    }
  }
}
