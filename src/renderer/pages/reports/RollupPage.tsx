import { useState } from 'react';
import type { RollupView } from '../../../api/reports/rollup.contract';
import { sfyLabel } from '../../../core/fiscalCalendar';
import { reportError } from '../../alerts';
import { invoke } from '../../client/client';
import { useApi } from '../../client/queries';
import { useConfirm } from '../../components/ConfirmDialog';
import { DownloadButton } from '../../components/DownloadButton';
import { PageHeading } from '../../components/PageHeading';
import { hrefOf } from '../../navigation';
import { AddPackages } from './AddPackages';
import { CaliforniaMap } from './map/CaliforniaMap';
import { RollupCountyTable } from './RollupCountyTable';
import { figureOf, FIGURES, type FigureKey } from './rollupFigures';

/** One roll-up: add packages, the statewide figures, the map with its table, missing counties. */
export function RollupPage({ rollupId }: { rollupId: number }) {
  const view = useApi('reports.rollupView', { rollupId });
  const { confirm, dialog } = useConfirm();
  const [figureKey, setFigureKey] = useState<FigureKey>('leverageRatio');
  const [outcome, setOutcome] = useState('');

  if (!view.data) {
    return (
      <>
        <p className="breadcrumb">
          <a href={hrefOf('reports', 'rollups')}>Statewide roll-ups</a>
        </p>
        <PageHeading>Roll-up</PageHeading>
        <p>{view.isPending ? 'Loading the roll-up…' : 'This roll-up could not be loaded.'}</p>
      </>
    );
  }
  const { rollup, counties, statewide, missing } = view.data;
  const period = sfyLabel({ startYear: rollup.sfyStartYear });
  const figure = figureOf(figureKey);
  const values = new Map(counties.map((c) => [c.fips, c[figure.key]]));

  function remove(county: RollupView['counties'][number]): void {
    void confirm(
      'Remove this county’s package?',
      <p>
        {county.name}’s package (“{county.fileName}”) will be taken out of “{rollup.name}”. The file
        itself is not touched; add it again at any time.
      </p>,
      'Remove package',
    ).then(async (sure) => {
      if (!sure) return;
      try {
        await invoke('reports.removePackage', { rollupId, countyId: county.countyId });
        setOutcome(`Removed ${county.name}’s package.`);
      } catch (error) {
        reportError(error);
      }
    });
  }

  return (
    <>
      <p className="breadcrumb">
        <a href={hrefOf('reports', 'rollups')}>Statewide roll-ups</a>
      </p>
      <PageHeading>
        {/* A name such as "Oversight committee, SFY 2025-26" says its year already. */}
        {rollup.name.includes(period) ? rollup.name : `${rollup.name} (${period})`}
      </PageHeading>
      <p className="lead">
        {statewide.counties} of 58 counties have sent a package for {period}.
      </p>
      <AddPackages rollupId={rollupId} />
      <Statewide figures={statewide} />
      <section aria-labelledby="map-heading">
        <h2 id="map-heading">By county</h2>
        <p>
          <label htmlFor="map-figure">Colour the map by</label>{' '}
          <select
            id="map-figure"
            value={figureKey}
            onChange={(e) => setFigureKey(e.target.value as FigureKey)}
          >
            {FIGURES.map((f) => (
              <option key={f.key} value={f.key}>
                {f.label}
              </option>
            ))}
          </select>
        </p>
        <CaliforniaMap
          figure={figure}
          values={values}
          title={`${figure.label} by county, ${period}. The table below gives the same figures.`}
        />
        {counties.length > 0 && <RollupCountyTable counties={counties} onRemove={remove} />}
      </section>
      <section aria-labelledby="missing-heading">
        <h2 id="missing-heading">Counties without a package ({missing.length})</h2>
        {missing.length === 0 ? (
          <p>Every county has sent its package.</p>
        ) : (
          <p data-testid="missing-counties">{missing.map((m) => m.name).join(', ')}.</p>
        )}
      </section>
      <DownloadButton
        label="Download the roll-up workbook"
        busyLabel="Making the workbook…"
        build={() => invoke('reports.exportRollup', { rollupId })}
      />
      <p role="status">{outcome}</p>
      {dialog}
    </>
  );
}

function Statewide({ figures }: { figures: RollupView['statewide'] }) {
  const { totals, medians } = figures;
  const rows = FIGURES.map((f) => {
    const total = f.key in totals ? totals[f.key as keyof typeof totals] : null;
    return { label: f.label, total, median: medians[f.key], format: f.format };
  });
  return (
    <section aria-labelledby="statewide-heading">
      <h2 id="statewide-heading">Statewide</h2>
      <table className="data-table" data-testid="statewide-figures">
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col" className="number">
              Statewide
            </th>
            <th scope="col" className="number">
              County median
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label}>
              <th scope="row">{r.label}</th>
              <td className="number">{r.total === null ? '–' : r.format(r.total)}</td>
              <td className="number">{r.median === null ? '–' : r.format(r.median)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
