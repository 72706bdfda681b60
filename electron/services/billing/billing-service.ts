import { listPlans, getSubscription } from '../../../db/repositories/subscriptions';
import { countUsage } from '../../../db/repositories/usage';
import type { TenantContext } from '../../../db/tenant';
import type { MethodName } from '../../../shared/api/contract';
import type { BillingOverview } from '../../../shared/domain/billing';
import {
  allowedWhenReadOnly,
  GRACE_PERIOD_DAYS,
  limitKeys,
  limitLabels,
  subscriptionAccess,
} from '../../../shared/domain/entitlements';
import type { ServiceEnv } from '../service-env';

export async function billingOverview(
  env: ServiceEnv,
  tenant: TenantContext,
): Promise<BillingOverview> {
  const subscription = await getSubscription(env.db, tenant);
  const plans = await listPlans(env.db);
  const features = subscription?.plan.features ?? {};
  const usage = [];
  for (const key of limitKeys) {
    usage.push({
      key,
      label: limitLabels[key],
      used: await countUsage(env.db, tenant, key),
      limit: features[key] ?? null,
    });
  }
  return {
    subscription,
    plans,
    access: subscriptionAccess(subscription, env.clock.nowMs()),
    graceDays: GRACE_PERIOD_DAYS,
    renewalDate: subscription?.endDate ?? null,
    usage,
    features: { itemAnalysis: features.item_analysis === true },
  };
}

/** The write guard for a lapsed subscription: read-only after the grace period, exams still sat. */
export function subscriptionWriteGuard(env: ServiceEnv) {
  return async (
    tenant: Pick<TenantContext, 'clientId'>,
    method: MethodName | null,
  ): Promise<string | null> => {
    const access = subscriptionAccess(await getSubscription(env.db, tenant), env.clock.nowMs());
    if (access.state !== 'read_only') return null;
    return allowedWhenReadOnly(method) ? null : access.reason;
  };
}
