import { SubNav } from '../../components/SubNav';

const PAGES = [
  { path: '', label: 'Mutual family records' },
  { path: 'worklists', label: 'Worklists' },
  { path: 'evaluation', label: 'Evaluation' },
] as const;

export type CocasePage = (typeof PAGES)[number]['path'];

/** The Co-case & evaluation area's pages, with the current one marked. */
export function CocaseNav({ current }: { current: CocasePage }) {
  return (
    <SubNav area="cocase" label="Co-case and evaluation pages" pages={PAGES} current={current} />
  );
}
