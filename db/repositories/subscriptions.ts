import { asc, desc, eq } from 'drizzle-orm';
import { notFound } from '@shared/api/result';
import {
  planFeaturesSchema,
  subscriptionStatusSchema,
  type Plan,
  type Subscription,
} from '@shared/domain/subscriptions';
import type { Db } from '../client';
import { parseJson } from '../rows';
import { clientSubscriptions, subscriptionPlans } from '../schema/index';
import type { TenantContext } from '../tenant';

type PlanRow = typeof subscriptionPlans.$inferSelect;

export function toPlan(row: PlanRow): Plan {
  const features = planFeaturesSchema.safeParse(parseJson<unknown>(row.features, {}));
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    monthlyPrice: row.monthlyPrice,
    features: features.success ? features.data : {},
  };
}

/** The plan catalogue is the same for every organisation, so it has no tenant column. */
export async function listPlans(db: Db): Promise<Plan[]> {
  const rows = await db
    .select()
    .from(subscriptionPlans)
    .orderBy(asc(subscriptionPlans.monthlyPrice));
  return rows.map(toPlan);
}

export interface NewPlan {
  id: string;
  name: string;
  description: string;
  monthlyPrice: number;
  features: Plan['features'];
  nowIso: string;
}

/** Adds a plan to the catalogue every organisation shares. */
export async function insertPlan(db: Db, plan: NewPlan): Promise<void> {
  await db.insert(subscriptionPlans).values({
    id: plan.id,
    name: plan.name,
    description: plan.description,
    monthlyPrice: plan.monthlyPrice,
    features: JSON.stringify(plan.features),
    createdAt: plan.nowIso,
  });
}

export interface NewSubscription {
  id: string;
  planId: string;
  status: Subscription['status'];
  startDate: string;
  endDate: string;
  nowIso: string;
}

/** Starts a subscription of the organisation on a plan of the catalogue. */
export async function insertSubscription(
  db: Db,
  scope: Pick<TenantContext, 'clientId'>,
  subscription: NewSubscription,
): Promise<void> {
  await db.insert(clientSubscriptions).values({
    id: subscription.id,
    clientId: scope.clientId,
    planId: subscription.planId,
    status: subscription.status,
    startDate: subscription.startDate,
    endDate: subscription.endDate,
    createdAt: subscription.nowIso,
    updatedAt: subscription.nowIso,
  });
}

/** The organisation's current subscription: the one that started last. */
export async function getSubscription(
  db: Db,
  tenant: Pick<TenantContext, 'clientId'>,
): Promise<Subscription | null> {
  const rows = await db
    .select({ sub: clientSubscriptions, plan: subscriptionPlans })
    .from(clientSubscriptions)
    .innerJoin(subscriptionPlans, eq(subscriptionPlans.id, clientSubscriptions.planId))
    .where(eq(clientSubscriptions.clientId, tenant.clientId))
    .orderBy(desc(clientSubscriptions.startDate), desc(clientSubscriptions.createdAt))
    .limit(1);
  const r = rows[0];
  if (!r) return null;
  return {
    id: r.sub.id,
    plan: toPlan(r.plan),
    status: subscriptionStatusSchema.catch('active').parse(r.sub.status),
    startDate: r.sub.startDate,
    endDate: r.sub.endDate,
  };
}

export async function requireSubscription(db: Db, tenant: TenantContext): Promise<Subscription> {
  const sub = await getSubscription(db, tenant);
  if (!sub) throw notFound('subscription');
  return sub;
}
