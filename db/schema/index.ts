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
  auditSignedHeads,
  deviceKeys,
  devices,
  schemaMigrations,
  stagedImports,
  syncPushSeals,
  syncSetAside,
} from './records';
export { attemptMediaPlays, media, mediaChunks, sealedMediaChunks } from './media';
export { deviceUptime, guessGuards } from './guards';
export { accommodations, attemptBreaks, displaySettings } from './accommodations';
