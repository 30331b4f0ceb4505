import { SubNav } from '../../components/SubNav';

const PAGES = [
  { path: '', label: 'County report package' },
  { path: 'rollups', label: 'Statewide roll-ups' },
] as const;

/** The reports area's pages, with the current one marked. */
export function ReportsNav({ current }: { current: (typeof PAGES)[number]['path'] }) {
  return <SubNav area="reports" label="Reports pages" pages={PAGES} current={current} />;
}
