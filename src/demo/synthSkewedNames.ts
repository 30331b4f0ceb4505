/**
 * Name frequencies for the skewed synthetic extracts (issue 25): what a California CalWORKs or CWS
 * caseload looks like, written from general public knowledge, not measured from any extract.
 *
 * APPROXIMATE. The surname shares are rounded from the shape of the US Census 2010 surname table
 * (counts of the commonest surnames, divided by the size of the group that mostly bears them: for
 * example GARCIA about 1.17 M of about 50 M Hispanic persons, so about 2.2 %; by that table about
 * 26 surnames cover a quarter of Hispanic persons, while the commonest non-Hispanic surnames are
 * far less concentrated). The given-name shares are rough shapes from the Social Security
 * Administration's popularity lists for births between about 1970 and 2020 (parents and
 * children), for California where the lists differ (MARIA and JOSE near the top for parents'
 * cohorts, GUADALUPE, JESUS common). MARIA and JOSE are higher than any list shows because
 * extracts keep the first of a compound given name (MARIA GUADALUPE, JOSE LUIS) as the first name. They are percentages of persons in the group (and sex); the
 * rest of each group is drawn from a long tail that continues the table's Zipf-like fall.
 */
import { poolOf, syllableNames, type NamePool } from './synthNames';

export type NameGroup = 'hispanic' | 'other' | 'asian';

/** [name, approximate % of the group's persons]. */
type Shares = readonly (readonly [string, number])[];

const HISPANIC_SURNAMES: Shares = [
  ['GARCIA', 2.2],
  ['RODRIGUEZ', 2.1],
  ['HERNANDEZ', 2.0],
  ['MARTINEZ', 2.0],
  ['LOPEZ', 1.7],
  ['GONZALEZ', 1.6],
  ['PEREZ', 1.3],
  ['SANCHEZ', 1.2],
  ['RAMIREZ', 1.1],
  ['TORRES', 0.85],
  ['FLORES', 0.85],
  ['RIVERA', 0.8],
  ['GOMEZ', 0.7],
  ['DIAZ', 0.65],
  ['REYES', 0.6],
  ['MORALES', 0.58],
  ['CRUZ', 0.55],
  ['ORTIZ', 0.55],
  ['GUTIERREZ', 0.55],
  ['CHAVEZ', 0.5],
  ['RAMOS', 0.47],
  ['GONZALES', 0.45],
  ['RUIZ', 0.43],
  ['ALVAREZ', 0.43],
  ['MENDOZA', 0.43],
  ['VASQUEZ', 0.4],
  ['CASTILLO', 0.4],
  ['JIMENEZ', 0.4],
  ['MORENO', 0.4],
  ['ROMERO', 0.38],
  ['HERRERA', 0.38],
  ['MEDINA', 0.36],
  ['AGUILAR', 0.35],
  ['CASTRO', 0.3],
  ['VARGAS', 0.3],
  ['FERNANDEZ', 0.3],
  ['GUZMAN', 0.3],
  ['MUNOZ', 0.3],
  ['MENDEZ', 0.28],
  ['SALAZAR', 0.28],
  ['SOTO', 0.27],
  ['DELGADO', 0.26],
  ['PENA', 0.26],
  ['RIOS', 0.25],
  ['ALVARADO', 0.25],
  ['SANDOVAL', 0.25],
  ['CONTRERAS', 0.25],
  ['VALENCIA', 0.2],
  ['ESPINOZA', 0.2],
  ['DOMINGUEZ', 0.2],
  ['LUNA', 0.2],
  ['AVILA', 0.2],
  ['OROZCO', 0.17],
  ['DE LA CRUZ', 0.12],
  ['ZAMORA', 0.12],
];

