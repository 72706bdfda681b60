import { nowIsoOf } from '@db/env';
import { mutate } from '@db/mutation';
import { listSetAside, resolveSetAside } from '@db/repositories/sync-set-aside';
import type { TenantContext } from '@db/tenant';
import type { SetAsideRow } from '@shared/domain/sync';
import type { ServiceEnv } from '../service-env';

/** Rows the server refused on a unique value, kept for an admin (see ./set-aside.ts). */
export function readSetAside(
  env: ServiceEnv,
  tenant: TenantContext,
  includeResolved: boolean,
): Promise<SetAsideRow[]> {
  return listSetAside(env.db(), tenant, includeResolved);
}

export function markSetAsideResolved(
  env: ServiceEnv,
  tenant: TenantContext,
  id: string,
): Promise<SetAsideRow> {
  return mutate(env, tenant, async (tx) => {
    const { before, after } = await resolveSetAside(tx, tenant, id, nowIsoOf(env));
    return {
      value: after,
      audit: {
        action: 'sync.set_aside_resolved',
        resourceType: 'sync_set_aside',
        resourceId: id,
        changes: { resolvedAt: [before.resolvedAt, after.resolvedAt] },
      },
    };
  });
}
