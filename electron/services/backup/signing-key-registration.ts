import { mutate } from '@db/mutation';
import { registeredSigningKeys } from '@db/backup/rescue-rows';
import { tenantOrganisationId } from '@db/repositories/devices';
import type { ServiceEnv } from '../service-env';
import { loadOrCreateSigningKey } from './rescue-key';

/**
 * Registers this computer's rescue signing key in the organisation's audit
 * trail, once: after enrolling, or at start on a computer enrolled before.
 * The row syncs like every audit row, so every computer of the organisation
 * can check a rescue file this one writes.
 */
export async function registerSigningKey(env: ServiceEnv, dataDir: string): Promise<boolean> {
  const orgId = await tenantOrganisationId(env.db());
  if (!orgId) return false;
  const key = loadOrCreateSigningKey(dataDir);
  const known = await registeredSigningKeys(env.db(), orgId, env.deviceId);
  if (known.includes(key.publicKey)) return false;
  await mutate(env, { clientId: orgId, profileId: null }, async () => ({
    value: null,
    audit: {
      action: 'device.signingKey',
      resourceType: 'device',
      resourceId: env.deviceId,
      changes: { publicKey: [known.at(-1) ?? null, key.publicKey] },
    },
  }));
  return true;
}
