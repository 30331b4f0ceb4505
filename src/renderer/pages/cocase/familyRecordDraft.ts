/** The family record form's draft: its fields, their ids and labels, blank or from a family. */
import { today } from './familyForm';
import {
  TIER_LABELS,
  type MutualFamilyRecord,
  type RecordGroup,
  type RecordTier,
} from './familyRecordsView';

export interface RecordDraft {
  readonly calworksCase: string;
  readonly cwsCase: string;
  readonly tier: RecordTier | '';
  readonly group: RecordGroup | '';
  readonly startDate: string;
  readonly endDate: string;
  readonly calworksWorker: string;
  readonly cwsWorker: string;
}
export type Field = keyof RecordDraft;
export type TextField = 'calworksCase' | 'cwsCase' | 'calworksWorker' | 'cwsWorker';
export type ChoiceField = 'tier' | 'group';

export const TIER_CHOICES: readonly { value: RecordTier; label: string }[] = [
  { value: 'secondary', label: TIER_LABELS.secondary },
  { value: 'tertiary', label: TIER_LABELS.tertiary },
];
export const GROUP_CHOICES: readonly { value: RecordGroup; label: string }[] = [
  { value: 'linkages', label: 'Served by Linkages' },
  { value: 'comparison', label: 'Comparison group' },
];

export const choiceId = (field: ChoiceField, value: string) => `family-record-${field}-${value}`;

// A radio group's id is its first choice's: the keyboard goes there when the group is refused.
export const FIELD_IDS: Record<Field, string> = {
  calworksCase: 'family-record-calworks',
  cwsCase: 'family-record-cws',
  tier: choiceId('tier', 'secondary'),
  group: choiceId('group', 'linkages'),
  startDate: 'family-record-start',
  endDate: 'family-record-end',
  calworksWorker: 'family-record-calworks-worker',
  cwsWorker: 'family-record-cws-worker',
};
export const LABELS: Record<Field, string> = {
  calworksCase: 'CalWORKs case number',
  cwsCase: 'CWS case number',
  tier: 'Tier',
  group: 'Group',
  startDate: 'Joined on',
  endDate: 'Left on',
  calworksWorker: 'CalWORKs worker’s role or unit',
  cwsWorker: 'CWS worker’s role or unit',
};

// Tier and group start unchosen: a guessed group would put the family in the wrong arm.
export const blank = (): RecordDraft => ({
  calworksCase: '',
  cwsCase: '',
  tier: '',
  group: '',
  startDate: today(),
  endDate: '',
  calworksWorker: '',
  cwsWorker: '',
});
export const draftOf = (family: MutualFamilyRecord): RecordDraft => ({
  calworksCase: family.calworksCase,
  cwsCase: family.cwsCase,
  tier: family.tier,
  group: family.group,
  startDate: family.startDate,
  endDate: family.endDate ?? '',
  calworksWorker: family.calworksWorker,
  cwsWorker: family.cwsWorker,
});