// Black and white Californians: the national table's head, with the surnames common among Black
// families (JOHNSON, WILLIAMS, JACKSON, WASHINGTON) a little higher, as caseloads have them.
const OTHER_SURNAMES: Shares = [
  ['SMITH', 1.0],
  ['JOHNSON', 1.0],
  ['WILLIAMS', 0.95],
  ['BROWN', 0.7],
  ['JONES', 0.7],
  ['JACKSON', 0.5],
  ['DAVIS', 0.5],
  ['MILLER', 0.4],
  ['HARRIS', 0.4],
  ['THOMAS', 0.38],
  ['WILSON', 0.35],
  ['MOORE', 0.33],
  ['TAYLOR', 0.33],
  ['ROBINSON', 0.3],
  ['WHITE', 0.3],
  ['WASHINGTON', 0.3],
  ['ANDERSON', 0.3],
  ['THOMPSON', 0.28],
  ['LEWIS', 0.26],
  ['WALKER', 0.26],
  ['MARTIN', 0.25],
  ['CLARK', 0.22],
  ['YOUNG', 0.2],
  ['ALLEN', 0.2],
  ['KING', 0.19],
  ['WRIGHT', 0.19],
  ['SCOTT', 0.18],
  ['GREEN', 0.18],
  ['HILL', 0.17],
  ['ADAMS', 0.16],
  ['BAKER', 0.16],
  ['HALL', 0.16],
  ['NELSON', 0.15],
  ['CAMPBELL', 0.15],
  ['MITCHELL', 0.15],
  ['CARTER', 0.15],
];

// Vietnamese, Hmong (Central Valley caseloads), Chinese, Korean and Filipino families.
const ASIAN_SURNAMES: Shares = [
  ['NGUYEN', 8],
  ['TRAN', 2.5],
  ['VANG', 2.2],
  ['LE', 2],
  ['LEE', 2],
  ['XIONG', 1.8],
  ['YANG', 1.6],
  ['PHAM', 1.5],
  ['KIM', 1.5],
  ['THAO', 1.1],
  ['HER', 1],
  ['HUYNH', 1],
  ['CHEN', 1],
  ['WONG', 1],
  ['LOR', 0.9],
  ['MOUA', 0.8],
  ['SANTOS', 0.6],
];

const HISPANIC_FEMALE: Shares = [
  ['MARIA', 6],
  ['GUADALUPE', 1.2],
  ['JESSICA', 1.2],
  ['ANA', 1],
  ['ELIZABETH', 1],
  ['JENNIFER', 0.9],
  ['DANIELA', 0.9],
  ['VERONICA', 0.8],
  ['ALEJANDRA', 0.8],
  ['ANGELICA', 0.8],
  ['STEPHANIE', 0.8],
  ['VANESSA', 0.8],
  ['SOFIA', 0.8],
  ['ISABELLA', 0.8],
  ['CAMILA', 0.7],
  ['VALERIA', 0.7],
  ['ADRIANA', 0.7],
  ['ANDREA', 0.7],
  ['YESENIA', 0.6],
  ['ROSA', 0.6],
  ['ARACELI', 0.5],
  ['MARISOL', 0.5],
];

const HISPANIC_MALE: Shares = [
  ['JOSE', 5.5],
  ['JUAN', 2],
  ['LUIS', 1.5],
  ['CARLOS', 1.3],
  ['JESUS', 1.2],
  ['DANIEL', 1.2],
  ['MIGUEL', 1.1],
  ['FRANCISCO', 1],
  ['ANTHONY', 1],
  ['DAVID', 1],
  ['ANTONIO', 0.9],
  ['ANGEL', 0.9],
  ['ALEJANDRO', 0.8],
  ['MANUEL', 0.8],
  ['CHRISTOPHER', 0.8],
  ['JORGE', 0.7],
  ['JONATHAN', 0.7],
  ['RICARDO', 0.6],
  ['ADRIAN', 0.6],
  ['DIEGO', 0.6],
  ['ISAAC', 0.5],
];

const OTHER_FEMALE: Shares = [
  ['JESSICA', 1.6],
  ['ASHLEY', 1.5],
  ['JENNIFER', 1.4],
  ['AMANDA', 1],
  ['BRITTANY', 0.9],
  ['SARAH', 0.9],
  ['STEPHANIE', 0.8],
  ['MELISSA', 0.8],
  ['ELIZABETH', 0.8],
  ['JASMINE', 0.8],
  ['KIMBERLY', 0.7],
  ['TIFFANY', 0.6],
  ['CRYSTAL', 0.6],
  ['AALIYAH', 0.6],
  ['DESTINY', 0.6],
  ['EMILY', 0.6],
  ['MADISON', 0.6],
  ['KAYLA', 0.6],
  ['MIA', 0.5],
  ['AVA', 0.5],
];

