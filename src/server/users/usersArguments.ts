/**
 * What `npm run users` was asked to do, read from its arguments (usage: usersCli.ts). Checks only
 * the shape here; roles, counties and passwords are checked against the data once it is open.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultDataFolder } from '../../db/dataFolder';
import { passphraseFileFrom } from '../passphraseSource';

export const USERS_USAGE = `Usage: npm run users -- COMMAND [--data DIR] [--passphrase-file FILE]
  add NAME --role ROLE[:COUNTY] [--role ...] [--display-name "..."] [--password-file FILE] [--oidc-subject ISSUER#SUBJECT]
  list
  disable NAME | enable NAME
  reset NAME [--password-file FILE]
  roles NAME --role ROLE[:COUNTY] [--role ...]`;

export type UsersAction = 'add' | 'list' | 'disable' | 'enable' | 'reset' | 'roles';

export interface UsersRequest {
  readonly action: UsersAction;
  /** The user acted on; empty for `list`. */
  readonly userName: string;
  /** "ROLE[:COUNTY]" as typed. */
  readonly roles: readonly string[];
  readonly displayName: string | null;
  readonly passwordFile: string | null;
  readonly oidc: { readonly issuer: string; readonly subject: string } | null;
  readonly dataFolder: string;
  readonly passphraseFile: string | null;
}

/** Arguments that do not make a request; the message says what to type instead. */
export class UsageProblem extends Error {
  constructor(problem: string) {
    super(`${problem}\n${USERS_USAGE}`);
    this.name = 'UsageProblem';
  }
}

/** The options each command takes, beside --data and --passphrase-file which all take. */
const OPTIONS_OF: Readonly<Record<UsersAction, readonly string[]>> = {
  add: ['role', 'display-name', 'password-file', 'oidc-subject'],
  list: [],
  disable: [],
  enable: [],
  reset: ['password-file'],
  roles: ['role'],
};

function isAction(word: string): word is UsersAction {
  return Object.hasOwn(OPTIONS_OF, word);
}

/** "https://id.county.example#00u1abc": an OpenID issuer has no fragment, so # can part them. */
function oidcFrom(text: string): UsersRequest['oidc'] {
  const hash = text.indexOf('#');
  const issuer = hash < 0 ? '' : text.slice(0, hash);
  const subject = hash < 0 ? '' : text.slice(hash + 1);
  let url: URL | null = null;
  try {
    url = new URL(issuer);
  } catch {
    // Refused below with the rest.
  }
  if (!url || !/^https?:$/.test(url.protocol) || subject === '') {
    throw new UsageProblem(
      `--oidc-subject takes the identity provider's issuer and the person's subject, as ISSUER#SUBJECT (e.g. https://login.county.example#00u1abc), not "${text}".`,
    );
  }
  return { issuer, subject };
}

export function readUsersArguments(args: readonly string[]): UsersRequest {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        role: { type: 'string', multiple: true },
        'display-name': { type: 'string' },
        'password-file': { type: 'string' },
        'oidc-subject': { type: 'string' },
        data: { type: 'string' },
        'passphrase-file': { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageProblem((error as Error).message);
  }
  const { values, positionals } = parsed;
  const [action = '', userName = '', ...extra] = positionals;
  if (!isAction(action)) {
    throw new UsageProblem(action === '' ? 'Name a command.' : `"${action}" is not a command.`);
  }
  const wantsName = action !== 'list';
  if (wantsName && userName === '') throw new UsageProblem(`${action} needs the user's name.`);
  const surplus = wantsName ? extra : [userName, ...extra].filter((word) => word !== '');
  if (surplus.length > 0) throw new UsageProblem(`Unexpected: ${surplus.join(' ')}.`);
  const given = Object.keys(values).filter(
    (option) => !['data', 'passphrase-file'].includes(option),
  );
  const foreign = given.filter((option) => !OPTIONS_OF[action].includes(option));
  if (foreign.length > 0) {
    throw new UsageProblem(`${action} takes no ${foreign.map((o) => `--${o}`).join(', ')}.`);
  }
  const roles = values.role ?? [];
  if ((action === 'add' || action === 'roles') && roles.length === 0) {
    throw new UsageProblem(`${action} needs at least one --role ROLE[:COUNTY].`);
  }
  return {
    action,
    userName,
    roles,
    displayName: values['display-name'] ?? null,
    passwordFile: values['password-file'] ? path.resolve(values['password-file']) : null,
    oidc: values['oidc-subject'] === undefined ? null : oidcFrom(values['oidc-subject']),
    dataFolder: values.data ? path.resolve(values.data) : defaultDataFolder(),
    passphraseFile: passphraseFileFrom(values['passphrase-file']),
  };
}
