/**
 * "What this page is for", one or two sentences per page, keyed by the page's route pattern
 * (`:id` for a record's number), the same patterns the layout test visits.
 */
export const PAGE_HELP: Readonly<Record<string, string>> = {
  overview:
    'Where the county stands today: what is overdue or running out, what is coming, and the first steps still to take. Each line links to the page where it is dealt with.',
  'overview/glossary': 'The words of Linkages and of this Workbench, in plain terms.',
  readiness:
    'Readiness rounds: open one, add the staff who answer, and read the results when enough have answered.',
  'readiness/round/:id':
    'One round: its respondents and how far each has answered. Enter answers here or import a filled template.',
  'readiness/round/:id/results':
    'How ready the county is, by domain and program, and where the toolkit suggests starting. Results from one respondent or few answers are provisional.',
  'readiness/round/:id/respondent/:id':
    'One respondent’s answers, statement by statement; each answer is saved as it is given.',
  program:
    'The county’s program model: which components it runs in each prevention tier, and their status. The readiness results propose where to begin.',
  'program/plan':
    'The dated rollout plan: tasks by implementation stage, their dependencies, and what is overdue or due soon.',
  'program/team': 'The implementation team: who from each program takes part, and their roles.',
  'program/training':
    'Joint trainings of CalWORKs and CWS staff: sessions, hours and attendees by program, per SFY.',
  fiscal:
    'The SFY at a glance: budget against spending by stream, projections to June 30, leveraged funds and the leverage ratio.',
  'fiscal/ledger':
    'Every spending entry on services for mutual families, by stream, category and quarter. Add, change or import entries here.',
  'fiscal/import':
    'Import a ledger file: every row is checked first, and nothing is written unless all rows pass.',
  'fiscal/budgets': 'This SFY’s budget per funding stream and service category.',
  'fiscal/reference':
    'The funding streams and service categories the county uses; add your own or retire ones no longer used.',
  'fiscal/history':
    'Every change to the fiscal records: who made it, when, and what it was before.',
  matching:
    'Find the mutual families: import a CalWORKs and a CWS extract, run the match, and see earlier runs.',
  'matching/runs/:id':
    'One match run: how many people and families are on both caseloads, and how many pairs need a person to look. The model’s workings are under “How the model decided”.',
  'matching/runs/:id/review':
    'Pairs the model is unsure of: decide whether each is the same person. Names are hidden until you ask.',
  'matching/runs/:id/families': 'The family pairs a run found, by case number and prevention tier.',
  cocase: 'The mutual families the county works together, with their plans and joint meetings.',
  'cocase/families/:id':
    'One mutual family: its coordinated plan, joint meetings, barriers, services and outcomes.',
  'cocase/worklists':
    'What is due across the families: joint reviews due or overdue, families without a plan, open barriers.',
  'cocase/evaluation':
    'Whether Linkages works: outcome indicators for Linkages families against a comparison group, small counts suppressed.',
  reports:
    'The county report package for an SFY, for the oversight committee: preview it, then download the workbook or the PDF report.',
  'reports/rollups': 'Statewide roll-ups: gather many counties’ packages into one view.',
  'reports/rollups/:id':
    'One roll-up: the counties’ figures side by side, on a map and in a table.',
  settings: 'Where the data lives, backups, encryption and the Workbench’s version.',
  'settings/encryption': 'Where the data lives, backups, encryption and the Workbench’s version.',
  'settings/identifier-reveals':
    'Who was shown names, dates of birth or SSNs, when, for which family and why: the privacy officer’s report.',
};

/** The help of the page at an area and its path ("round", "12" → "round/:id"). */
export function pageHelpOf(area: string, path: readonly string[]): string | undefined {
  const pattern = [area, ...path.map((part) => (/^\d+$/.test(part) ? ':id' : part))].join('/');
  return PAGE_HELP[pattern];
}
