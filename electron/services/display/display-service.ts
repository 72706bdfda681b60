import { nowIsoOf } from '@db/env';
import { mutate } from '@db/mutation';
import { getDisplaySettings, saveDisplaySettings } from '@db/repositories/display-settings';
import type { TenantContext } from '@db/tenant';
import { diffObjects } from '@shared/audit/diff';
import type { DisplaySettings } from '@shared/domain/display';
import type { ServiceEnv } from '../service-env';

export function readDisplaySettings(
  env: ServiceEnv,
  tenant: TenantContext,
): Promise<DisplaySettings> {
  return getDisplaySettings(env.db(), tenant);
}

/** Saves the signed-in student's own display settings. */
export async function updateDisplaySettings(
  env: ServiceEnv,
  tenant: TenantContext,
  settings: DisplaySettings,
): Promise<DisplaySettings> {
  return mutate(env, tenant, async (tx) => {
    const before = await getDisplaySettings(tx, tenant);
    await saveDisplaySettings(tx, tenant, settings, nowIsoOf(env));
    return {
      value: await getDisplaySettings(tx, tenant),
      audit: {
        action: 'display.update',
        resourceType: 'profile',
        resourceId: tenant.profileId,
        changes: diffObjects({ ...before }, { ...settings }),
      },
    };
  });
}
