/** The shipped nickname table's file (resources/linkage/nicknames-v*.json), checked at start. */
import { z } from 'zod';

export const NicknameFile = z.object({
  version: z.number().int().positive(),
  about: z.string(),
  /** Nickname → the formal first names it can stand for. */
  nicknames: z.record(z.string().regex(/^[A-Z]+$/), z.array(z.string().min(1)).min(1)),
});
export type NicknameFile = z.infer<typeof NicknameFile>;
