/**
 * User names on the shared server. Plain ASCII letters, digits and a few marks (an email address
 * fits), so "the same name in another case" means one thing everywhere: JavaScript's and SQLite's
 * lowercase agree on ASCII, and no look-alike letter from another script can pose as a colleague.
 */
export const USER_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/;

/** Why this cannot be a user name, in plain words; null when it can. */
export function userNameProblem(userName: string): string | null {
  if (USER_NAME_PATTERN.test(userName)) return null;
  return `"${userName}" cannot be a user name: use 1 to 64 letters (A-Z), digits and . _ @ -, starting with a letter or digit.`;
}

/** The form a user name is unique in: "MGarcia" and "mgarcia" are one user. */
export function userKeyOf(userName: string): string {
  return userName.toLowerCase();
}
