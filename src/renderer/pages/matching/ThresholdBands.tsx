import { useEffect, useState } from 'react';
import {
  BANDS,
  logOddsBits,
  matchWeightFor,
  pairsInBands,
  probabilityOfLogOdds,
  readThresholds,
  roundedProbability,
  type Band,
  type ScoreHistogram,
  type Thresholds,
} from './bands';
import {
  BAND_COLOURS,
  BAND_NAMES,
  ScoreHistogramChart,
  ScoreHistogramTable,
} from './ScoreHistogram';
import { formatWeight } from './WeightChart';

/** Long enough to finish typing "0.95", short enough to feel live. */
const SETTLE_MS = 300;
/** The sliders' reach: ±20 bits is a probability of 1 in a million from either end. */
const SLIDER_BITS = 20;

const count = (n: number) => n.toLocaleString('en-US');

export interface ShownResults extends Thresholds {
  readonly links: number;
  readonly reviewPairs: number;
}

/**
 * The thresholds as controls, and what they do to the compared pairs: the histogram with each
 * band coloured and both thresholds drawn, and the pairs in each band. The histogram's counts
 * follow every keystroke; a threshold pair that holds still for SETTLE_MS goes to `onSettle`,
 * which asks the service for the exact figures (`shown` until they come).
 */
export function ThresholdBands({
  histogram,
  prior,
  shown,
  updating,
  refusal,
  onSettle,
}: {
  histogram: ScoreHistogram;
  prior: number;
  shown: ShownResults;
  updating: boolean;
  /** The service's reason for not showing the asked thresholds (e.g. a purged run). */
  refusal?: string;
  onSettle: (thresholds: Thresholds) => void;
}) {
  const [typed, setTyped] = useState({
    accept: String(shown.accept),
    review: String(shown.review),
  });
  const read = readThresholds(typed.accept, typed.review);
  const drawn = read.thresholds ?? shown;
  const settledAccept = read.thresholds?.accept;
  const settledReview = read.thresholds?.review;
  useEffect(() => {
    if (settledAccept === undefined || settledReview === undefined) return;
    const timer = window.setTimeout(
      () => onSettle({ accept: settledAccept, review: settledReview }),
      SETTLE_MS,
    );
    return () => window.clearTimeout(timer);
  }, [settledAccept, settledReview, onSettle]);

  const behind = drawn.accept !== shown.accept || drawn.review !== shown.review;
  const stale = updating || behind;
  const inBands = pairsInBands(histogram, drawn);
  const compared = BANDS.reduce((sum, band) => sum + inBands[band], 0);
  const bits = { accept: logOddsBits(drawn.accept), review: logOddsBits(drawn.review) };
  const exact: Record<Band, string> = {
    linked: `${count(shown.links)} links`,
    review: `${count(shown.reviewPairs)} pairs for review`,
    'not-linked': '—',
  };
  const range: Record<Band, string> = {
    linked: `${formatWeight(bits.accept)} and up`,
    review: `${formatWeight(bits.review)} to ${formatWeight(bits.accept)}`,
    'not-linked': `below ${formatWeight(bits.review)}`,
  };

  function control(field: keyof Thresholds, id: string, label: string) {
    const invalid = read.problem !== undefined && read.field === field;
    const current = read.thresholds?.[field] ?? shown[field];
    const sliderBits = Math.max(-SLIDER_BITS, Math.min(SLIDER_BITS, logOddsBits(current)));
    return (
      <div className="threshold-control">
        <label htmlFor={id}>{label}</label>
        <input
          id={id}
          type="number"
          min="0.000001"
          max="0.999999"
          step="any"
          value={typed[field]}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? 'threshold-problem' : undefined}
          onChange={(e) => setTyped({ ...typed, [field]: e.target.value })}
        />
        <input
          id={`${id}-bits`}
          type="range"
          min={-SLIDER_BITS}
          max={SLIDER_BITS}
          step={0.1}
          value={Number(sliderBits.toFixed(1))}
          aria-label={`${field === 'accept' ? 'Link' : 'Review'} threshold in bits`}
          aria-valuetext={`${current} (${formatWeight(logOddsBits(current))} bits)`}
          onChange={(e) =>
            setTyped({
              ...typed,
              [field]: String(roundedProbability(probabilityOfLogOdds(Number(e.target.value)))),
            })
          }
        />
        <span className="threshold-bits">{formatWeight(logOddsBits(current))} bits</span>
      </div>
    );
  }

  return (
    <section aria-labelledby="bands-heading" className="threshold-bands">
      <h2 id="bands-heading">Thresholds and bands</h2>
      <fieldset className="thresholds">
        <legend>See the results at other thresholds</legend>
        <p className="hint">
          Type a probability or move a slider (its scale is the score’s, in bits); the figures
          follow.
        </p>
        {control('accept', 'view-accept', 'Link pairs at least this likely')}
        {control('review', 'view-review', 'Review pairs from')}
      </fieldset>
      {read.problem !== undefined && (
        <p className="error-summary" role="alert" id="threshold-problem">
          {read.problem}
        </p>
      )}
      {/* The app's alert region has already announced it; this copy sits by the controls. */}
      {refusal && read.problem === undefined && <p className="error-summary">{refusal}</p>}
      <h3>Scores of all compared pairs</h3>
      <p className="hint">
        A pair’s score is its field weights (below) summed, plus the prior’s log odds (
        {formatWeight(logOddsBits(prior))} bits): 0 bits is even odds. Linking at {drawn.accept}{' '}
        takes a score of {formatWeight(bits.accept)} bits, field weights summing to about{' '}
        {formatWeight(matchWeightFor(drawn.accept, prior))}.
      </p>
      <ScoreHistogramChart histogram={histogram} thresholds={drawn} />
      <table className="data-table" aria-busy={stale || undefined}>
        <caption>Pairs in each band</caption>
        <thead>
          <tr>
            <th scope="col">Band</th>
            <th scope="col">Score (bits)</th>
            <th scope="col">Compared pairs (approximate)</th>
            <th scope="col">After one-to-one resolution</th>
          </tr>
        </thead>
        <tbody>
          {BANDS.map((band) => (
            <tr key={band}>
              <th scope="row">
                <span
                  className="swatch"
                  style={{ background: BAND_COLOURS[band] }}
                  aria-hidden="true"
                />{' '}
                {BAND_NAMES[band]}
              </th>
              <td>{range[band]}</td>
              <td className="number">{count(inBands[band])}</td>
              <td className={stale ? 'number stale' : 'number'}>{exact[band]}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">All compared pairs</th>
            <td />
            <td className="number">{count(compared)}</td>
            <td />
          </tr>
        </tfoot>
      </table>
      <p className="hint">
        Compared pairs are counted from the histogram’s 1-bit bins, each bin in the band that holds
        its middle, so near a threshold they are approximate.{' '}
        {updating || (behind && !refusal)
          ? 'Updating the exact figures…'
          : behind
            ? `The last column stays at link ${shown.accept} and review ${shown.review}.`
            : 'The last column is exact: each person is linked at most once, and reviewers’ decisions count.'}
      </p>
      <ScoreHistogramTable histogram={histogram} thresholds={drawn} />
    </section>
  );
}
