import * as repo from '../../db/readiness/repository';
import type { HandlersFor, OutputOf, ServiceContext } from '../context';
import { Conflict, NotFound, ValidationError, type FieldIssue } from '../errors';
import type { readinessContract, Respondent, Round } from './contract';
import { exportTemplate, exportWorkbook, importResponses } from './files';
import { instrumentOf, resultsOfRound } from './results';
import { countyOrThrow } from '../county';
import { checkVersion } from '../recordVersion';

function roundOrThrow(ctx: ServiceContext, roundId: number): repo.RoundRow {
  const round = repo.findRound(ctx.workbench.db, roundId);
  if (!round) throw new NotFound(`There is no assessment round with id ${roundId}.`);
  return round;
}

/** Closed rounds are read-only: their answers are what the county reported. */
function refuseClosed(round: repo.RoundRow): repo.RoundRow {
  if (round.status === 'closed') {
    throw new Conflict(`The round “${round.title}” is closed. Reopen it to change it.`);
  }
  return round;
}

function openRoundOrThrow(ctx: ServiceContext, roundId: number): repo.RoundRow {
  return refuseClosed(roundOrThrow(ctx, roundId));
}

/** A respondent as the save was made from it: its answers and details are one record. */
function respondentAsSaved(
  ctx: ServiceContext,
  respondentId: number,
  version: number | null,
): repo.RespondentRow {
  const stored = respondentOrThrow(ctx, respondentId);
  checkVersion(ctx.workbench.db, {
    what: 'respondent',
    entity: repo.ENTITY_RESPONDENT,
    id: respondentId,
    expected: version,
    stored,
  });
  return stored;
}

function respondentOrThrow(ctx: ServiceContext, respondentId: number): repo.RespondentRow {
  const respondent = repo.findRespondent(ctx.workbench.db, respondentId);
  if (!respondent) throw new NotFound(`There is no respondent with id ${respondentId}.`);
  return respondent;
}

function roundSummary(ctx: ServiceContext, round: repo.RoundRow): Round {
  return { ...round, respondents: repo.listRespondents(ctx.workbench.db, round.id).length };
}

function respondentView(ctx: ServiceContext, respondentId: number): Respondent {
  const respondent = respondentOrThrow(ctx, respondentId);
  const round = roundOrThrow(ctx, respondent.roundId);
  const progress = repo
    .listRespondents(ctx.workbench.db, round.id)
    .find((row) => row.id === respondentId);
  return {
    ...respondent,
    answered: progress?.answered ?? 0,
    itemCount: instrumentOf(ctx.content, round.instrumentVersion).items.length,
  };
}

/** The county's assessment rounds, newest first. */
export function countyRounds(
  ctx: ServiceContext,
  countyId: number,
): OutputOf<typeof readinessContract, 'readiness.listRounds'> {
  return repo.listRounds(ctx.workbench.db, countyId);
}

/** A round's scores, alignment gaps, level, recommendation and trend. */
export function roundResults(
  ctx: ServiceContext,
  roundId: number,
): OutputOf<typeof readinessContract, 'readiness.results'> {
  const round = roundOrThrow(ctx, roundId);
  return resultsOfRound(ctx, round, roundSummary(ctx, round));
}

