export * from './workspace';
export * from './readiness';
