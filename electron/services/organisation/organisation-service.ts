import { nowIsoOf } from '../../../db/env';
import { mutate } from '../../../db/mutation';
import {
  getOrganisation,
  updateOrganisation,
  type OrganisationPatch,
} from '../../../db/repositories/organisations';
import { listAudit, type AuditFilter } from '../../../db/repositories/audit-logs';
import { getSubscription, listPlans } from '../../../db/repositories/subscriptions';
import type { TenantContext } from '../../../db/tenant';
import { diffObjects } from '../../../shared/audit/diff';
import type { AuditEntry } from '../../../shared/domain/audit';
import type { Organisation } from '../../../shared/domain/organisation';
import type { Plan, Subscription } from '../../../shared/domain/subscriptions';
import type { ServiceEnv } from '../service-env';

export function readOrganisation(env: ServiceEnv, tenant: TenantContext): Promise<Organisation> {
  return getOrganisation(env.db, tenant);
}

export function changeOrganisation(
  env: ServiceEnv,
  tenant: TenantContext,
  patch: OrganisationPatch,
): Promise<Organisation> {
  return mutate(env, tenant, async (tx) => {
    const { before, after } = await updateOrganisation(tx, tenant, patch, nowIsoOf(env));
    return {
      value: after,
      audit: {
        action: 'organisation.update',
        resourceType: 'client',
        resourceId: tenant.clientId,
        changes: diffObjects({ ...before }, { ...after }, ['updatedAt']),
      },
    };
  });
}

export function readAudit(
  env: ServiceEnv,
  tenant: TenantContext,
  filter: AuditFilter,
): Promise<AuditEntry[]> {
  return listAudit(env.db, tenant, filter);
}

export async function readSubscription(
  env: ServiceEnv,
  tenant: TenantContext,
): Promise<{ subscription: Subscription | null; plans: Plan[] }> {
  const [subscription, plans] = [await getSubscription(env.db, tenant), await listPlans(env.db)];
  return { subscription, plans };
}
