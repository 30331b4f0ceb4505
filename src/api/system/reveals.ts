/**
 * Identifiers of people shown only to those who need them, and every showing recorded (issue 24):
 * the analyst sees a county's; CalWORKs and CWS staff, the families on their caseload. The local
 * user of a single-user shell holds every role, and their reveals are recorded too.
 */
import { revealPurposeProblem } from '../../core/system/revealPurpose';
import { rolesIn } from '../../core/system/roles';
import { isOnCaseload } from '../../db/cocase/caseload';
import { familyByCases } from '../../db/cocase/plans';
import { listReveals, recordReveal } from '../../db/system/reveals';
import type { HandlersFor, ServiceContext } from '../context';
import { fieldError, Forbidden } from '../errors';
import type { revealsContract } from './reveals.contract';

export interface Reveal {
  readonly countyId: number;
  readonly method: string;
  readonly runId: number | null;
  readonly calworksCase?: string;
  readonly cwsCase?: string;
  /** The person's own words; asked on the shared server, not by one user's own Workbench. */
  readonly purpose: string | undefined;
}

const NOT_ASKED = 'Not asked: the Workbench of one person';

/**
 * Refuses a family not on a CalWORKs or CWS worker's caseload (the analyst may see any of the
 * county's), and a reveal on the shared server without a purpose; else records it. Call before
 * the identifiers are read.
 */
export function revealOrRefuse(ctx: ServiceContext, reveal: Reveal): void {
  const { caller } = ctx;
  const shared = caller.userId !== null;
  const purposeProblem = shared ? revealPurposeProblem(reveal.purpose) : null;
  if (purposeProblem !== null) throw fieldError('purpose', purposeProblem);
  if (!rolesIn(caller.grants, reveal.countyId).has('analyst')) {
    const family =
      reveal.calworksCase !== undefined && reveal.cwsCase !== undefined
        ? familyByCases(ctx.workbench.db, reveal.countyId, reveal.calworksCase, reveal.cwsCase)
        : undefined;
    if (
      !family ||
      caller.userId === null ||
      !isOnCaseload(ctx.workbench.db, family.id, caller.userId)
    ) {
      throw new Forbidden(
        'This family is not on your caseload: only its own workers and the analyst see its names.',
      );
    }
  }
  recordReveal(ctx.workbench.db, {
    countyId: reveal.countyId,
    userId: caller.userId,
    actor: caller.actor,
    method: reveal.method,
    runId: reveal.runId,
    calworksCase: reveal.calworksCase ?? '',
    cwsCase: reveal.cwsCase ?? '',
    purpose: reveal.purpose || NOT_ASKED,
  });
}

export const revealsHandlers: HandlersFor<typeof revealsContract> = {
  'system.identifierReveals': ({ countyId, limit }, { workbench }) =>
    listReveals(workbench.db, countyId, { limit }).map((row) => ({
      at: row.at,
      actor: row.actor,
      method: row.method,
      runId: row.runId,
      calworksCase: row.calworksCase,
      cwsCase: row.cwsCase,
      purpose: row.purpose,
    })),
};
