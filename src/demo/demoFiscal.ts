/**
 * The demo county's fiscal year books: budget lines for three SFYs and a ledger written as a
 * county finance system would export it (US dates, "$1,234.56", "(12.50)" refunds), which the demo
 * imports through the same path a user's file takes.
 */
import { z } from 'zod';
import { sfyEnd, sfyStart } from '../core/fiscalCalendar';
import { SOURCE_PROGRAMS } from '../core/fiscal/types';
import { formatMoney } from '../core/money';
import { seededRandom } from '../core/seededRandom';
import type { Invoke } from '../api/contract';

export const DemoFiscal = z
  .object({
    sfys: z.array(z.number().int()).min(1),
    /** The ledger of the latest SFY runs to this date: a year in progress. */
    through: z.string(),
    seed: z.number().int(),
    lines: z.array(
      z
        .object({
          stream: z.string(),
          category: z.string(),
          budgetDollars: z.number().int().positive(),
          /** Spending over a whole year as a share of the budget: 1.2 overspends. */
          pace: z.number().positive(),
          expensesPerYear: z.number().int().positive(),
          leveragedShare: z.number().min(0).max(1),
          savedProgram: z.enum(SOURCE_PROGRAMS).nullable(),
        })
        .strict(),
    ),
    vendors: z.array(z.string()).min(1),
  })
  .strict();
export type DemoFiscal = z.infer<typeof DemoFiscal>;

export const DEMO_LEDGER_HEADERS = [
  'Posting Date',
  'Amount',
  'Fund',
  'Service Category',
  'Leveraged',
  'Saved Program',
  'Vendor',
  'Case #',
  'Refund Reason',
] as const;

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const usDate = (day: number) => {
  const d = new Date(day * DAY_MS);
  return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()}`;
};
const csvField = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** The demo ledger as CSV text, the same every time for the same spec. */
export function demoLedgerCsv(spec: DemoFiscal): string {
  const random = seededRandom(spec.seed);
  const lines: string[] = [DEMO_LEDGER_HEADERS.join(',')];
  for (const startYear of spec.sfys) {
    const first = dayNumber(sfyStart({ startYear }));
    const yearEnd = dayNumber(sfyEnd({ startYear }));
    const last = Math.min(yearEnd, dayNumber(spec.through));
    if (last < first) continue;
    const share = (last - first + 1) / (yearEnd - first + 1);
    for (const line of spec.lines) {
      const count = Math.max(1, Math.round(line.expensesPerYear * share));
      const mean = (line.budgetDollars * 100 * line.pace * share) / count;
      for (let n = 0; n < count; n++) {
        const day = first + Math.floor(random() * (last - first + 1));
        // Amounts vary ±60 % around the mean; one expense in forty is refunded in part.
        const cents = Math.max(100, Math.round(mean * (0.4 + random() * 1.2)));
        const leveraged = line.savedProgram !== null && random() < line.leveragedShare;
        const vendor = spec.vendors[Math.floor(random() * spec.vendors.length)] ?? 'Vendor';
        const caseNumber = random() < 0.7 ? `C-${100000 + Math.floor(random() * 900000)}` : '';
        lines.push(row(usDate(day), formatMoney(cents), line, leveraged, vendor, caseNumber, ''));
        if (random() < 1 / 40) {
          const refund = `(${formatMoney(Math.round(cents / 4)).slice(1)})`;
          lines.push(
            row(
              usDate(Math.min(last, day + 7)),
              refund,
              line,
              false,
              vendor,
              caseNumber,
              'Partial refund from vendor',
            ),
          );
        }
      }
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}

function row(
  date: string,
  amount: string,
  line: DemoFiscal['lines'][number],
  leveraged: boolean,
  vendor: string,
  caseNumber: string,
  refundReason: string,
): string {
  return [
    date,
    amount,
    line.stream,
    line.category,
    leveraged ? 'Y' : 'N',
    leveraged ? (line.savedProgram ?? '') : '',
    vendor,
    caseNumber,
    refundReason,
  ]
    .map(csvField)
    .join(',');
}

/** Budget lines for every demo SFY, then the ledger through the import, as a user would. */
export async function loadDemoFiscal(
  invoke: Invoke,
  countyId: number,
  spec: DemoFiscal,
): Promise<void> {
  const { streams, categories } = await invoke('fiscal.reference', { countyId });
  const idOf = (list: readonly { id: number; name: string }[], name: string) => {
    const found = list.find((item) => item.name === name);
    if (!found) throw new Error(`The demo names “${name}”, which the reference lacks.`);
    return found.id;
  };
  for (const sfyStartYear of spec.sfys) {
    for (const line of spec.lines) {
      await invoke('fiscal.saveBudget', {
        countyId,
        sfyStartYear,
        streamId: idOf(streams, line.stream),
        categoryId: idOf(categories, line.category),
        amount: String(line.budgetDollars),
      });
    }
  }
  await invoke('fiscal.importLedger', {
    countyId,
    fileName: 'demo-ledger.csv',
    bytesBase64: Buffer.from(demoLedgerCsv(spec)).toString('base64'),
    mapping: null,
  });
}
