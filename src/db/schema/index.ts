export * from './workspace';
export * from './readiness';
export * from './program';
export * from './team';
export * from './fiscal';
export * from './reports';
export * from './matching';
export * from './cocase';
