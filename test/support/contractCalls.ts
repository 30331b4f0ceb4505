/**
 * A good input for every contract method, and the seed those inputs refer to: shared by the tests
 * that call every method through the service.
 */
import type { Method } from '../../src/api/contract';
import type { Service } from '../../src/api/service';
import { base64, CWS_CSV, seedMatchRun } from './matching';
import { filledTemplate, row } from './readinessTemplate';
import { packageBase64 } from './reportPackage';
import { shippedContent } from './workbench';

/** Saved layouts get their own names, since a name is used once per county and side. */
let savedLayouts = 0;

const LAYOUT_MAPPING = {
  personId: 'person_id',
  caseNumber: 'case_number',
  firstName: 'first_name',
  lastName: 'last_name',
  dob: 'dob',
};

/** A passphrase of the policy's length and more; nothing secret in a test. */
const SEED_PASSPHRASE = 'seeded test passphrase';

/** A round with one respondent and a plan task, for the methods that need them. */
export async function seedRound(service: Service) {
  const round = (await service.invoke('readiness.createRound', {
    countyId: 49,
    title: 'Spring 2026',
    heldOn: '2026-04-15',
  })) as { id: number };
  const respondent = (await service.invoke('readiness.addRespondent', {
    roundId: round.id,
    program: 'cws',
    roleLevel: 'line',
  })) as { id: number };
  const member = (await service.invoke('program.saveTeamMember', {
    countyId: 49,
    role: 'co-chair',
    program: 'cws',
    roleLabel: 'CWS deputy director',
  })) as { id: number };
  const training = (await service.invoke('program.saveTraining', {
    countyId: 49,
    heldOn: '2026-03-02',
    topic: 'Coordinated case plans',
    hours: 1.5,
    cwsAttendees: 6,
  })) as { id: number };
  // A training added and undone: something for redo to make again.
  await service.invoke('program.saveTraining', {
    countyId: 49,
    heldOn: '2026-03-09',
    topic: 'Joint case conferences',
    hours: 1,
    cwsAttendees: 4,
  });
  const added = (await service.invoke('history.lastChange', {
    countyId: 49,
    scope: 'training',
  })) as { eventId: number };
  await service.invoke('history.undo', { countyId: 49, scope: 'training', eventId: added.eventId });
  const undone = (await service.invoke('history.lastUndone', {
    countyId: 49,
    scope: 'training',
  })) as { eventId: number };
  const task = (await service.invoke('program.saveTask', {
    countyId: 49,
    title: 'Sign the information-sharing MOU',
    roadmapStep: 'clear-the-way',
    stage: 'installation',
    program: 'joint',
  })) as { id: number };
  const change = (await service.invoke('history.lastChange', {
    countyId: 49,
    scope: 'plan',
  })) as { eventId: number };
  const reference = (await service.invoke('fiscal.reference', { countyId: 49 })) as {
    streams: { id: number }[];
    categories: { id: number }[];
  };
  const line = {
    countyId: 49,
    streamId: reference.streams[0]?.id ?? 0,
    categoryId: reference.categories[0]?.id ?? 0,
  };
  const budget = (await service.invoke('fiscal.saveBudget', {
    ...line,
    sfyStartYear: 2026,
    amount: '$10,000.00',
  })) as { id: number; version: number };
  const entry = (await service.invoke('fiscal.saveEntry', {
    ...line,
    date: '2026-08-03',
    amount: '125.50',
  })) as { id: number };
  const rollup = (await service.invoke('reports.createRollup', {
    name: 'Seed roll-up',
    sfyStartYear: 2025,
  })) as { id: number };
  await service.invoke('reports.addPackage', {
    rollupId: rollup.id,
    fileName: 'Sonoma.xlsx',
    bytesBase64: await packageBase64(),
  });
  const layout = (await service.invoke('matching.saveLayout', {
    countyId: 49,
    side: 'cws',
    name: 'Seeded CWS layout',
    mapping: LAYOUT_MAPPING,
  })) as { id: number };
  return {
    layoutId: layout.id,
    rollupId: rollup.id,
    roundId: round.id,
    respondentId: respondent.id,
    taskId: task.id,
    memberId: member.id,
    trainingId: training.id,
    changeEventId: change.eventId,
    undoEventId: undone.eventId,
    line,
    budgetId: budget.id,
    budgetVersion: budget.version,
    entryId: entry.id,
    /** Extracts imported and matched, on demand: only the matching methods need them. */
    matching: () => seedMatchRun(service),

    /** A backup of the data made now, by name: only restoring one needs it. */
    backup: async () => ((await service.invoke('system.backupNow', {})) as { id: string }).id,
    /** A user of the shared server, by name, on demand: the Administration page's changes need one. */
    user: async () => {
      await service.invoke('system.addUser', {
        userName: 'seeded-fiscal',
        password: 'a long first password here',
        grants: [{ role: 'fiscal', countyId: 49 }],
      });
      return 'seeded-fiscal';
    },
    /** The data encrypted, on demand, and its passphrase: changing or removing one needs it. */
    encrypted: async () => {
      await service.invoke('system.encryptData', {
        passphrase: SEED_PASSPHRASE,
        confirmPassphrase: SEED_PASSPHRASE,
      });
      return SEED_PASSPHRASE;
    },
    /** A match run's family pairs recorded as mutual families (C-100 with W-7). */
    cocase: async () => {
      const { runId } = await seedMatchRun(service);
      await service.invoke('cocase.addFromRun', { countyId: 49, runId, startDate: '2025-07-01' });
      const [family] = (await service.invoke('cocase.families', { countyId: 49 })) as {
        familyId: number;
      }[];
      const familyId = family?.familyId ?? 0;
      // A CWS worker of the county, for the caseload methods.
      await service.invoke('system.addUser', {
        userName: 'seeded-cws-worker',
        password: 'a long first password here',
        grants: [{ role: 'cws', countyId: 49 }],
      });
      const { outcomeId } = (await service.invoke('cocase.addOutcome', {
        familyId,
        kind: 'sanction-started',
        date: '2025-08-01',
      })) as { outcomeId: number };
      return { runId, familyId, outcomeId };
    },
  };
}

