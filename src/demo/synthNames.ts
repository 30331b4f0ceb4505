/**
 * Name pools for the synthetic extracts, shaped like a California caseload: a head of common real
 * names that a few families share (GARCIA, MARIA), and a long tail of rarer names made from
 * syllables. The shape matters more than the names: at statewide scale, a pool of twenty surnames
 * would make half the state namesakes and no linkage could tell them apart, while real caseloads
 * have many thousands of surnames and a handful of very common ones.
 */

const HEAD_SURNAMES = [
  'GARCIA',
  'HERNANDEZ',
  'LOPEZ',
  'MARTINEZ',
  'GONZALEZ',
  'RODRIGUEZ',
  'SANCHEZ',
  'PEREZ',
  'RAMIREZ',
  'SMITH',
  'JOHNSON',
  'NGUYEN',
  'WILLIAMS',
  'BROWN',
  'TORRES',
  'FLORES',
  'RIVERA',
  'GOMEZ',
  'DIAZ',
  'JONES',
  'CRUZ',
  'REYES',
  'MORALES',
  'GUTIERREZ',
  'ORTIZ',
  'CHAVEZ',
  'RAMOS',
  'CASTILLO',
  'MENDOZA',
  'DAVIS',
  'MILLER',
  'RUIZ',
  'ALVAREZ',
  'JIMENEZ',
  'MORENO',
  'ROMERO',
  'VASQUEZ',
  'HERRERA',
  'MEDINA',
  'AGUILAR',
  'TRAN',
  'LE',
  'PHAM',
  'WASHINGTON',
  'JACKSON',
  'THOMAS',
  'ANDERSON',
  'TAYLOR',
  'MOORE',
  'WHITE',
  'HARRIS',
  'MARTIN',
  'THOMPSON',
  'LEE',
  'KIM',
  'VANG',
  'XIONG',
  'DE LA CRUZ',
  'KOWALSKI',
  'OKAFOR',
];

const HEAD_FEMALE = [
  'MARIA',
  'JESSICA',
  'ASHLEY',
  'JENNIFER',
  'GUADALUPE',
  'ELIZABETH',
  'ANGELICA',
  'SARAH',
  'VANESSA',
  'ROSA',
  'KIMBERLY',
  'LINH',
  'STEPHANIE',
  'BRITTANY',
  'AMANDA',
  'MELISSA',
  'DANIELA',
  'SOFIA',
  'ISABELLA',
  'EMILY',
  'MIA',
  'CAMILA',
  'ALEXANDRA',
  'VICTORIA',
  'PATRICIA',
  'VERONICA',
  'YESENIA',
  'ARACELI',
  'TIFFANY',
  'KATHERINE',
];

const HEAD_MALE = [
  'JOSE',
  'MICHAEL',
  'DANIEL',
  'CHRISTOPHER',
  'JUAN',
  'ANTHONY',
  'ROBERT',
  'WILLIAM',
  'FRANCISCO',
  'JAMES',
  'DAVID',
  'MINH',
  'LUIS',
  'CARLOS',
  'JESUS',
  'MIGUEL',
  'ANGEL',
  'JONATHAN',
  'MATTHEW',
  'JOSHUA',
  'ALEXANDER',
  'ADRIAN',
  'DIEGO',
  'ETHAN',
  'NOAH',
  'ISAIAH',
  'RICHARD',
  'JOSEPH',
  'EDWARD',
  'STEVEN',
];

/** Formal name → the nickname the other agency sometimes writes (all in the shipped table). */
export const SYNTH_NICKNAMES: Readonly<Record<string, string>> = {
  WILLIAM: 'BILL',
  ROBERT: 'BOB',
  MICHAEL: 'MIKE',
  CHRISTOPHER: 'CHRIS',
  DANIEL: 'DANNY',
  JENNIFER: 'JENNY',
  ELIZABETH: 'LIZ',
  FRANCISCO: 'PACO',
  GUADALUPE: 'LUPE',
  JAMES: 'JIM',
  ANTHONY: 'TONY',
  DAVID: 'DAVE',
  RICHARD: 'RICK',
  JOSEPH: 'JOE',
  EDWARD: 'ED',
  STEVEN: 'STEVE',
  KATHERINE: 'KATIE',
  PATRICIA: 'PATTY',
  ALEXANDRA: 'ALEX',
  ALEXANDER: 'ALEX',
  VICTORIA: 'VICKY',
  MATTHEW: 'MATT',
  JOSHUA: 'JOSH',
};

