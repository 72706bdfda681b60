export { clientSubscriptions, clients, profiles, subscriptionPlans } from './organisation';
export { questionVersions, questions, testQuestions, tests } from './content';
export {
  attemptAnswers,
  attemptClocks,
  attempts,
  attemptSummaries,
  integrityEvents,
} from './delivery';
export {
  auditChainHeads,
  auditLogs,
  devices,
  schemaMigrations,
  stagedImports,
  syncPushSeals,
  syncSetAside,
} from './records';
export { deviceUptime, guessGuards } from './guards';
