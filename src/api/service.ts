import type { z } from 'zod';
import { ChangeFeed, jobEvents } from './changeFeed';
import {
  contract,
  CONTRACT_DATA,
  isMethod,
  type Contract,
  type Invoke,
  type Method,
} from './contract';
import { dataChangedBy } from './contractData';
import type { HandlersFor, ServiceContext } from './context';
import { ApiError, NotFound, ValidationError, type Envelope, type FieldIssue } from './errors';
import { exampleFilesHandlers } from './exampleFiles';
import { fiscalBudgetHandlers, fiscalReferenceHandlers } from './fiscal/handlers';
import { fiscalSummaryHandlers } from './fiscal/summary';
import { historyHandlers } from './system/history';
import { jobsHandlers } from './jobs/handlers';
import { logDebug, logError, loggableMethod } from './log';
import { JobRunner } from './jobs/runner';
import { ledgerHandlers } from './fiscal/ledger';
import { ledgerImportHandlers } from './fiscal/ledgerImport';
import { matchingHandlers } from './matching/handlers';
import { extractLayoutHandlers } from './matching/layouts';
import { cocaseHandlers } from './cocase/handlers';
import { cocasePlansHandlers } from './cocase/plans';
import { cocaseServiceHandlers } from './cocase/services';
import { logicModelHandlers } from './cocase/logicModel';
import { cocaseExportHandlers } from './cocase/export';
import { matchingExportHandlers } from './matching/export';
import { matchingPurgeHandlers } from './matching/purge';
import { matchingRevealHandlers } from './matching/reveal';
import { matchingReviewHandlers } from './matching/review';
import { programHandlers } from './program/handlers';
import { readinessHandlers } from './readiness/handlers';
import { reportsHandlers } from './reports/handlers';
import { rolloutHandlers } from './program/rollout';
import { rollupHandlers } from './reports/rollup';
import { systemHandlers } from './system/handlers';
import { teamHandlers } from './program/team';
import { usersHandlers } from './system/users';
import { revealsHandlers } from './system/reveals';
import { caseloadHandlers } from './cocase/caseload';
import { trainingHandlers } from './program/training';
import { workspaceHandlers } from './workspace/handlers';
import { authorize, localCaller, type Caller } from './system/access';

const handlers: HandlersFor<Contract> = {
  ...workspaceHandlers,
  ...systemHandlers,
  ...usersHandlers,
  ...revealsHandlers,
  ...caseloadHandlers,
  ...readinessHandlers,
  ...programHandlers,
  ...rolloutHandlers,
  ...teamHandlers,
  ...trainingHandlers,
  ...historyHandlers,
  ...fiscalReferenceHandlers,
  ...fiscalBudgetHandlers,
  ...ledgerHandlers,
  ...fiscalSummaryHandlers,
  ...ledgerImportHandlers,
  ...reportsHandlers,
  ...rollupHandlers,
  ...matchingHandlers,
  ...extractLayoutHandlers,
  ...matchingReviewHandlers,
  ...matchingPurgeHandlers,
  ...matchingExportHandlers,
  ...cocaseHandlers,
  ...cocasePlansHandlers,
  ...cocaseServiceHandlers,
  ...logicModelHandlers,
  ...cocaseExportHandlers,
  ...matchingRevealHandlers,
  ...jobsHandlers,
  ...exampleFilesHandlers,
};

export interface Service {
  /**
   * Checks the caller's roles, validates the input, runs the method, validates the output; throws
   * ApiError. Without a caller: the local user (base.actor) with every role.
   */
  invoke(method: string, input: unknown, caller?: Caller): Promise<unknown>;
  /** Same, but never throws: what the transports send back. */
  handle(method: string, input: unknown, caller?: Caller): Promise<Envelope<unknown>>;
  /** What each successful change and each job changed, for the shared server's open pages. */
  readonly changes: ChangeFeed;
}

