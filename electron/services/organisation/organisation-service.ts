import { nowIsoOf } from '@db/env';
import { mutate } from '@db/mutation';
import {
  getOrganisation,
  updateOrganisation,
  type OrganisationPatch,
} from '@db/repositories/organisations';
import type { TenantContext } from '@db/tenant';
import { diffObjects } from '@shared/audit/diff';
import type { Organisation } from '@shared/domain/organisation';
import type { ServiceEnv } from '../service-env';

export function readOrganisation(env: ServiceEnv, tenant: TenantContext): Promise<Organisation> {
  return getOrganisation(env.db(), tenant);
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
