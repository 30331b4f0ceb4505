import type { Instrument } from '../../core/readiness/instrument';
import {
  FEW_ANSWERS,
  provisionalReasons,
  READINESS_LEVELS,
  type ProvisionalReason,
} from '../../core/readiness/levels';
import { recommend, type RecommendationResult } from '../../core/readiness/recommend';
import {
  scoreRound,
  trendSince,
  type RespondentAnswers,
  type RoundScores,
  type RoundTrend,
} from '../../core/readiness/scoring';
import {
  previousRound,
  respondentsWithAnswers,
  type RoundRow,
} from '../../db/readiness/repository';
import type { Content } from '../content';
import type { ServiceContext } from '../context';
import type { Round, RoundResults } from './contract';

export function instrumentOf(content: Content, version: number): Instrument {
  const instrument = content.instruments.get(version);
  // Versions never leave resources/ once shipped; a missing one means a damaged install.
  if (!instrument) throw new Error(`Instrument v${version} is missing from resources/readiness.`);
  return instrument;
}

function scoresOf(ctx: ServiceContext, round: RoundRow) {
  const instrument = instrumentOf(ctx.content, round.instrumentVersion);
  const respondents: RespondentAnswers[] = respondentsWithAnswers(ctx.workbench.db, round.id).map(
    (r) => ({
      program: r.program,
      roleLevel: r.roleLevel,
      answers: new Map(Object.entries(r.answers)) as RespondentAnswers['answers'],
    }),
  );
  const answered = respondents.reduce((sum, r) => sum + r.answers.size, 0);
  return { instrument, scores: scoreRound(instrument, respondents), answered };
}

export interface RoundEvaluation {
  readonly instrument: Instrument;
  readonly scores: RoundScores;
  readonly recommendation: RecommendationResult;
  readonly earlier: { readonly round: RoundRow; readonly scores: RoundScores } | null;
  readonly trend: RoundTrend | null;
  /** Answers given (don't-know included) out of those the respondents could give; null with none. */
  readonly answeredShare: number | null;
  readonly provisional: ProvisionalReason[];
}

/** Everything the results page and the workbook show about a round, computed once by core. */
export function evaluateRound(ctx: ServiceContext, round: RoundRow): RoundEvaluation {
  const { instrument, scores, answered } = scoresOf(ctx, round);
  const rules = ctx.content.rules.get(round.instrumentVersion);
  if (!rules)
    throw new Error(`No recommendation rules for instrument v${round.instrumentVersion}.`);
  const earlierRound = previousRound(ctx.workbench.db, round);
  const earlier = earlierRound
    ? { round: earlierRound, scores: scoresOf(ctx, earlierRound).scores }
    : null;
  return {
    instrument,
    scores,
    recommendation: recommend(scores, rules, ctx.content.catalog),
    earlier,
    trend: earlier ? trendSince(earlier.scores, scores) : null,
    answeredShare:
      scores.respondents === 0 ? null : answered / (scores.respondents * instrument.items.length),
    provisional: provisionalReasons(scores.respondents, answered, instrument.items.length),
  };
}

export function resultsOfRound(ctx: ServiceContext, round: RoundRow, summary: Round): RoundResults {
  const { instrument, scores, recommendation, earlier, trend, answeredShare, provisional } =
    evaluateRound(ctx, round);
  const itemText = new Map(instrument.items.map((item) => [item.id, item.text]));

  return {
    round: summary,
    respondents: scores.respondents,
    overall: scores.overall,
    level: scores.level,
    answeredShare,
    provisional,
    levels: [...READINESS_LEVELS],
    fewAnswers: FEW_ANSWERS,
    domains: scores.domains.map((domain) => ({
      ...domain,
      change: trend?.domains.get(domain.domainId) ?? null,
    })),
    items: scores.items.map((item) => ({
      ...item,
      text: itemText.get(item.itemId) ?? item.itemId,
      distribution: [...item.distribution],
    })),
    strengths: scores.strengths.map((d) => d.domainId),
    gaps: scores.gaps.map((d) => d.domainId),
    disagreements: scores.disagreements.map((i) => i.itemId),
    recommendation: {
      recommendations: recommendation.recommendations.map((r) => ({
        ...r,
        components: [...r.components],
      })),
      tiers: [...recommendation.tiers],
      unjudged: [...recommendation.unjudged],
    },
    previous: earlier
      ? {
          roundId: earlier.round.id,
          title: earlier.round.title,
          heldOn: earlier.round.heldOn,
          overall: earlier.scores.overall,
        }
      : null,
    overallChange: trend?.overall ?? null,
  };
}
