export * from '../workspace/schema';
export * from '../readiness/schema';
export * from '../program/schema';
export * from '../program/teamSchema';
export * from '../fiscal/schema';
export * from '../reports/schema';
export * from '../matching/schema';
export * from '../cocase/schema';