const ONSETS = ['B', 'C', 'D', 'F', 'G', 'H', 'K', 'L', 'M', 'N', 'P', 'R', 'S', 'T', 'V', 'Z'];
const ONSETS_2 = ['BR', 'CH', 'DR', 'GR', 'KR', 'PR', 'SH', 'ST', 'TR', 'TH'];
const VOWELS = ['A', 'E', 'I', 'O', 'U', 'AI', 'EA', 'OU'];
const CODAS = ['', '', 'N', 'R', 'S', 'L', 'T', 'M', 'Z', 'NN', 'RT', 'SK'];
const ENDINGS = ['EZ', 'SON', 'MAN', 'ELLI', 'OV', 'SKI', 'ER', 'INO', 'AKI', 'OS', 'IA', 'ETTE'];

/** A pool with a weighted head and an even tail: `draw(u)` maps a uniform number to a name. */
export interface NamePool {
  readonly names: readonly string[];
  draw(uniform: number): string;
}

/** The pool drawing names[i] for a uniform number up to cumulative[i] (a binary search). */
export function poolOf(names: readonly string[], cumulative: Float64Array): NamePool {
  return {
    names,
    draw(uniform) {
      let low = 0;
      let high = names.length - 1;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if ((cumulative[middle] ?? 1) < uniform) low = middle + 1;
        else high = middle;
      }
      return names[low] ?? names[0] ?? '';
    },
  };
}

/**
 * `headShare` of draws come from the head with Zipf-like weights (rank^-0.7), the rest evenly from
 * the tail: the commonest name ends up at a few percent, as GARCIA is in California.
 */
function namePool(head: readonly string[], tail: readonly string[], headShare: number): NamePool {
  const names = [...head, ...tail];
  const cumulative = new Float64Array(names.length);
  const headWeights = head.map((_, rank) => (rank + 1) ** -0.7);
  const headTotal = headWeights.reduce((a, b) => a + b, 0);
  let sum = 0;
  names.forEach((_, i) => {
    sum +=
      i < head.length
        ? (headShare * (headWeights[i] ?? 0)) / headTotal
        : (1 - headShare) / tail.length;
    cumulative[i] = sum;
  });
  return poolOf(names, cumulative);
}

/** Every syllable name of the given shape, minus those already in the head. */
export function syllableNames(endings: readonly string[], limit: number, head: readonly string[]) {
  const taken = new Set(head);
  const names: string[] = [];
  for (const ending of endings) {
    for (const onset of [...ONSETS, ...ONSETS_2]) {
      for (const vowel of VOWELS) {
        for (const coda of CODAS) {
          for (const second of ONSETS) {
            const name = `${onset}${vowel}${coda}${second}${ending}`;
            if (!taken.has(name)) {
              taken.add(name);
              names.push(name);
            }
            if (names.length >= limit) return names;
          }
        }
      }
    }
  }
  return names;
}

/** 60 common surnames carrying 30 % of people, then about 60,000 rarer ones. */
export const SURNAME_POOL = namePool(
  HEAD_SURNAMES,
  syllableNames(ENDINGS, 60_000, HEAD_SURNAMES),
  0.3,
);

/** 30 common first names per sex carrying 45 % of people, then 3,000 rarer ones. */
export const FEMALE_POOL = namePool(
  HEAD_FEMALE,
  syllableNames(['A', 'INA', 'ELLE', 'ITA', 'ANA'], 3_000, HEAD_FEMALE),
  0.45,
);
export const MALE_POOL = namePool(
  HEAD_MALE,
  syllableNames(['O', 'AN', 'EL', 'IUS', 'ON'], 3_000, HEAD_MALE),
  0.45,
);

export const STREET_NAMES = [
  'MAIN ST',
  'OAK AVE',
  'PINE ST',
  'MISSION BLVD',
  'EL CAMINO REAL',
  'CEDAR LN',
  '5TH ST',
  'BROADWAY',
  'CENTRAL AVE',
  'WASHINGTON BLVD',
  'LINCOLN AVE',
  'PARK DR',
  'SUNSET BLVD',
  'VALLEY RD',
  'HIGHLAND AVE',
  'MAPLE ST',
  'FIRST ST',
  'LAKE DR',
  'CHURCH ST',
  'HILLCREST DR',
];