/** The context without its job runner and caller: the service makes them. */
export function createService(base: Omit<ServiceContext, 'jobs' | 'caller'>): Service {
  const local = localCaller(base.actor);
  const changes = new ChangeFeed();
  const jobs: JobRunner = new JobRunner(
    {
      file: base.workbench.file,
      nativeBinding: base.workbench.nativeBinding,
      // Read at each start: a new passphrase (Settings) holds for the next job.
      get passphrase() {
        return base.workbench.passphrase;
      },
    },
    (job) => {
      for (const event of jobEvents(job, jobs.runningIn(job.countyId), CONTRACT_DATA)) {
        changes.publish(event);
      }
    },
  );
  const shared: ServiceContext = { ...base, jobs, caller: local };
  async function invoke(method: string, rawInput: unknown, caller = local): Promise<unknown> {
    if (!isMethod(method)) throw new NotFound(`The Workbench has no method "${method}".`);
    const ctx: ServiceContext = { ...shared, caller, actor: caller.actor };
    authorize(ctx, method, contract[method], caller, rawInput);
    const { spec, input } = validateInput(method, rawInput);
    const reached = authorize(ctx, method, spec, caller, input);
    const changed = dataChangedBy(CONTRACT_DATA, method);
    // Found before the handler runs: a delete leaves nothing to look the county up by after.
    const countyId = changed.length > 0 ? reached : undefined;
    const handler = handlers[method as Method] as (input: unknown, ctx: ServiceContext) => unknown;
    const result = await handler(input, ctx);
    const output = spec.output.safeParse(result);
    if (!output.success) {
      // Our own bug, not the caller's: say so without echoing the data.
      throw new ApiError(
        'Internal',
        `The Workbench produced an answer to ${method} it cannot use.`,
      );
    }
    if (countyId !== undefined) {
      const at = new Date().toISOString();
      const notice = { countyId, changed, byUserId: caller.userId, at };
      changes.publish({ type: 'change', notice });
    }
    return output.data;
  }

  async function handle(
    method: string,
    input: unknown,
    caller?: Caller,
  ): Promise<Envelope<unknown>> {
    try {
      return { ok: true, value: await invoke(method, input, caller) };
    } catch (error) {
      return { ok: false, error: toApiError(method, error).toBody() };
    }
  }

  return { invoke, handle, changes };
}

/**
 * The boundary every call crosses first, whichever shell sent it: a known method and an input its
 * schema accepts, or NotFound / a ValidationError naming each field. Touches no data.
 */
export function validateInput(method: string, rawInput: unknown) {
  if (!isMethod(method)) throw new NotFound(`The Workbench has no method "${method}".`);
  const spec = contract[method];
  const parsed = spec.input.safeParse(rawInput ?? {});
  if (!parsed.success) throw validationError(parsed.error);
  return { spec, input: parsed.data as unknown };
}

function validationError(error: z.ZodError): ValidationError {
  const issues: FieldIssue[] = error.issues.flatMap((issue) => {
    const at = issue.path.map(String);
    // One issue per unexpected field, at that field's path, rather than one at the parent.
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: [...at, key].join('.'),
        message: 'This field is not expected here.',
      }));
    }
    return [{ path: at.join('.'), message: issue.message }];
  });
  const summary = issues
    .map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message))
    .join('; ');
  return new ValidationError(`Please check the input. ${summary}`, issues);
}

function toApiError(method: Method | string, error: unknown): ApiError {
  if (error instanceof ApiError) {
    logDebug(`${loggableMethod(method)} refused (${error.kind}, ${error.issues.length} issues)`);
    return error;
  }
  // Unexpected failures are logged by kind only: their messages may quote stored data.
  const name = error instanceof Error ? error.name : typeof error;
  logError(`${loggableMethod(method)} failed unexpectedly (${name})`);
  return new ApiError(
    'Internal',
    `The Workbench could not complete ${method}. Nothing was changed.`,
  );
}

/** The service seen through the contract's types, for in-process callers (demo loader, tests). */
export function typedInvoke(service: Service): Invoke {
  return (method, input) => service.invoke(method, input) as never;
}