export type Seed = Awaited<ReturnType<typeof seedRound>>;

/** A one-row finance export for the seeded county's first stream and category. */
function ledgerCsv(date: string): string {
  const text = `Date,Amount,Fund,Service Category\r\n${date},$10.00,CalWORKs Single Allocation,Transportation\r\n`;
  return Buffer.from(text).toString('base64');
}

/** Good input for each method: the map's type makes every new contract method appear here. */
export const goodCalls: { [M in Method]: (seed: Seed) => unknown } = {
  'history.lastChange': () => ({ countyId: 49, scope: 'plan' }),
  'history.list': ({ entryId }) => ({
    countyId: 49,
    scope: 'fiscal',
    entity: 'ledger_entry',
    entityId: String(entryId),
  }),
  'history.undo': ({ changeEventId }) => ({ countyId: 49, scope: 'plan', eventId: changeEventId }),
  'history.lastUndone': () => ({ countyId: 49, scope: 'training' }),
  'history.redo': ({ undoEventId }) => ({ countyId: 49, scope: 'training', eventId: undoEventId }),
  'fiscal.reference': () => ({ countyId: 49 }),
  'fiscal.exportWorkbook': () => ({ countyId: 49, sfyStartYear: 2026 }),
  'fiscal.previewImport': () => ({
    countyId: 49,
    fileName: 'ledger.csv',
    bytesBase64: ledgerCsv('2026-08-05'),
  }),
  'fiscal.importLedger': () => ({
    countyId: 49,
    fileName: 'ledger.csv',
    bytesBase64: ledgerCsv('2026-08-06'),
  }),
  'fiscal.startLedgerImport': () => ({
    countyId: 49,
    fileName: 'ledger.csv',
    bytesBase64: ledgerCsv('2026-08-07'),
  }),
  'fiscal.summary': () => ({ countyId: 49, sfyStartYear: 2026, asOf: '2026-11-22' }),
  'fiscal.saveStream': () => ({
    countyId: 49,
    name: 'Local foundation grant',
    sourceProgram: 'other',
    level: 'private',
    claimable: false,
  }),
  'fiscal.saveCategory': () => ({ countyId: 49, name: 'Domestic violence services' }),
  'fiscal.listBudgets': () => ({ countyId: 49, sfyStartYear: 2026 }),
  'fiscal.saveBudget': ({ line, budgetVersion }) => ({
    ...line,
    // It replaces the seeded line, so it says which version of that line it replaces.
    version: budgetVersion,
    sfyStartYear: 2026,
    amount: '$12,000',
    quarters: ['3000', '3000', '3000', '3000'],
  }),
  'fiscal.deleteBudget': ({ budgetId }) => ({ countyId: 49, id: budgetId }),
  'fiscal.listLedger': () => ({ countyId: 49, sfyStartYear: 2026 }),
  'fiscal.saveEntry': ({ line }) => ({
    ...line,
    date: '2026-09-30',
    amount: '(40.00)',
    refundReason: 'Bus passes returned unused',
  }),
  'fiscal.deleteEntry': ({ entryId }) => ({ countyId: 49, id: entryId }),
  'program.catalog': () => ({}),
  'program.getPlan': () => ({ countyId: 49, today: '2026-11-22' }),
  'program.saveTask': () => ({
    countyId: 49,
    title: 'Charter the implementation team',
    roadmapStep: 'team',
    stage: 'exploration',
    program: 'joint',
    startDate: '2026-12-01',
    dueDate: '2027-01-15',
  }),
  'program.deleteTask': ({ taskId }) => ({ countyId: 49, id: taskId }),
  'program.listTeam': () => ({ countyId: 49 }),
  'program.saveTeamMember': ({ memberId }) => ({
    countyId: 49,
    id: memberId,
    // Seeded records are never written after they are made: each is at its first version.
    version: 1,
    role: 'co-chair',
    program: 'cws',
    roleLabel: 'CWS division director',
    contactNotes: 'Through the Linkages liaison.',
  }),
  'program.deleteTeamMember': ({ memberId }) => ({ countyId: 49, id: memberId }),
  'program.listTrainings': () => ({ countyId: 49 }),
  'program.saveTraining': () => ({
    countyId: 49,
    id: null,
    heldOn: '2026-06-30',
    topic: 'Joint case conferences',
    curriculum: 'Linkages core curriculum',
    hours: 2.25,
    calworksAttendees: 5,
    cwsAttendees: 4,
    partnerAttendees: 1,
    notes: '',
  }),
  'program.deleteTraining': ({ trainingId }) => ({ countyId: 49, id: trainingId }),
  'program.getModel': () => ({ countyId: 49 }),
  'program.exportWorkbook': () => ({ countyId: 49 }),
  'reports.exportPackage': () => ({ countyId: 49, sfyStartYear: 2026 }),
  'reports.previewPackage': () => ({ countyId: 49, sfyStartYear: 2026 }),
  'reports.exportReportPdf': () => ({ countyId: 49, sfyStartYear: 2026 }),
  'reports.listRollups': () => ({}),
  'reports.createRollup': () => ({ name: 'SFY 2025-26 statewide', sfyStartYear: 2025 }),
  'reports.deleteRollup': ({ rollupId }) => ({ rollupId }),
  'reports.addPackage': async ({ rollupId }) => ({
    rollupId,
    fileName: 'Sonoma (2).xlsx',
    bytesBase64: await packageBase64(),
    replace: true,
  }),
  'reports.removePackage': ({ rollupId }) => ({ rollupId, countyId: 49 }),
  'reports.rollupView': ({ rollupId }) => ({ rollupId }),
  'reports.exportRollup': ({ rollupId }) => ({ rollupId }),
  'reports.readPackage': async () => ({
    fileName: 'Sonoma-report-package.xlsx',
    bytesBase64: await packageBase64(),
  }),
  'program.acceptRecommendation': ({ roundId }) => ({ countyId: 49, roundId }),
  'program.setComponent': () => ({
    countyId: 49,
    componentId: 'linked-case-plan',
    status: 'planned',
    leadProgram: 'joint',
    startDate: '2027-01-04',
    targetPopulation: 120,
  }),
  'readiness.exportTemplate': ({ roundId }) => ({ roundId }),
  'readiness.exportWorkbook': ({ roundId }) => ({ roundId }),
  'readiness.importResponses': async ({ roundId }) => ({
    roundId,
    fileName: 'filled.xlsx',
    bytesBase64: await filledTemplate(shippedContent().currentInstrument, [
      row(shippedContent().currentInstrument, 'CWS', 'Manager', 3),
    ]),
  }),
  'counties.list': () => ({}),
  'workspace.get': () => ({}),
  'workspace.setCounty': () => ({ countyId: 19 }),
  'workspace.standing': () => ({ countyId: 19 }),
  'system.info': () => ({}),
  'system.whoAmI': () => ({}),
  'system.users': () => ({}),
  'system.addUser': () => ({
    userName: 'new-analyst',
    password: 'a long first password here',
    grants: [{ role: 'analyst', countyId: 49 }],
  }),
  'system.setUserDisabled': async ({ user }) => ({ userName: await user(), disabled: true }),
  'system.resetPassword': async ({ user }) => ({
    userName: await user(),
    password: 'another long password here',
  }),
  'system.setUserRoles': async ({ user }) => ({
    userName: await user(),
    grants: [{ role: 'supervisor', countyId: 49 }],
  }),
  'system.sessionPolicy': () => ({}),
  'system.setSessionPolicy': () => ({ idleMinutes: 15, absoluteHours: 8 }),
  'system.signOutOthers': () => ({}),
  'system.identifierReveals': () => ({ countyId: 49 }),
  'system.backupNow': () => ({}),
  'system.listBackups': () => ({}),
  'system.restoreBackup': async ({ backup }) => ({ backup: await backup() }),
  'system.setNetworkDrive': () => ({ networkDrive: true }),
  'system.encryption': () => ({}),
  'system.encryptData': () => ({
    passphrase: SEED_PASSPHRASE,
    confirmPassphrase: SEED_PASSPHRASE,
  }),
  'system.changePassphrase': async ({ encrypted }) => ({
    current: await encrypted(),
    passphrase: 'a second test passphrase',
    confirmPassphrase: 'a second test passphrase',
  }),
  'system.decryptData': async ({ encrypted }) => ({ current: await encrypted() }),
  'system.dismissEncryptionOffer': () => ({}),
  'readiness.instrument': () => ({}),
  'readiness.listRounds': () => ({ countyId: 49 }),
  'readiness.createRound': () => ({ countyId: 49, title: 'Fall', heldOn: '2026-10-01' }),
  'readiness.updateRound': ({ roundId }) => ({
    roundId,
    version: 1,
    title: 'Renamed',
    heldOn: '2026-04-16',
  }),
  'readiness.setRoundStatus': ({ roundId }) => ({ roundId, status: 'closed' }),
  'readiness.deleteRound': ({ roundId }) => ({ roundId }),
  'readiness.getRound': ({ roundId }) => ({ roundId }),
  'readiness.addRespondent': ({ roundId }) => ({
    roundId,
    program: 'calworks',
    roleLevel: 'manager',
  }),
  'readiness.updateRespondent': ({ respondentId }) => ({
    respondentId,
    version: 1,
    program: 'partner',
    roleLevel: 'supervisor',
    label: 'FRC director',
  }),
  'readiness.deleteRespondent': ({ respondentId }) => ({ respondentId }),
  'readiness.getAnswers': ({ respondentId }) => ({ respondentId }),
  'readiness.saveAnswers': ({ respondentId }) => ({
    respondentId,
    version: 1,
    answers: [{ itemId: shippedContent().currentInstrument.items[0]?.id, answer: 4 }],
  }),
  'readiness.results': ({ roundId }) => ({ roundId }),
  'matching.readExtract': () => ({
    countyId: 49,
    side: 'cws',
    fileName: 'cws.csv',
    bytesBase64: base64(CWS_CSV),
  }),
  'matching.startImport': () => ({
    countyId: 49,
    side: 'cws',
    fileName: 'cws.csv',
    bytesBase64: base64(CWS_CSV),
    mapping: {
      personId: 'person_id',
      caseNumber: 'case_number',
      firstName: 'first_name',
      lastName: 'last_name',
      dob: 'dob',
    },
  }),
  'matching.extracts': () => ({ countyId: 49 }),
  'matching.layouts': () => ({ countyId: 49 }),
  'matching.saveLayout': () => ({
    countyId: 49,
    side: 'cws',
    name: `CWS-CARES layout ${++savedLayouts}`,
    mapping: LAYOUT_MAPPING,
  }),
  'matching.deleteLayout': ({ layoutId }) => ({ countyId: 49, id: layoutId }),
  'matching.exportLayout': ({ layoutId }) => ({ countyId: 49, id: layoutId }),
  'matching.importLayout': () => ({
    countyId: 49,
    fileName: 'neighbour.layout.json',
    bytesBase64: base64(
      JSON.stringify({
        format: 'linkages-extract-layout',
        version: 1,
        side: 'calworks',
        name: 'CalSAWS from a neighbour',
        mapping: LAYOUT_MAPPING,
      }),
    ),
  }),
  'matching.startRun': async ({ matching }) => {
    const { calworksExtractId, cwsExtractId } = await matching();
    return { countyId: 49, calworksExtractId, cwsExtractId };
  },
  'matching.runs': () => ({ countyId: 49 }),
  'matching.runView': async ({ matching }) => ({ runId: (await matching()).runId }),
  'matching.reviewQueue': async ({ matching }) => ({ runId: (await matching()).runId }),
  'matching.decide': async ({ matching }) => ({
    runId: (await matching()).runId,
    calworksRow: 2,
    cwsRow: 2,
    decision: 'match',
  }),
  'matching.purge': () => ({ countyId: 49 }),
  'matching.families': async ({ matching }) => ({ runId: (await matching()).runId }),
  'matching.exportRun': async ({ matching }) => ({ runId: (await matching()).runId }),
  'matching.familyPersons': async ({ matching }) => ({
    runId: (await matching()).runId,
    calworksCase: 'C-100',
    cwsCase: 'W-7',
  }),
  'cocase.families': () => ({ countyId: 49 }),
  'cocase.caseload': () => ({ countyId: 49 }),
  'cocase.workers': () => ({ countyId: 49 }),
  'cocase.assignWorker': async ({ cocase }) => {
    await cocase();
    return { countyId: 49, program: 'cws', caseNumber: 'W-7', userName: 'seeded-cws-worker' };
  },
  'cocase.unassignWorker': async ({ cocase }) => ({
    familyId: (await cocase()).familyId,
    program: 'cws',
  }),
  'cocase.addFromRun': async ({ matching }) => ({
    countyId: 49,
    runId: (await matching()).runId,
    startDate: '2025-07-01',
  }),
  'cocase.importOutcomes': async ({ cocase }) => {
    await cocase();
    const text =
      'calworks_case,cws_case,outcome,date\r\nC-100,W-7,foster-care-entry,2025-09-01\r\n';
    return {
      countyId: 49,
      fileName: 'outcomes.csv',
      bytesBase64: Buffer.from(text).toString('base64'),
    };
  },
  'cocase.evaluation': () => ({ countyId: 49, asOf: '2026-06-30' }),
  'cocase.family': async ({ cocase }) => ({ familyId: (await cocase()).familyId }),
  'cocase.saveMeeting': async ({ cocase }) => ({
    familyId: (await cocase()).familyId,
    date: '2025-08-01',
    calworksAttended: true,
    cwsAttended: true,
    nextReviewDue: '2025-09-01',
  }),
  'cocase.savePlan': async ({ cocase }) => ({
    familyId: (await cocase()).familyId,
    version: 1,
    coordinatedPlanOn: '2025-08-15',
    wtwAligned: true,
    wtwAlignedNote: 'Job search hours fit the visitation schedule',
  }),
  'cocase.saveBarrier': async ({ cocase }) => ({
    familyId: (await cocase()).familyId,
    kind: 'housing',
    openedOn: '2025-08-01',
  }),
  'cocase.worklists': () => ({ countyId: 49, asOf: '2026-06-30' }),
  'cocase.logicModel': () => ({ countyId: 49 }),
  'cocase.addOutcome': async ({ cocase }) => ({
    familyId: (await cocase()).familyId,
    kind: 'wtw-engagement',
    date: '2025-09-01',
  }),
  'cocase.removeOutcome': async ({ cocase }) => {
    const { familyId, outcomeId } = await cocase();
    return { familyId, outcomeId };
  },
  'cocase.saveFamily': () => ({
    countyId: 49,
    calworksCase: 'C-900001',
    cwsCase: 'W-900001',
    tier: 'secondary',
    group: 'linkages',
    startDate: '2026-01-05',
    calworksWorker: 'Linkages liaison, unit 4',
  }),
  'cocase.exportWorklists': () => ({ countyId: 49, asOf: '2026-06-30' }),
  'cocase.exportEvaluation': () => ({ countyId: 49, asOf: '2026-06-30' }),
  'cocase.saveLogicModel': () => ({
    countyId: 49,
    items: [
      { stage: 'activities', text: 'Joint case-planning meetings', indicatorIds: [] },
      { stage: 'outcomes', text: 'Children safe at home', indicatorIds: ['recurrence-12m'] },
    ],
  }),
  'cocase.saveService': async ({ cocase, line }) => ({
    familyId: (await cocase()).familyId,
    date: '2025-08-01',
    categoryId: line.categoryId,
    streamId: line.streamId,
    amount: '$25.00',
  }),
  'jobs.status': async ({ matching }) => ({ jobId: (await matching()).jobId }),
  'jobs.cancel': async ({ matching }) => ({ jobId: (await matching()).jobId }),
  'jobs.list': () => ({ countyId: 49 }),
  'fiscal.ledgerExample': () => ({ file: 'sample' }),
  'matching.extractExample': () => ({ side: 'cws', file: 'template' }),
  'cocase.outcomesExample': () => ({ file: 'sample' }),
  'readiness.exportSample': ({ roundId }) => ({ roundId }),
};

/** Well-formed ids for the seed's lazy parts, for calls refused or probed before they use them. */
export const SEED_STAND_INS = {
  matching: () =>
    Promise.resolve({
      calworksExtractId: 1,
      cwsExtractId: 2,
      runId: 1,
      jobId: '00000000-0000-4000-8000-000000000000',
    }),
  cocase: () => Promise.resolve({ runId: 1, familyId: 1, outcomeId: 1 }),
  backup: () => Promise.resolve('linkages-2026-01-01T00-00-00-000Z-manual.sqlite'),
  encrypted: () => Promise.resolve(SEED_PASSPHRASE),
  user: () => Promise.resolve('seeded-fiscal'),
};
