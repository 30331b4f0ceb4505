/**
 * The shared server's password policy, after NIST SP 800-63B (section 5.1.1.2): length over
 * composition rules, no forced rotation, and a check against passwords known to be guessed first.
 * No rule about digits or symbols: people meet those with "Password1!", which helps nobody.
 */

/** 800-63B asks for at least 8, and 15 where a password is the only factor; 12 is our floor. */
export const PASSWORD_MIN_LENGTH = 12;
/** Long enough for any passphrase; bounded so hashing a pasted book costs nothing. */
export const PASSWORD_MAX_LENGTH = 256;

/**
 * Among the most common passwords in public breach lists (those of 12 characters or more, and
 * the short ones people pad to 12 with a repeat or "123"). Checked after lowercasing.
 */
const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  '123456789012',
  '1234567890123',
  '12345678901234',
  '123456789012345',
  '1234567890qwerty',
  '1q2w3e4r5t6y',
  '1q2w3e4r5t6y7u',
  '1qaz2wsx3edc',
  '1qaz2wsx3edc4rfv',
  'qazwsxedcrfv',
  'qwertyuiop12',
  'qwertyuiop123',
  'qwertyuiopasdf',
  'qwertyuiopasdfgh',
  'qwerty123456',
  'qwerty1234567',
  'qwertyqwerty',
  'asdfghjkl123',
  'asdfghjkl;123',
  'asdfasdfasdf',
  'zxcvbnm12345',
  'zaq12wsxcde3',
  'zaq1zaq1zaq1',
  'abcdefghijkl',
  'abcdefghijklm',
  'abcdefghijklmnop',
  'abcd12345678',
  'abc123abc123',
  'abcabcabcabc',
  'password1234',
  'password12345',
  'password123456',
  'password123!',
  'password2024',
  'password2025',
  'password2026',
  'passwordpassword',
  'password1password',
  'mypassword123',
  'newpassword123',
  'changeme1234',
  'changeme12345',
  'changeme123!',
  'welcome12345',
  'welcome123456',
  'welcome@1234',
  'welcometo2024',
  'letmein12345',
  'letmein123456',
  'iloveyou1234',
  'iloveyou12345',
  'iloveyouforever',
  'administrator',
  'administrator1',
  'administrator123',
  'admin1234567',
  'admin123456789',
  'adminadmin123',
  'superman1234',
  'batman123456',
  'football1234',
  'baseball1234',
  'basketball12',
  'basketball123',
  'soccer123456',
  'princess1234',
  'sunshine1234',
  'monkey123456',
  'dragon123456',
  'shadow123456',
  'master123456',
  'michael12345',
  'jennifer1234',
  'trustno1trustno1',
  'starwars1234',
  'pokemon12345',
  'chocolate123',
  'butterfly123',
  'whatever1234',
  'computer1234',
  'internet1234',
  'summer202425',
  'winter2024!!',
  'spring2025!!',
  'blink1821823',
  'liverpool123',
  'manchesterunited',
  'thequickbrownfox',
  'correcthorsebatterystaple',
  'onetwothreefour',
  'aaaaaaaaaaaa',
  'testtesttest',
  'test12345678',
  'guest1234567',
  'california12',
  'california123',
  'sacramento123',
  'losangeles123',
  'linkages1234',
  'calworks1234',
  'workbench123',
]);

/** Keyboard and counting runs: a password that is one of these, or a stretch of one, is guessed early. */
const RUNS = ['abcdefghijklmnopqrstuvwxyz', '0123456789', 'qwertyuiopasdfghjklzxcvbnm'];

/** "abcabcabcabc", "121212121212": a short piece said again and again. */
function isRepeatedPiece(text: string): boolean {
  for (let piece = 1; piece <= 4; piece++) {
    if (text.length % piece !== 0 || text.length / piece < 3) continue;
    if (text.slice(0, piece).repeat(text.length / piece) === text) return true;
  }
  return false;
}

function isRun(text: string): boolean {
  const reversed = [...text].reverse().join('');
  // Said round and round: "789012345678" counts on past the end.
  return RUNS.map((run) => run.repeat(3)).some(
    (run) => run.includes(text) || run.includes(reversed),
  );
}

/**
 * What is wrong with this password for this user, in plain words; empty when it may be used.
 * Every problem is listed at once, so a person fixes them in one go.
 */
export function passwordProblems(password: string, userName: string): string[] {
  const problems: string[] = [];
  // Characters as people count them: an emoji or an accented letter is one.
  const length = [...password.normalize('NFC')].length;
  if (length < PASSWORD_MIN_LENGTH) {
    problems.push(`It is ${length} characters long; use at least ${PASSWORD_MIN_LENGTH}.`);
  }
  if (length > PASSWORD_MAX_LENGTH) {
    problems.push(`It is ${length} characters long; use at most ${PASSWORD_MAX_LENGTH}.`);
  }
  const lowered = password.toLowerCase();
  const name = userName.trim().toLowerCase();
  if (name !== '' && lowered.includes(name)) {
    problems.push('It contains the user name; choose something others could not guess from it.');
  }
  if (password.length > 0 && new Set(password).size === 1) {
    problems.push('It is one character repeated; choose something harder to guess.');
  } else if (COMMON_PASSWORDS.has(lowered)) {
    problems.push('It is one of the most common passwords; choose something less predictable.');
  } else if (password.length > 0 && (isRepeatedPiece(lowered) || isRun(lowered))) {
    problems.push(
      'It is a simple sequence or a short piece repeated; choose something harder to guess.',
    );
  }
  return problems;
}
