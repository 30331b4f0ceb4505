/**
 * What most pages start from: the current county, the state fiscal year shown (today's by
 * default), and money, SFY and share in words. Shared by every area's pages.
 */
import { useState } from 'react';
import { stateFiscalYearOf, sfyLabel } from '../../core/fiscalCalendar';
import { localIsoDate } from '../../core/isoDate';
import { formatMoney } from '../../core/money';
import { nameOf } from '../../core/names';
import { useApi } from '../client/queries';

export { formatMoney, nameOf, sfyLabel };

/** The current county and its fiscal reference (streams, categories), or why there is none. */
export function useFiscalCounty() {
  const workspace = useApi('workspace.get', {});
  const county = workspace.data?.county ?? null;
  return { county, noCounty: workspace.isSuccess && !county };
}

/** The SFY a page shows: today's by default. */
export function useSfy() {
  return useState(() => stateFiscalYearOf(localIsoDate(new Date())).startYear);
}

/** A share (0.25) as "25.0%"; a dash when there is no figure. */
export function formatShare(share: number | null): string {
  return share === null ? '–' : `${(share * 100).toFixed(1)}%`;
}
