/**
 * The one contract between the UI and the data: method name → input and output schemas.
 * Each area contributes its slice; both transports (IPC, HTTP) and the service use this map.
 */
import type { z } from 'zod';
import { dataOf, type ContractData } from './contractData';
import { exampleFilesContract } from './exampleFiles.contract';
import {
  fiscalBudgetContract,
  fiscalLedgerContract,
  fiscalReferenceContract,
} from './fiscal/contract';
import { fiscalSummaryContract } from './fiscal/summary.contract';
import { historyContract } from './system/history.contract';
import { jobsContract } from './jobs/contract';
import { ledgerImportContract } from './fiscal/ledgerImport.contract';
import { logicModelContract } from './cocase/logicModel.contract';
import { matchingContract } from './matching/contract';
import { extractLayoutsContract } from './matching/layouts.contract';
import { cocaseContract } from './cocase/contract';
import { cocaseExportContract } from './cocase/export.contract';
import { cocasePlansContract } from './cocase/plans.contract';
import { programContract } from './program/contract';
import { readinessContract } from './readiness/contract';
import { reportsContract } from './reports/contract';
import { rolloutContract } from './program/rollout.contract';
import { rollupContract } from './reports/rollup.contract';
import { systemContract } from './system/contract';
import { teamContract } from './program/team.contract';
import { usersContract } from './system/users.contract';
import { revealsContract } from './system/reveals.contract';
import { caseloadContract } from './cocase/caseload.contract';
import { trainingContract } from './program/training.contract';
import { workspaceContract } from './workspace/contract';

export const contract = {
  ...workspaceContract,
  ...systemContract,
  ...usersContract,
  ...revealsContract,
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
  ...extractLayoutsContract,
  ...cocaseContract,
  ...cocasePlansContract,
  ...caseloadContract,
  ...logicModelContract,
  ...cocaseExportContract,
  ...jobsContract,
  ...exampleFilesContract,
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

/** What each method reads or changes and whether it returns identifiers, without its schemas. */
export const CONTRACT_DATA: ContractData = dataOf(contract);
