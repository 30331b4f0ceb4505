import type { z } from 'zod';

/** One API method: what it takes and what it gives, both as zod schemas. */
export interface MethodSpec {
  readonly input: z.ZodType;
  readonly output: z.ZodType;
  /** What the method does, in words a coordinator would understand. */
  readonly summary: string;
}

export type ContractSlice = Record<string, MethodSpec>;
