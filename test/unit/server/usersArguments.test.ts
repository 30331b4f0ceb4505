import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readUsersArguments, UsageProblem } from '../../../src/server/users/usersArguments';

function problem(args: string[]): string {
  try {
    readUsersArguments(args);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageProblem);
    return (error as Error).message.split('\n')[0] ?? '';
  }
  throw new Error('expected a usage problem');
}

describe('npm run users arguments', () => {
  it('reads a command, the user, repeated roles, files and the data folder', () => {
    const request = readUsersArguments([
      'add',
      'mgarcia',
      '--role',
      'cws:San Diego',
      '--role',
      'analyst:06097',
      '--password-file',
      'pw',
      '--oidc-subject',
      'https://login.county.example#00u1#x',
      '--data',
      'data',
      '--display-name',
      'Maria Garcia',
    ]);
    expect(request).toMatchObject({
      action: 'add',
      userName: 'mgarcia',
      roles: ['cws:San Diego', 'analyst:06097'],
      displayName: 'Maria Garcia',
      passwordFile: path.resolve('pw'),
      oidc: { issuer: 'https://login.county.example', subject: '00u1#x' },
      dataFolder: path.resolve('data'),
    });
    expect(readUsersArguments(['list'])).toMatchObject({ action: 'list', userName: '' });
  });

  it('says what is missing or out of place', () => {
    expect(problem([])).toBe('Name a command.');
    expect(problem(['remove', 'x'])).toBe('"remove" is not a command.');
    expect(problem(['disable'])).toBe("disable needs the user's name.");
    expect(problem(['list', 'extra'])).toBe('Unexpected: extra.');
    expect(problem(['add', 'x'])).toBe('add needs at least one --role ROLE[:COUNTY].');
    expect(problem(['disable', 'x', '--role', 'cws:Sonoma'])).toBe('disable takes no --role.');
    expect(problem(['reset', 'x', '--password', 'secret'])).toMatch(/Unknown option '--password'/);
    expect(problem(['add', 'x', '--role', 'oversight', '--oidc-subject', 'no-issuer'])).toMatch(
      /^--oidc-subject takes the identity provider's issuer/,
    );
  });
});
