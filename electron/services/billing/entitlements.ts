import type { Db } from '@db/client';
import { getSubscription } from '@db/repositories/subscriptions';
import { countUsage } from '@db/repositories/usage';
import type { TenantContext } from '@db/tenant';
import { forbidden } from '@shared/api/result';
import { featureRefusal, limitRefusal, type LimitKey } from '@shared/domain/entitlements';

/**
 * Refuses a change that would take the organisation past a plan limit. Run it
 * inside the transaction that makes the change, so two calls cannot both pass.
 */
export async function requireWithinLimit(
  db: Db,
  tenant: Pick<TenantContext, 'clientId'>,
  key: LimitKey,
  adding = 1,
): Promise<void> {
  if (adding <= 0) return;
  const sub = await getSubscription(db, tenant);
  if (!sub) return;
  const refusal = limitRefusal(
    sub.plan.features,
    key,
    await countUsage(db, tenant, key),
    adding,
    `the ${sub.plan.name} plan`,
  );
  if (refusal) throw forbidden(refusal);
}

export async function requireFeature(
  db: Db,
  tenant: Pick<TenantContext, 'clientId'>,
  key: 'item_analysis',
): Promise<void> {
  const sub = await getSubscription(db, tenant);
  const refusal = featureRefusal(
    sub?.plan.features ?? {},
    key,
    sub ? `the ${sub.plan.name} plan` : 'your plan',
  );
  if (refusal) throw forbidden(refusal);
}
