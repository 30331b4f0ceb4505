import { describe, expect, it } from 'vitest';
import {
  compareAddress,
  compareDob,
  compareFirstName,
  compareSex,
  compareSsn,
  compareSurname,
  MISSING,
} from '../../../../src/core/matching/linkage/compare';
import { jaro, jaroWinkler } from '../../../../src/core/matching/linkage/jaroWinkler';
import { soundex } from '../../../../src/core/matching/linkage/soundex';
import {
  formalFirstName,
  standardName,
  standardSsn,
  standardStreet,
  standardSurname,
  standardZip,
} from '../../../../src/core/matching/linkage/standardize';
import { shippedNicknames } from '../../../support/nicknames';

const nicknames = shippedNicknames;

describe('Jaro and Jaro–Winkler', () => {
  it('give Winkler’s published figures', () => {
    // MARTHA/MARHTA: 6 matches, 1 transposition: (1 + 1 + 5/6) / 3 = 0.9444; prefix 3 → 0.9611.
    expect(jaro('MARTHA', 'MARHTA')).toBeCloseTo(0.9444, 4);
    expect(jaroWinkler('MARTHA', 'MARHTA')).toBeCloseTo(0.9611, 4);
    // DWAYNE/DUANE: 4 matches: (4/6 + 4/5 + 1) / 3 = 0.8222; prefix 1 → 0.84.
    expect(jaro('DWAYNE', 'DUANE')).toBeCloseTo(0.8222, 4);
    expect(jaroWinkler('DWAYNE', 'DUANE')).toBeCloseTo(0.84, 4);
    // DIXON/DICKSONX: 4 matches: (4/5 + 4/8 + 1) / 3 = 0.7667; prefix 2 → 0.8133.
    expect(jaro('DIXON', 'DICKSONX')).toBeCloseTo(0.7667, 4);
    expect(jaroWinkler('DIXON', 'DICKSONX')).toBeCloseTo(0.8133, 4);
  });

  it('are 1 for equal names, 0 for nothing shared or an empty side, and symmetric', () => {
    expect(jaroWinkler('GARCIA', 'GARCIA')).toBe(1);
    expect(jaroWinkler('ABC', 'XYZ')).toBe(0);
    expect(jaroWinkler('', 'ABC')).toBe(0);
    expect(jaroWinkler('', '')).toBe(0);
    expect(jaroWinkler('HERNANDEZ', 'HERNANDES')).toBeCloseTo(
      jaroWinkler('HERNANDES', 'HERNANDEZ'),
      12,
    );
    // Longer than the scratch buffers start.
    expect(jaroWinkler('A'.repeat(100), 'A'.repeat(99) + 'B')).toBeGreaterThan(0.99);
  });
});

describe('Soundex', () => {
  it('codes names as the American rule does (H and W join, vowels separate)', () => {
    expect(
      ['ROBERT', 'RUPERT', 'ASHCRAFT', 'TYMCZAK', 'PFISTER', 'LEE', 'GUTIERREZ'].map(soundex),
    ).toEqual(['R163', 'R163', 'A261', 'T522', 'P236', 'L000', 'G362']);
    expect(soundex('')).toBe('');
  });
});

describe('standardization', () => {
  it('drops case, accents and punctuation, and keeps hyphens between name parts', () => {
    expect(standardName("  josé  o'neil - núñez ")).toBe('JOSE ONEIL-NUNEZ');
    expect(standardName('Mary-Jane, Jr.')).toBe('MARY-JANE JR');
  });

  it('splits compound surnames into their meaningful parts', () => {
    expect(standardSurname('García-López')).toEqual({
      joined: 'GARCIALOPEZ',
      parts: ['GARCIA', 'LOPEZ'],
    });
    expect(standardSurname('de la Cruz')).toEqual({ joined: 'DELACRUZ', parts: ['CRUZ'] });
    expect(standardSurname('Van')).toEqual({ joined: 'VAN', parts: ['VAN'] });
  });

  it('gives first names their formal form from the nickname table', () => {
    expect(formalFirstName('Bill', nicknames)).toBe('WILLIAM');
    expect(formalFirstName('Chuy', nicknames)).toBe('JESUS');
    expect(formalFirstName('Maria Elena', nicknames)).toBe('MARIA');
  });

  it('keeps SSNs that can be real, and the last four of partial ones', () => {
    expect(standardSsn('123-45-6789')).toEqual({ full: null, last4: null });
    expect(standardSsn('555-12-3456')).toEqual({ full: '555123456', last4: '3456' });
    expect(standardSsn('000-12-3456')).toEqual({ full: null, last4: null });
    expect(standardSsn('555-00-3456')).toEqual({ full: null, last4: null });
    expect(standardSsn('999999999')).toEqual({ full: null, last4: null });
    expect(standardSsn('xxx-xx-3456')).toEqual({ full: null, last4: '3456' });
    expect(standardSsn('')).toEqual({ full: null, last4: null });
  });

  it('reads ZIP codes and writes streets one way', () => {
    expect(['95401', '95401-1234', '954011234', '9540', ''].map(standardZip)).toEqual([
      '95401',
      '95401',
      '95401',
      null,
      null,
    ]);
    expect(standardStreet('1200 North Main Street, Apt. 4')).toBe('1200 N MAIN ST APT 4');
    expect(standardStreet('1200 N. Main St #4')).toBe('1200 N MAIN ST APT 4');
  });
});

