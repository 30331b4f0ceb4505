export type AreaId =
  'overview' | 'readiness' | 'program' | 'fiscal' | 'matching' | 'cocase' | 'reports' | 'settings';

export interface Area {
  readonly id: AreaId;
  readonly label: string;
  /** One sentence for the overview. */
  readonly purpose: string;
  /** Areas still to be built say what they will do instead of showing an empty page. */
  readonly coming?: readonly string[];
}

export const AREAS: readonly Area[] = [
  {
    id: 'overview',
    label: 'Overview',
    purpose: 'Where your county stands across the Linkages work.',
  },
  {
    id: 'readiness',
    label: 'Readiness',
    purpose: 'Is the county ready for collaboration, and which kind of Linkages program fits?',
  },
  {
    id: 'program',
    label: 'Program model',
    purpose:
      'Which components the county runs in each prevention tier, and the plan to install them.',
  },
  {
    id: 'fiscal',
    label: 'Fiscal',
    purpose: 'Shared fiscal resources for mutual families, by funding stream, SFY and quarter.',
  },
  {
    id: 'matching',
    label: 'Mutual families',
    purpose: 'Find the families on both caseloads, quickly and privately.',
  },
  {
    id: 'cocase',
    label: 'Co-case & evaluation',
    purpose: "Track mutual families' linked case plans and measure whether Linkages works.",
  },
  {
    id: 'reports',
    label: 'Reports',
    purpose: 'The county report package and the statewide roll-up for the oversight committee.',
  },
  {
    id: 'settings',
    label: 'Settings',
    purpose: 'Versions, where the data lives, and backups.',
  },
];

export function areaById(id: AreaId): Area {
  const area = AREAS.find((candidate) => candidate.id === id);
  if (!area) throw new Error(`Unknown area ${id}.`);
  return area;
}
