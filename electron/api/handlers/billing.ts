import { billingOverview, readSubscription } from '../../services/billing/billing-service';
import type { ApiRouter } from '../router';
import type { HandlerDeps } from './handler-deps';

export function registerBillingHandlers(router: ApiRouter, { env }: HandlerDeps): void {
  router.handle('billing.overview', (_input, ctx) => billingOverview(env, ctx.tenant));
  router.handle('billing.subscription', (_input, ctx) => readSubscription(env, ctx.tenant));
}