describe('comparison levels', () => {
  it('grade first names: exact, nickname, close, similar, different, missing', () => {
    expect(compareFirstName('WILLIAM', 'WILLIAM', nicknames)).toBe(0);
    expect(compareFirstName('BILL', 'WILLIAM', nicknames)).toBe(1);
    expect(compareFirstName('WILLIAM', 'BILLY', nicknames)).toBe(1);
    expect(compareFirstName('MARTHA', 'MARHTA', nicknames)).toBe(2);
    expect(compareFirstName('DWAYNE', 'DUANE', nicknames)).toBe(3);
    expect(compareFirstName('MARIA', 'JOSE', nicknames)).toBe(4);
    expect(compareFirstName('', 'JOSE', nicknames)).toBe(MISSING);
  });

  it('grade surnames, a shared part of a compound or hyphenated one counting', () => {
    const s = standardSurname;
    expect(compareSurname(s('Garcia'), s('GARCIA'))).toBe(0);
    expect(compareSurname(s('Garcia'), s('Garcia-Lopez'))).toBe(1);
    expect(compareSurname(s('Lopez Garcia'), s('Garcia-Lopez'))).toBe(1);
    expect(compareSurname(s('Hernandez'), s('Hernandes'))).toBe(2);
    expect(compareSurname(s('Smith'), s('Nguyen'))).toBe(4);
    expect(compareSurname(s(''), s('Nguyen'))).toBe(MISSING);
  });

  it('grade dates of birth: exact, one digit, day-month swap, year only, different', () => {
    expect(compareDob('2015-03-07', '2015-03-07')).toBe(0);
    expect(compareDob('2015-03-07', '2015-03-01')).toBe(1);
    expect(compareDob('2015-03-17', '2015-03-71')).toBe(1);
    expect(compareDob('2015-03-07', '2015-07-03')).toBe(2);
    expect(compareDob('2015-03-07', '2015-11-20')).toBe(3);
    expect(compareDob('2015-03-07', '2012-11-20')).toBe(4);
    expect(compareDob('', '2012-11-20')).toBe(MISSING);
  });

  it('grade SSNs by the digits both sides have', () => {
    const ssn = standardSsn;
    expect(compareSsn(ssn('555-12-3456'), ssn('555123456'))).toBe(0);
    expect(compareSsn(ssn('555-12-3456'), ssn('3456'))).toBe(1);
    expect(compareSsn(ssn('555-12-3456'), ssn('555-12-9999'))).toBe(2);
    // Two whole numbers that differ disagree, even if their last four agree.
    expect(compareSsn(ssn('555-12-3456'), ssn('556-12-3456'))).toBe(2);
    expect(compareSsn(ssn('555-12-3456'), ssn(''))).toBe(MISSING);
  });

  it('grade addresses by street, then ZIP', () => {
    const at = (street: string, zip: string | null) => ({ street: standardStreet(street), zip });
    expect(compareAddress(at('12 Main Street', '95401'), at('12 MAIN ST', '95401'))).toBe(0);
    expect(compareAddress(at('12 Main Street', '95401'), at('40 Oak Ave', '95401'))).toBe(1);
    expect(compareAddress(at('12 Main Street', '95401'), at('40 Oak Ave', '95404'))).toBe(2);
    expect(compareAddress(at('', null), at('40 Oak Ave', '95404'))).toBe(MISSING);
    expect(compareSex('F', 'F')).toBe(0);
    expect(compareSex('F', 'M')).toBe(1);
    expect(compareSex('', 'M')).toBe(MISSING);
  });
});
