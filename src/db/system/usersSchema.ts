import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { ROLES } from '../../core/system/roles';
import { now, version } from '../schema/columns';
import { county } from '../workspace/schema';

/**
 * A person who signs in to the shared server (issue 24). A password, the county's identity
 * provider, or both; never the password itself, only its argon2id hash (src/api/system/passwords.ts).
 */
export const appUser = sqliteTable(
  'app_user',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** As the administrator typed it, shown back as typed. */
    userName: text('user_name').notNull(),
    /** The name lowercased (core/system/userNames.ts): what makes "MGarcia" and "mgarcia" one. */
    userKey: text('user_key').notNull(),
    displayName: text('display_name').notNull().default(''),
    /** Null for a user who signs in only through the county's identity provider. */
    passwordHash: text('password_hash'),
    passwordChangedAt: text('password_changed_at'),
    /** The identity provider's issuer and subject for this person (OpenID Connect), if linked. */
    oidcIssuer: text('oidc_issuer'),
    oidcSubject: text('oidc_subject'),
    disabled: integer('disabled', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull().default(now),
    updatedAt: text('updated_at').notNull().default(now),
    version: version(),
  },
  (table) => [
    uniqueIndex('app_user_key_idx').on(table.userKey),
    // Rows with no subject (NULLs) never collide; one provider identity is one user.
    uniqueIndex('app_user_oidc_idx').on(table.oidcIssuer, table.oidcSubject),
    // User names are ASCII (userNames.ts), where SQLite's lower() and JavaScript's agree.
    check('app_user_key', sql`${table.userKey} = lower(${table.userName})`),
    check(
      'app_user_oidc_pair',
      sql`(${table.oidcIssuer} IS NULL) = (${table.oidcSubject} IS NULL)`,
    ),
  ],
);

const inList = (column: unknown, values: readonly string[]) =>
  sql`${column} IN (${sql.raw(values.map((v) => `'${v}'`).join(', '))})`;

/** One role a user holds in one county, or in every county when county_id is null. */
export const userRole = sqliteTable(
  'user_role',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => appUser.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ROLES }).notNull(),
    countyId: integer('county_id').references(() => county.id),
  },
  (table) => [
    // A unique index treats NULLs as distinct, so "every county" (NULL) needs its own, partial one.
    uniqueIndex('user_role_county_idx').on(table.userId, table.role, table.countyId),
    uniqueIndex('user_role_every_county_idx')
      .on(table.userId, table.role)
      .where(sql`${table.countyId} IS NULL`),
    check('user_role_role', inList(table.role, ROLES)),
  ],
);

/**
 * A signed-in browser. The id is the SHA-256 of the cookie's token, never the token, so a copy of
 * the data file (a backup) signs nobody in.
 */
export const userSession = sqliteTable(
  'user_session',
  {
    id: text('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => appUser.id, { onDelete: 'cascade' }),
    createdAt: text('created_at').notNull().default(now),
    lastSeenAt: text('last_seen_at').notNull().default(now),
    /** The absolute end, whatever the activity; the idle timeout goes by last_seen_at. */
    expiresAt: text('expires_at').notNull(),
    ip: text('ip').notNull().default(''),
    userAgent: text('user_agent').notNull().default(''),
  },
  (table) => [
    index('user_session_user_idx').on(table.userId),
    index('user_session_expires_idx').on(table.expiresAt),
  ],
);