export const readinessHandlers: HandlersFor<typeof readinessContract> = {
  'readiness.instrument': ({ version }, ctx) => {
    const instrument = ctx.content.instruments.get(
      version ?? ctx.content.currentInstrument.version,
    );
    if (!instrument) throw new NotFound(`There is no readiness instrument version ${version}.`);
    return instrument;
  },

  'readiness.listRounds': ({ countyId }, ctx) => countyRounds(ctx, countyId),

  'readiness.createRound': ({ countyId, ...details }, ctx) => {
    countyOrThrow(ctx.workbench.db, countyId);
    const round = repo.insertRound(
      ctx.workbench.db,
      { countyId, ...details, instrumentVersion: ctx.content.currentInstrument.version },
      ctx.actor,
    );
    return roundSummary(ctx, round);
  },

  'readiness.updateRound': ({ roundId, version, ...details }, ctx) => {
    const stored = roundOrThrow(ctx, roundId);
    // Before the closed check: a round closed elsewhere is a newer version, and reloading shows it.
    checkVersion(ctx.workbench.db, {
      what: 'round',
      entity: repo.ENTITY_ROUND,
      id: roundId,
      expected: version,
      stored,
    });
    const round = refuseClosed(stored);
    return roundSummary(ctx, repo.updateRound(ctx.workbench.db, round, details, ctx.actor));
  },

  'readiness.setRoundStatus': ({ roundId, status }, ctx) => {
    const round = roundOrThrow(ctx, roundId);
    if (round.status === status) return roundSummary(ctx, round);
    return roundSummary(ctx, repo.updateRound(ctx.workbench.db, round, { status }, ctx.actor));
  },

  'readiness.deleteRound': ({ roundId }, ctx) => {
    repo.deleteRound(ctx.workbench.db, openRoundOrThrow(ctx, roundId), ctx.actor);
    return { deleted: true };
  },

  'readiness.getRound': ({ roundId }, ctx) => {
    const round = roundOrThrow(ctx, roundId);
    const itemCount = instrumentOf(ctx.content, round.instrumentVersion).items.length;
    const respondents = repo
      .listRespondents(ctx.workbench.db, roundId)
      .map((row) => ({ ...row, itemCount }));
    return { round: { ...round, respondents: respondents.length }, respondents };
  },

  'readiness.addRespondent': ({ roundId, ...details }, ctx) => {
    const round = openRoundOrThrow(ctx, roundId);
    const row = repo.insertRespondent(ctx.workbench.db, round, details, ctx.actor);
    return respondentView(ctx, row.id);
  },

  'readiness.updateRespondent': ({ respondentId, version, ...details }, ctx) => {
    const respondent = respondentAsSaved(ctx, respondentId, version);
    openRoundOrThrow(ctx, respondent.roundId);
    repo.updateRespondent(ctx.workbench.db, respondent, details, ctx.actor);
    return respondentView(ctx, respondentId);
  },

  'readiness.deleteRespondent': ({ respondentId }, ctx) => {
    const respondent = respondentOrThrow(ctx, respondentId);
    openRoundOrThrow(ctx, respondent.roundId);
    repo.deleteRespondent(ctx.workbench.db, respondent, ctx.actor);
    return { deleted: true };
  },

  'readiness.getAnswers': ({ respondentId }, ctx) => ({
    respondent: respondentView(ctx, respondentId),
    answers: Object.fromEntries(repo.answersOf(ctx.workbench.db, respondentId)),
  }),

  'readiness.saveAnswers': ({ respondentId, version, answers }, ctx) => {
    const respondent = respondentAsSaved(ctx, respondentId, version);
    const round = openRoundOrThrow(ctx, respondent.roundId);
    const instrument = instrumentOf(ctx.content, round.instrumentVersion);
    const known = new Set(instrument.items.map((item) => item.id));
    const seen = new Set<string>();
    const issues: FieldIssue[] = [];
    answers.forEach(({ itemId }, index) => {
      if (!known.has(itemId)) {
        issues.push({
          path: `answers.${index}.itemId`,
          message: `“${itemId}” is not an item of instrument version ${instrument.version}.`,
        });
      } else if (seen.has(itemId)) {
        issues.push({ path: `answers.${index}.itemId`, message: `${itemId} is answered twice.` });
      }
      seen.add(itemId);
    });
    if (issues.length > 0) {
      throw new ValidationError(
        `No answer was saved. ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
        issues,
      );
    }
    repo.saveAnswers(ctx.workbench.db, respondentId, answers);
    return respondentView(ctx, respondentId);
  },

  'readiness.results': ({ roundId }, ctx) => roundResults(ctx, roundId),

  'readiness.exportTemplate': ({ roundId }, ctx) => exportTemplate(ctx, roundOrThrow(ctx, roundId)),

  'readiness.importResponses': async ({ roundId, fileName, bytesBase64 }, ctx) => ({
    added: await importResponses(ctx, openRoundOrThrow(ctx, roundId), { fileName, bytesBase64 }),
  }),

  'readiness.exportWorkbook': ({ roundId }, ctx) => exportWorkbook(ctx, roundOrThrow(ctx, roundId)),
};
