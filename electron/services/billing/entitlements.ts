import type { Db } from '@db/client';
import { getSubscription } from '@db/repositories/subscriptions';
import { countUsage } from '@db/repositories/usage';
import type { TenantContext } from '@db/tenant';
import { refusal, refusalOf } from '@shared/api/result';
import { featureRefusal, type LimitKey } from '@shared/domain/entitlements';
import type { ServiceSaid } from '@shared/api/service-words';
import type { PlanFeatures } from '@shared/domain/subscriptions';

/**
 * Why `adding` more would go past a plan limit (see `limitRefusal`), as an id
 * and its values for a screen to say in its own language; `plan` is its name.
 */
function limitRefusalSaid(
  features: PlanFeatures,
  key: LimitKey,
  current: number,
  adding: number,
  plan: string,
): ServiceSaid | null {
  const limit = features[key];
  if (limit === undefined || current + adding <= limit) return null;
  return adding > 1
    ? {
        id: 'plan.limitReachedAdding',
        values: { key, limit, plan, current, adding, total: current + adding },
      }
    : { id: 'plan.limitReached', values: { key, limit, plan, current } };
}

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
  const refused = limitRefusalSaid(
    sub.plan.features,
    key,
    await countUsage(db, tenant, key),
    adding,
    sub.plan.name,
  );
  if (refused) throw refusalOf('FORBIDDEN', refused);
}

export async function requireFeature(
  db: Db,
  tenant: Pick<TenantContext, 'clientId'>,
  key: 'item_analysis',
): Promise<void> {
  const sub = await getSubscription(db, tenant);
  if (featureRefusal(sub?.plan.features ?? {}, key) === null) return;
  throw sub
    ? refusal('FORBIDDEN', 'plan.featureMissing', { key, plan: sub.plan.name })
    : refusal('FORBIDDEN', 'plan.featureMissingNoPlan', { key });
}
