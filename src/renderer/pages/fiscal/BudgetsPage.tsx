import { useRef, useState } from 'react';
import type { BudgetLine } from '../../../api/fiscal/contract';
import { formatMoney } from '../../../core/money';
import { reportError } from '../../alerts';
import { invoke } from '../../client/client';
import { useApi } from '../../client/queries';
import { useConfirm } from '../../components/ConfirmDialog';
import { PageHeading } from '../../components/PageHeading';
import { UndoButton } from '../../components/UndoButton';
import { hrefOf } from '../../navigation';
import { returnFocus } from '../../components/formFocus';
import { BudgetForm } from './budgets/BudgetForm';
import { groupByStream, type BudgetRow } from './budgets/budgetGroups';
import { BudgetTable } from './budgets/BudgetTable';
import { FiscalNav } from './FiscalNav';
import { sfyLabel, useFiscalCounty, useSfy } from '../../components/countyAndYear';
import { SfyPicker } from '../../components/SfyPicker';

export function BudgetsPage() {
  const { county, noCounty } = useFiscalCounty();
  return (
    <>
      <FiscalNav current="budgets" />
      <PageHeading>Budgets</PageHeading>
      <p className="lead">
        What the county committed for each state fiscal year (July–June), per funding stream and
        service category, split by quarter when the money is not spent evenly.
      </p>
      {noCounty && (
        <p className="notice">Choose your county at the top of the window to see its budgets.</p>
      )}
      {county && <CountyBudgets countyId={county.id} />}
    </>
  );
}

function CountyBudgets({ countyId }: { countyId: number }) {
  const [sfyStartYear, setSfyStartYear] = useSfy();
  const [current] = useState(sfyStartYear);
  const reference = useApi('fiscal.reference', { countyId });
  const budgets = useApi('fiscal.listBudgets', { countyId, sfyStartYear });
  const { confirm, dialog } = useConfirm();
  const [editingId, setEditingId] = useState<number | null>(null);
  const [outcome, setOutcome] = useState('');
  const opener = useRef<Element | null>(null);
  const sfy = sfyLabel({ startYear: sfyStartYear });
  // Two years back for the record, two ahead for planning.
  const years = [-2, -1, 0, 1, 2].map((offset) => current + offset);

  const lines = budgets.data ?? [];
  const editing = lines.find((line) => line.id === editingId) ?? null;

  function chooseSfy(startYear: number): void {
    setEditingId(null);
    setOutcome('');
    setSfyStartYear(startYear);
  }

  function startEdit(line: BudgetLine): void {
    opener.current = document.activeElement;
    setOutcome('');
    setEditingId(line.id);
  }

  function stopEdit(): void {
    setEditingId(null);
    returnFocus(opener.current);
  }

  function remove(row: BudgetRow): void {
    const what = `${row.streamName}, ${row.categoryName}`;
    void confirm(
      'Delete this budget line?',
      <p>
        The {sfy} budget of {formatMoney(row.amountCents)} for {what} will be removed. Undo brings
        it back.
      </p>,
      'Delete line',
    )
      .then(async (sure) => {
        if (!sure) return;
        await invoke('fiscal.deleteBudget', { countyId, id: row.line.id });
        if (editingId === row.line.id) setEditingId(null);
        setOutcome(`Deleted the ${sfy} budget for ${what}.`);
      })
      .catch(reportError);
  }

  return (
    <>
      <div className="toolbar">
        <SfyPicker value={sfyStartYear} years={years} onChange={chooseSfy} />
        <UndoButton countyId={countyId} scope="budgets" onUndone={() => setEditingId(null)} />
      </div>
      {!reference.data || !budgets.data ? (
        <p>{reference.isPending || budgets.isPending ? 'Loading the budgets…' : ''}</p>
      ) : (
        <>
          <section aria-labelledby="budget-lines-heading">
            <h2 id="budget-lines-heading">
              Budget lines for {sfy} ({lines.length})
            </h2>
            {lines.length === 0 ? (
              <p>
                No budget lines for {sfy} yet. Add one below: the amount committed for a funding
                stream and a service category. Streams and categories are set up on the{' '}
                <a href={hrefOf('fiscal', 'reference')}>funding streams and categories</a> page.
              </p>
            ) : (
              <BudgetTable
                groups={groupByStream(lines, reference.data.streams, reference.data.categories)}
                sfy={sfy}
                onEdit={startEdit}
                onDelete={remove}
              />
            )}
            {/* Beside the table: deletes and saved edits leave the keyboard here. */}
            <p role="status">{outcome}</p>
          </section>
          <BudgetForm
            // A new version of the line (undo, say) starts the form again from it.
            key={`${sfyStartYear}-${editing ? `${editing.id}@${editing.version}` : 'new'}`}
            countyId={countyId}
            sfyStartYear={sfyStartYear}
            sfy={sfy}
            lines={lines}
            streams={reference.data.streams}
            categories={reference.data.categories}
            editing={editing}
            onSaved={(message) => {
              setOutcome(message);
              if (editing) stopEdit();
            }}
            onCancel={stopEdit}
          />
        </>
      )}
      {dialog}
    </>
  );
}
