import { describe, expect, it } from 'vitest';
import { loadDemoCounty, readDemoDataset } from '../../../src/demo/demoCounty';
import { typedInvoke } from '../../../src/api/service';
import { resourcesFolder } from '../../../src/server/paths';
import { openTempWorkbench, serviceOver } from '../../support/workbench';

describe('the demo county’s books', () => {
  it('hold three SFYs of a few thousand ledger rows, with leverage and burn warnings to see', async () => {
    const invoke = typedInvoke(serviceOver(openTempWorkbench()));
    await loadDemoCounty(invoke, readDemoDataset(resourcesFolder), 'fiscal');
    const { total } = await invoke('fiscal.listLedger', { countyId: 49, limit: 1 });
    expect(total).toBeGreaterThan(2000);
    expect(total).toBeLessThan(6000);
    const summary = await invoke('fiscal.summary', {
      countyId: 49,
      sfyStartYear: 2026,
      asOf: '2026-11-22',
    });
    expect(summary.leverage.map((l) => l.sfyStartYear)).toEqual([2024, 2025, 2026]);
    expect(summary.leverage.every((l) => l.leveragedCents > 0 && l.leverageRatio !== null)).toBe(
      true,
    );
    const { streams } = await invoke('fiscal.reference', { countyId: 49 });
    const status = (name: string) =>
      summary.burn.find((b) => b.streamId === streams.find((s) => s.name === name)?.id)?.status;
    // Housing Support spends at 125 % of its budget's pace; AOD services at 60 %.
    expect(status('CalWORKs Housing Support Program')).toBe('runs-out');
    expect(summary.burn.some((b) => b.status === 'unspent')).toBe(true);
    const refunds = await invoke('fiscal.listLedger', {
      countyId: 49,
      sort: 'amount',
      limit: 1,
    });
    expect(refunds.rows[0]?.amountCents).toBeLessThan(0);
    expect(refunds.rows[0]?.refundReason).toBe('Partial refund from vendor');
  });
});
