/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { TOKEN_HEADER } from '../../src/api/bridge';
import { FISCAL_COUNTY } from '../support/fiscal';

/** The ledger's size as the service counts it now, asked from the page with its own token. */
export function ledgerTotal(page: Page): Promise<number> {
  return page.evaluate(
    async ({ header, countyId }) => {
      const response = await fetch('api/fiscal.listLedger', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [header]: sessionStorage.getItem('linkages.token') ?? '',
        },
        body: JSON.stringify({ countyId, limit: 1 }),
      });
      const envelope = (await response.json()) as { value: { total: number } };
      return envelope.value.total;
    },
    { header: TOKEN_HEADER, countyId: FISCAL_COUNTY },
  );
}
