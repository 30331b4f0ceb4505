/**
 * The one contract between the UI and the data: method name → input and output schemas.
 * Each area contributes its slice; both transports (IPC, HTTP) and the service use this map.
 */
import type { z } from 'zod';
import {
  fiscalBudgetContract,
  fiscalLedgerContract,
  fiscalReferenceContract,
} from './fiscal.contract';
import { fiscalSummaryContract } from './fiscalSummary.contract';
import { historyContract } from './history.contract';
import { jobsContract } from './jobs.contract';
import { ledgerImportContract } from './ledgerImport.contract';
import { logicModelContract } from './logicModel.contract';
import { matchingContract } from './matching.contract';
import { cocaseContract } from './cocase.contract';
import { cocaseExportContract } from './cocaseExport.contract';
import { cocasePlansContract } from './cocasePlans.contract';
import { programContract } from './program.contract';
import { readinessContract } from './readiness.contract';
import { reportsContract } from './reports.contract';
import { rolloutContract } from './rollout.contract';
import { rollupContract } from './rollup.contract';
import { systemContract } from './system.contract';
import { teamContract } from './team.contract';
import { trainingContract } from './training.contract';
import { workspaceContract } from './workspace.contract';

export const contract = {
  ...workspaceContract,
  ...systemContract,
  ...readinessContract,
  ...programContract,
  ...rolloutContract,
  ...teamContract,
  ...trainingContract,
  ...historyContract,
  ...fiscalReferenceContract,
  ...fiscalBudgetContract,
  ...fiscalLedgerContract,
  ...fiscalSummaryContract,
  ...ledgerImportContract,
  ...reportsContract,
  ...rollupContract,
  ...matchingContract,
  ...cocaseContract,
  ...cocasePlansContract,
  ...logicModelContract,
  ...cocaseExportContract,
  ...jobsContract,
} as const;

export type Contract = typeof contract;
export type Method = keyof Contract;
export type Input<M extends Method> = z.input<Contract[M]['input']>;
export type Output<M extends Method> = z.output<Contract[M]['output']>;

export function isMethod(name: string): name is Method {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** Invokes a method; both transports and the in-process service have this shape. */
export type Invoke = <M extends Method>(method: M, input: Input<M>) => Promise<Output<M>>;
