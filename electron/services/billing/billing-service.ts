import { listPlans, getSubscription } from '@db/repositories/subscriptions';
import { countUsage } from '@db/repositories/usage';
import type { TenantContext } from '@db/tenant';
import type { BillingOverview } from '@shared/domain/billing';
import type { Plan, Subscription } from '@shared/domain/subscriptions';
import {
  GRACE_PERIOD_DAYS,
  limitKeys,
  limitLabels,
  subscriptionAccess,
} from '@shared/domain/entitlements';
import type { ServiceEnv } from '../service-env';

export async function billingOverview(
  env: ServiceEnv,
  tenant: TenantContext,
): Promise<BillingOverview> {
  const subscription = await getSubscription(env.db(), tenant);
  const plans = await listPlans(env.db());
  const features = subscription?.plan.features ?? {};
  const usage = [];
  for (const key of limitKeys) {
    usage.push({
      key,
      label: limitLabels[key],
      used: await countUsage(env.db(), tenant, key),
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

/**
 * Why a lapsed subscription makes the organisation read-only, or null: after
 * the grace period nothing may change (the method's own policy says which
 * writes stay open, such as sitting an exam that is already published).
 */
export function subscriptionLapse(env: ServiceEnv) {
  return async (tenant: Pick<TenantContext, 'clientId'>): Promise<string | null> => {
    const access = subscriptionAccess(await getSubscription(env.db(), tenant), env.clock.nowMs());
    return access.state === 'read_only' ? access.reason : null;
  };
}

export async function readSubscription(
  env: ServiceEnv,
  tenant: TenantContext,
): Promise<{ subscription: Subscription | null; plans: Plan[] }> {
  const [subscription, plans] = [
    await getSubscription(env.db(), tenant),
    await listPlans(env.db()),
  ];
  return { subscription, plans };
}
