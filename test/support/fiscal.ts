/** A county ready for fiscal e2e tests: chosen in the workspace, with one budget line this SFY. */
import type { Invoke } from '../../src/api/contract';
import { typedInvoke } from '../../src/api/service';
import { stateFiscalYearOf } from '../../src/core/fiscalCalendar';
import { localIsoDate } from '../../src/core/isoDate';
import type { Workbench } from '../../src/db/openDatabase';
import { serviceOver } from './workbench';

export const FISCAL_COUNTY = 49;
/** The SFY the pages open on: today's. */
export const CURRENT_SFY = stateFiscalYearOf(localIsoDate(new Date())).startYear;

export interface BudgetLine {
  readonly streamId: number;
  readonly stream: string;
  readonly categoryId: number;
  readonly category: string;
}

/** The first usable stream and category of the county, budgeted $50,000.00 this SFY. */
export async function budgetedCounty(
  workbench: Workbench,
): Promise<{ invoke: Invoke; line: BudgetLine }> {
  const invoke = typedInvoke(serviceOver(workbench));
  await invoke('workspace.setCounty', { countyId: FISCAL_COUNTY });
  const { streams, categories } = await invoke('fiscal.reference', { countyId: FISCAL_COUNTY });
  const stream = streams.find((s) => !s.retired && s.activeSfys.length === 0);
  const category = categories.find((c) => !c.retired);
  if (!stream || !category) throw new Error('the shipped reference has no usable line');
  const line = {
    streamId: stream.id,
    stream: stream.name,
    categoryId: category.id,
    category: category.name,
  };
  await invoke('fiscal.saveBudget', {
    countyId: FISCAL_COUNTY,
    sfyStartYear: CURRENT_SFY,
    streamId: line.streamId,
    categoryId: line.categoryId,
    amount: '$50,000.00',
  });
  return { invoke, line };
}
