import { DEMO_LEDGER_HEADERS } from '../../src/demo/demoFiscal';

/**
 * A finance export's header as the tests write it: the demo's columns without Refund Reason (their
 * rows are expenses). No vitest import here: the crash child bundles this file.
 */
export const LEDGER_HEADER: readonly string[] = DEMO_LEDGER_HEADERS.filter(
  (column) => column !== 'Refund Reason',
);
