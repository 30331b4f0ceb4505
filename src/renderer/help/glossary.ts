/**
 * The words of Linkages as the Workbench uses them, for people new to one program or the other.
 * Definitions follow the Statewide Linkages Toolkit and the product's own rules.
 */
export interface GlossaryTerm {
  readonly term: string;
  /** Anchors the term on the glossary page, e.g. "leverage-ratio". */
  readonly id: string;
  readonly meaning: string;
}

export const GLOSSARY: readonly GlossaryTerm[] = [
  {
    term: 'CalWORKs',
    id: 'calworks',
    meaning:
      'California’s TANF program: monthly cash aid and Welfare-to-Work employment services, run by the county’s social-services agency.',
  },
  {
    term: 'Co-case',
    id: 'co-case',
    meaning:
      'A mutual family worked by both programs together: joint meetings, a coordinated plan, shared services.',
  },
  {
    term: 'Coordinated plan',
    id: 'coordinated-plan',
    meaning:
      'One plan that lines up the CWS case plan with the Welfare-to-Work plan, so activities a court ordered can count toward WtW hours when the county approves them.',
  },
  {
    term: 'CWS (Child Welfare Services)',
    id: 'cws',
    meaning:
      'The county program that responds to reports of child abuse and neglect: referrals, investigations, Family Maintenance and Family Reunification cases, and the court.',
  },
  {
    term: 'General-fund savings',
    id: 'general-fund-savings',
    meaning:
      'County general-fund dollars that did not have to be spent on a mutual family’s service because another stream paid for it.',
  },
  {
    term: 'Joint review',
    id: 'joint-review',
    meaning:
      'A meeting of the family’s CalWORKs and CWS workers (often with the family) to review the coordinated plan; the worklists show when the next is due.',
  },
  {
    term: 'Leverage ratio',
    id: 'leverage-ratio',
    meaning:
      'Leveraged funds divided by the county general-fund dollars committed to Linkages, for one SFY. A ratio of 2.5 means $2.50 leveraged for every general-fund dollar.',
  },
  {
    term: 'Leveraged funds',
    id: 'leveraged-funds',
    meaning:
      'Money from one program or an outside source spent on services for mutual families that the other program would otherwise have paid for.',
  },
  {
    term: 'Match rate',
    id: 'match-rate',
    meaning:
      'The share of one program’s people also found in the other program’s extract, reported in the statewide table’s shape (for example, CWS children with a referral who are on CalWORKs).',
  },
  {
    term: 'Match run',
    id: 'match-run',
    meaning:
      'One comparison of a CalWORKs extract with a CWS extract. Pairs the model is sure of are linked, uncertain pairs wait for a person to review, and linked people roll up to family pairs.',
  },
  {
    term: 'Mutual family',
    id: 'mutual-family',
    meaning: 'A family on both the CalWORKs and the CWS caseload.',
  },
  {
    term: 'Prevention tiers',
    id: 'tiers',
    meaning:
      'Primary: for every CalWORKs family (information, screening, warm hand-offs). Secondary: families with risk factors but no open CWS case. Tertiary: families with an open CWS case (Family Maintenance or Reunification) who are also on CalWORKs.',
  },
  {
    term: 'Provisional result',
    id: 'provisional',
    meaning:
      'A readiness result resting on one respondent or on fewer than half the answers its respondents could give: shown, but not as the county’s score.',
  },
  {
    term: 'Readiness round',
    id: 'readiness-round',
    meaning:
      'One sitting of the toolkit’s Readiness Assessment: staff of both programs rate statements from 1 to 5, and the Workbench scores the county by domain and recommends where to start.',
  },
  {
    term: 'SFY (state fiscal year)',
    id: 'sfy',
    meaning:
      'California’s fiscal year, July 1 to June 30, named by both years: SFY 2026-27 runs from July 1, 2026 to June 30, 2027. Its quarters: Q1 July–September, Q2 October–December, Q3 January–March, Q4 April–June.',
  },
  {
    term: 'Suppressed cell',
    id: 'suppressed-cell',
    meaning:
      'A count from 1 to 10 that is not shown (written “<11”), as in California’s public child-welfare reports, so that no family can be recognized from a report.',
  },
  {
    term: 'WtW (Welfare-to-Work)',
    id: 'wtw',
    meaning:
      'The employment side of CalWORKs: each adult has a WtW plan of activities and participation hours.',
  },
];