const OTHER_MALE: Shares = [
  ['MICHAEL', 2],
  ['CHRISTOPHER', 1.4],
  ['JAMES', 1.2],
  ['ROBERT', 1],
  ['DAVID', 1],
  ['ANTHONY', 1],
  ['WILLIAM', 0.9],
  ['JOSHUA', 0.9],
  ['MATTHEW', 0.8],
  ['DANIEL', 0.8],
  ['JOSEPH', 0.7],
  ['JAYDEN', 0.6],
  ['ELIJAH', 0.6],
  ['JEREMIAH', 0.5],
  ['ISAIAH', 0.5],
  ['ETHAN', 0.5],
  ['NOAH', 0.5],
  ['MARCUS', 0.4],
];

const ASIAN_FEMALE: Shares = [
  ['MAI', 2],
  ['LINH', 1.5],
  ['KIMBERLY', 1],
  ['JENNIFER', 1],
  ['CHRISTINE', 0.8],
  ['PA', 0.8],
  ['EMILY', 0.6],
];

const ASIAN_MALE: Shares = [
  ['MINH', 1.5],
  ['TOU', 1],
  ['DAVID', 1],
  ['KOU', 0.8],
  ['MICHAEL', 0.8],
  ['KEVIN', 0.8],
  ['TUAN', 0.6],
];

/**
 * A pool whose head is the table's shares and whose tail, the rest of the group, falls on as the
 * table does: the tail name of rank r (counted on from the table's end) weighs
 * (tableLength + r)^-tailExponent, so the tail has no cliff and no flat plateau of equals.
 */
function weightedPool(head: Shares, tail: readonly string[], tailExponent: number): NamePool {
  const taken = new Set(head.map(([name]) => name));
  const tailNames = tail.filter((name) => !taken.has(name));
  const names = [...head.map(([name]) => name), ...tailNames];
  const headShare = head.reduce((sum, [, percent]) => sum + percent / 100, 0);
  const tailWeights = tailNames.map((_, rank) => (head.length + rank + 1) ** -tailExponent);
  const tailTotal = tailWeights.reduce((a, b) => a + b, 0);
  const cumulative = new Float64Array(names.length);
  let sum = 0;
  names.forEach((_, i) => {
    sum +=
      i < head.length
        ? (head[i]?.[1] ?? 0) / 100
        : ((1 - headShare) * (tailWeights[i - head.length] ?? 0)) / tailTotal;
    cumulative[i] = sum;
  });
  return poolOf(names, cumulative);
}

/** How the tail falls after each table: 1 is Zipf's law, which name frequencies roughly follow. */
export const TAIL_EXPONENT = 1;

const SURNAME_TAIL = syllableNames(
  ['EZ', 'SON', 'MAN', 'ELLI', 'OV', 'SKI', 'ER', 'INO'],
  60_000,
  [],
);
const FEMALE_TAIL = syllableNames(['A', 'INA', 'ELLE', 'ITA', 'ANA'], 4_000, []);
const MALE_TAIL = syllableNames(['O', 'AN', 'EL', 'IUS', 'ON'], 4_000, []);

export interface GroupPools {
  readonly surnames: NamePool;
  readonly female: NamePool;
  readonly male: NamePool;
  /** The table's names: a person with a common first name and surname. */
  readonly common: ReadonlySet<string>;
}

function groupPools(surnames: Shares, female: Shares, male: Shares): GroupPools {
  return {
    surnames: weightedPool(surnames, SURNAME_TAIL, TAIL_EXPONENT),
    female: weightedPool(female, FEMALE_TAIL, TAIL_EXPONENT),
    male: weightedPool(male, MALE_TAIL, TAIL_EXPONENT),
    common: new Set([...surnames, ...female, ...male].map(([name]) => name)),
  };
}

export const SKEWED_POOLS: Readonly<Record<NameGroup, GroupPools>> = {
  hispanic: groupPools(HISPANIC_SURNAMES, HISPANIC_FEMALE, HISPANIC_MALE),
  other: groupPools(OTHER_SURNAMES, OTHER_FEMALE, OTHER_MALE),
  asian: groupPools(ASIAN_SURNAMES, ASIAN_FEMALE, ASIAN_MALE),
};
