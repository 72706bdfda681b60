import type { ApiRouter } from '../router';
import { registerAppHandlers } from './app';
import { registerAuditHandlers } from './audit';
import { registerAuthHandlers } from './auth';
import { registerBackupHandlers } from './backup';
import { registerBillingHandlers } from './billing';
import { registerExamsHandlers } from './exams';
import { registerGradingHandlers } from './grading';
import type { HandlerDeps } from './handler-deps';
import { registerOrganisationHandlers } from './organisation';
import { registerPeopleHandlers } from './people';
import { registerProctorHandlers } from './proctor';
import { registerQuestionsHandlers } from './questions';
import { registerResultsHandlers } from './results';
import { registerSetupHandlers } from './setup';
import { registerSyncHandlers } from './sync';
import { registerTestsHandlers } from './tests';

/**
 * One handler module per contract namespace, named alike
 * (`shared/api/contract/<ns>.ts` -> `./<ns>.ts`). A new namespace adds its
 * register function here; the app refuses to start with a method unhandled.
 */
export const handlerModules: ReadonlyArray<(router: ApiRouter, deps: HandlerDeps) => void> = [
  registerAppHandlers,
  registerAuthHandlers,
  registerOrganisationHandlers,
  registerPeopleHandlers,
  registerAuditHandlers,
  registerBillingHandlers,
  registerQuestionsHandlers,
  registerTestsHandlers,
  registerResultsHandlers,
  registerGradingHandlers,
  registerExamsHandlers,
  registerProctorHandlers,
  registerSyncHandlers,
  registerBackupHandlers,
  registerSetupHandlers,
];
