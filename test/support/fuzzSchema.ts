/**
 * Near-valid inputs for an API method, made from its zod input schema (through its JSON Schema):
 * values of the right shape with ids that exist in a small seeded database, dates, amounts and
 * hostile strings; then, often, one field replaced by arbitrary JSON, dropped, or joined by an
 * unexpected one. Pure junk alone stops at the schema; these reach the handlers.
 */
import fc from 'fast-check';
import { z } from 'zod';
import { cellText } from './fuzzFiles';

type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  prefixItems?: JsonSchema[];
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  default?: unknown;
};

/** Ids the seeded database has, and the county it works in: most near-valid ids hit a record. */
const SMALL_IDS = [1, 2, 3, 4, 49];

const STRINGS = [
  '2026-07-01',
  '2026-02-30',
  '2026-07-01T00:00:00.000Z',
  '$10.00',
  '12.345',
  '1e308',
  'calworks',
  'cws',
  'C-1',
  'W-1',
  'x'.repeat(300),
  Buffer.from('Posting Date,Amount\n7/1/2026,1.00\n').toString('base64'),
];

function integerArb(schema: JsonSchema): fc.Arbitrary<number> {
  const min = schema.minimum ?? (schema.exclusiveMinimum ?? Number.MIN_SAFE_INTEGER - 1) + 1;
  const max = schema.maximum ?? (schema.exclusiveMaximum ?? Number.MAX_SAFE_INTEGER + 1) - 1;
  const inRange = SMALL_IDS.filter((n) => n >= min && n <= max);
  const lo = Math.ceil(Math.max(min, -1e6));
  const hi = Math.floor(Math.min(max, 1e6));
  return fc.oneof(
    { weight: 3, arbitrary: inRange.length > 0 ? fc.constantFrom(...inRange) : fc.constant(min) },
    { weight: 2, arbitrary: lo <= hi ? fc.integer({ min: lo, max: hi }) : fc.constant(min) },
    { weight: 1, arbitrary: fc.constantFrom(min, max) },
  );
}

function stringArb(schema: JsonSchema): fc.Arbitrary<string> {
  const options: fc.Arbitrary<string>[] = [fc.constantFrom(...STRINGS), cellText()];
  if (schema.pattern) {
    try {
      options.push(fc.stringMatching(new RegExp(schema.pattern)));
    } catch {
      // A pattern JavaScript cannot compile as given: the other strings stand.
    }
  }
  if (schema.format === 'date') options.push(fc.constantFrom('2026-07-01', '2025-10-01'));
  const max = schema.maxLength ?? 200;
  return fc
    .oneof(...options)
    .map((text) => (text.length > max + 1 ? text.slice(0, max + 1) : text));
}

/** Values of the schema's shape, built to depth `depth` (deeper: arbitrary JSON). */
export function fromJsonSchema(schema: JsonSchema, depth = 0): fc.Arbitrary<unknown> {
  if (depth > 6) return fc.jsonValue({ maxDepth: 1 });
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const choices = schema.anyOf ?? schema.oneOf;
  if (choices) return fc.oneof(...choices.map((s) => fromJsonSchema(s, depth + 1)));
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'integer':
      return integerArb(schema);
    case 'number':
      return fc.oneof(
        integerArb(schema),
        fc.double({ noNaN: true, min: schema.minimum, max: schema.maximum }),
        fc.double({ noNaN: true }),
      );
    case 'string':
      return stringArb(schema);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      if (schema.prefixItems) {
        return fc.tuple(...schema.prefixItems.map((s) => fromJsonSchema(s, depth + 1)));
      }
      const item = schema.items ? fromJsonSchema(schema.items, depth + 1) : fc.jsonValue();
      return fc.array(item, {
        minLength: Math.min(schema.minItems ?? 0, 5),
        maxLength: Math.min(schema.maxItems ?? 4, Math.max(schema.minItems ?? 0, 4)),
      });
    }
    case 'object':
      return objectArb(schema, depth);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function objectArb(schema: JsonSchema, depth: number): fc.Arbitrary<unknown> {
  const properties = schema.properties ?? {};
  const required = new Set(schema.required ?? []);
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, value] of Object.entries(properties))
    model[key] = fromJsonSchema(value, depth + 1);
  const keys = Object.keys(model);
  const requiredKeys = keys.filter((k) => required.has(k) && properties[k]?.default === undefined);
  return fc.record(model, { requiredKeys, noNullPrototype: true });
}

type Change =
  | { kind: 'none' }
  | { kind: 'replace'; at: number; value: unknown }
  | { kind: 'drop'; at: number }
  | { kind: 'extra'; key: string; value: unknown };

const change: fc.Arbitrary<Change> = fc.oneof(
  { weight: 3, arbitrary: fc.constant({ kind: 'none' as const }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('replace' as const),
      at: fc.nat(),
      value: fc.jsonValue({ maxDepth: 2 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('extra' as const),
      key: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('__proto__', 'constructor')),
      value: fc.jsonValue({ maxDepth: 1 }),
    }),
  },
);

/** One top-level field changed: most handler bugs sit one wrong field away from a valid call. */
function applyChange(value: unknown, c: Change): unknown {
  if (c.kind === 'none' || typeof value !== 'object' || value === null || Array.isArray(value)) {
    return value;
  }
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  const keys = Object.keys(copy);
  if (c.kind === 'extra') {
    Object.defineProperty(copy, c.key, { value: c.value, enumerable: true, writable: true });
  } else if (keys.length > 0) {
    const key = keys[c.at % keys.length] as string;
    if (c.kind === 'drop')
      return Object.fromEntries(keys.filter((k) => k !== key).map((k) => [k, copy[k]]));
    copy[key] = c.value;
  }
  return copy;
}

/** Arbitrary JSON, or a near-valid input of this schema. */
export function inputFor(schema: z.ZodType): fc.Arbitrary<unknown> {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const nearValid = fc.tuple(fromJsonSchema(json), change).map(([v, c]) => applyChange(v, c));
  return fc.oneof(
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
    { weight: 4, arbitrary: nearValid },
  );
}
