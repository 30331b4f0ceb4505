import { describe, expect, it } from 'vitest';
import { passwordProblems } from '../../../src/core/system/passwordPolicy';

describe('passwordProblems', () => {
  it('accepts a long passphrase that has nothing to do with the user', () => {
    expect(passwordProblems('river otter sandwich 42', 'mgarcia')).toEqual([]);
    expect(passwordProblems('Tr1-county liaison!', 'mgarcia')).toEqual([]);
  });

  it('asks for 12 characters and counts what people see as one character as one', () => {
    expect(passwordProblems('short pass', 'mgarcia')).toEqual([
      'It is 10 characters long; use at least 12.',
    ]);
    expect(passwordProblems('kid-ribbon-1', 'mgarcia')).toEqual([]);
    // Eleven characters, though more than eleven UTF-16 units.
    expect(passwordProblems('ñandú🌲sol-7', 'mgarcia')).toEqual([
      'It is 11 characters long; use at least 12.',
    ]);
    expect(passwordProblems('', 'mgarcia')).toEqual(['It is 0 characters long; use at least 12.']);
  });

  it('refuses more than 256 characters', () => {
    const long = 'river otter sandwich '.repeat(13);
    expect(long.length).toBe(273);
    expect(passwordProblems(long, 'mgarcia')).toEqual([
      'It is 273 characters long; use at most 256.',
    ]);
  });

  it('refuses the user name, or a password containing it, whatever the case', () => {
    const containsName =
      'It contains the user name; choose something others could not guess from it.';
    expect(passwordProblems('mgarcia-sonoma-2026', 'MGarcia')).toEqual([containsName]);
    expect(passwordProblems('Hello MGARCIA world', 'mgarcia')).toEqual([containsName]);
    expect(passwordProblems('longusername', 'LongUserName')).toContain(containsName);
  });

  it('refuses the most common passwords, whatever the case', () => {
    const common = 'It is one of the most common passwords; choose something less predictable.';
    expect(passwordProblems('Password1234', 'mgarcia')).toEqual([common]);
    expect(passwordProblems('QWERTY123456', 'mgarcia')).toEqual([common]);
    expect(passwordProblems('1qaz2wsx3edc', 'mgarcia')).toEqual([common]);
  });

  it('refuses one character repeated, short pieces repeated, and keyboard or counting runs', () => {
    expect(passwordProblems('zzzzzzzzzzzzzz', 'mgarcia')).toEqual([
      'It is one character repeated; choose something harder to guess.',
    ]);
    const simple =
      'It is a simple sequence or a short piece repeated; choose something harder to guess.';
    expect(passwordProblems('xyzxyzxyzxyz', 'mgarcia')).toEqual([simple]);
    expect(passwordProblems('121212121212', 'mgarcia')).toEqual([simple]);
    expect(passwordProblems('3456789012', 'mgarcia')).toContain(simple);
    expect(passwordProblems('789012345678', 'mgarcia')).toEqual([simple]);
    expect(passwordProblems('mnopqrstuvwxyz', 'mgarcia')).toEqual([simple]);
    expect(passwordProblems('zyxwvutsrqpo', 'mgarcia')).toEqual([simple]);
    expect(passwordProblems('asdfghjklzxc', 'mgarcia')).toEqual([simple]);
  });

  it('lists every problem at once', () => {
    expect(passwordProblems('aaaaa', 'aa')).toEqual([
      'It is 5 characters long; use at least 12.',
      'It contains the user name; choose something others could not guess from it.',
      'It is one character repeated; choose something harder to guess.',
    ]);
  });
});
