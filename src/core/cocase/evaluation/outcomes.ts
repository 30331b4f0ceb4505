/**
 * The events a Linkages evaluation tracks for a mutual family (issue: co-case and evaluation), on
 * each side. Codes are small integers so a million events sit in typed arrays.
 */
export const OUTCOME_KINDS = [
  'substantiated-referral',
  'foster-care-entry',
  'reunification',
  'cws-case-closed',
  'wtw-engagement',
  'sanction-started',
  'sanction-cured',
  'exit-with-earnings',
  'return-to-aid',
] as const;

export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

export const OUTCOME_LABELS: Record<OutcomeKind, string> = {
  'substantiated-referral': 'Substantiated referral',
  'foster-care-entry': 'Entry to foster care',
  reunification: 'Reunification',
  'cws-case-closed': 'CWS case closed',
  'wtw-engagement': 'Welfare-to-Work engagement',
  'sanction-started': 'Sanction started',
  'sanction-cured': 'Sanction cured',
  'exit-with-earnings': 'Exit from aid with earnings',
  'return-to-aid': 'Return to aid',
};

export const OUTCOME_PROGRAM: Record<OutcomeKind, 'cws' | 'calworks'> = {
  'substantiated-referral': 'cws',
  'foster-care-entry': 'cws',
  reunification: 'cws',
  'cws-case-closed': 'cws',
  'wtw-engagement': 'calworks',
  'sanction-started': 'calworks',
  'sanction-cured': 'calworks',
  'exit-with-earnings': 'calworks',
  'return-to-aid': 'calworks',
};

/** The kind's code in an event table. */
export const OUTCOME_CODE = Object.fromEntries(OUTCOME_KINDS.map((kind, i) => [kind, i])) as Record<
  OutcomeKind,
  number
>;
