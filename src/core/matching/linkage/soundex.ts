/**
 * American Soundex, the phonetic code blocking uses for surnames: the first letter, then three
 * digits for the consonant sounds that follow (H and W do not separate equal codes; vowels do).
 * Input is a standardized name (A–Z and spaces); an empty name has no code.
 */
// prettier-ignore
const CODES: Record<string, string> = {
  B: '1', F: '1', P: '1', V: '1',
  C: '2', G: '2', J: '2', K: '2', Q: '2', S: '2', X: '2', Z: '2',
  D: '3', T: '3',
  L: '4',
  M: '5', N: '5',
  R: '6',
};

export function soundex(name: string): string {
  const letters = name.replace(/[^A-Z]/g, '');
  const first = letters[0];
  if (first === undefined) return '';
  let code = first;
  let previous = CODES[first] ?? '';
  for (let i = 1; i < letters.length && code.length < 4; i++) {
    const letter = letters[i] ?? '';
    const digit = CODES[letter];
    if (digit !== undefined) {
      if (digit !== previous) code += digit;
      previous = digit;
    } else if (letter !== 'H' && letter !== 'W') {
      // A vowel (or Y) separates two consonants with the same code; H and W do not.
      previous = '';
    }
  }
  return code.padEnd(4, '0');
}
