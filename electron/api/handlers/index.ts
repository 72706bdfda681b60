import type { ApiRouter } from '../router';
import { registerAuditHandlers } from './audit-handlers';
import { registerAuthHandlers } from './auth-handlers';
import { registerBankHandlers } from './bank-handlers';
import { registerBillingHandlers } from './billing-handlers';
import { registerDeliveryHandlers } from './delivery-handlers';
import type { HandlerDeps } from './handler-deps';
import { registerImportHandlers } from './import-handlers';
import { registerOrganisationHandlers } from './organisation-handlers';
import { registerProctorHandlers } from './proctor-handlers';
import { registerResultsHandlers } from './results-handlers';
import { registerSyncHandlers } from './sync-handlers';

/** Every area's handlers. A new area adds its register function here. */
export const handlerModules: ReadonlyArray<(router: ApiRouter, deps: HandlerDeps) => void> = [
  registerAuthHandlers,
  registerOrganisationHandlers,
  registerAuditHandlers,
  registerBillingHandlers,
  registerBankHandlers,
  registerImportHandlers,
  registerResultsHandlers,
  registerDeliveryHandlers,
  registerSyncHandlers,
  registerProctorHandlers,
];
