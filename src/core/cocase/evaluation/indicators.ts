/**
 * The indicators of the evaluation dashboard, each a rate with its denominator in view. Two
 * shapes: of the families in Linkages (or in the comparison group) during a period, how many had
 * an event in it; and of the families with an anchor event in a period, how many had a follow-up
 * event within a window after it (recurrence, reunification, re-entry…).
 */
import type { OutcomeKind } from './outcomes';

export type IndicatorRule =
  | {
      /** Denominator: families in their group at some time in the period. */
      readonly cohort: 'active';
      /** Numerator: those of them with this event in the period. */
      readonly event: OutcomeKind;
    }
  | {
      /** Denominator: families with this event in the period (on or after joining their group). */
      readonly cohort: 'anchor';
      readonly anchor: OutcomeKind;
      /** Numerator: those with this event within `withinDays` after the anchor (its day excluded). */
      readonly event: OutcomeKind;
      readonly withinDays: number;
    };

export interface Indicator {
  readonly id: string;
  readonly label: string;
  readonly program: 'cws' | 'calworks';
  /** Which way is good news: the dashboard colours differences by it. */
  readonly better: 'higher' | 'lower';
  readonly numerator: string;
  readonly denominator: string;
  readonly rule: IndicatorRule;
}

const YEAR = 365;

export const INDICATORS: readonly Indicator[] = [
  {
    id: 'recurrence-12m',
    label: 'Recurrence of maltreatment within 12 months',
    program: 'cws',
    better: 'lower',
    numerator: 'with another substantiated referral within 12 months',
    denominator: 'families with a substantiated referral in the period',
    rule: {
      cohort: 'anchor',
      anchor: 'substantiated-referral',
      event: 'substantiated-referral',
      withinDays: YEAR,
    },
  },
  {
    id: 'foster-care-entry',
    label: 'Entry to foster care',
    program: 'cws',
    better: 'lower',
    numerator: 'with a child entering foster care in the period',
    denominator: 'families in the group during the period',
    rule: { cohort: 'active', event: 'foster-care-entry' },
  },
  {
    id: 'reunification-12m',
    label: 'Reunification within 12 months of entry',
    program: 'cws',
    better: 'higher',
    numerator: 'reunified within 12 months',
    denominator: 'families with an entry to foster care in the period',
    rule: {
      cohort: 'anchor',
      anchor: 'foster-care-entry',
      event: 'reunification',
      withinDays: YEAR,
    },
  },
  {
    id: 'reentry-12m',
    label: 'Re-entry to foster care within 12 months of reunification',
    program: 'cws',
    better: 'lower',
    numerator: 'with a re-entry within 12 months',
    denominator: 'families reunified in the period',
    rule: {
      cohort: 'anchor',
      anchor: 'reunification',
      event: 'foster-care-entry',
      withinDays: YEAR,
    },
  },
  {
    id: 'cws-case-closed',
    label: 'CWS case closed',
    program: 'cws',
    better: 'higher',
    numerator: 'with their CWS case closed in the period',
    denominator: 'families in the group during the period',
    rule: { cohort: 'active', event: 'cws-case-closed' },
  },
  {
    id: 'wtw-engagement',
    label: 'Welfare-to-Work engagement',
    program: 'calworks',
    better: 'higher',
    numerator: 'engaged in Welfare-to-Work activities in the period',
    denominator: 'families in the group during the period',
    rule: { cohort: 'active', event: 'wtw-engagement' },
  },
  {
    id: 'sanction-cured-6m',
    label: 'Sanction cured within 6 months',
    program: 'calworks',
    better: 'higher',
    numerator: 'with the sanction cured within 6 months',
    denominator: 'families with a sanction started in the period',
    rule: {
      cohort: 'anchor',
      anchor: 'sanction-started',
      event: 'sanction-cured',
      withinDays: 183,
    },
  },
  {
    id: 'exit-with-earnings',
    label: 'Exit from aid with earnings',
    program: 'calworks',
    better: 'higher',
    numerator: 'leaving aid with earnings in the period',
    denominator: 'families in the group during the period',
    rule: { cohort: 'active', event: 'exit-with-earnings' },
  },
  {
    id: 'return-to-aid-12m',
    label: 'Return to aid within 12 months of exit',
    program: 'calworks',
    better: 'lower',
    numerator: 'back on aid within 12 months',
    denominator: 'families leaving aid with earnings in the period',
    rule: {
      cohort: 'anchor',
      anchor: 'exit-with-earnings',
      event: 'return-to-aid',
      withinDays: YEAR,
    },
  },
];
