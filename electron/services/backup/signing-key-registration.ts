import { mutate } from '@db/mutation';
import { registeredSigningKeys } from '@db/backup/rescue-rows';
import { tenantOrganisationId } from '@db/repositories/devices';
import type { ServiceEnv } from '../service-env';
import { loadOrCreateSigningKey } from './rescue-key';

/**
 * This computer's rescue signing key as a change for an audit row of
 * organisation `orgId` (the key it registered before, and this one), or null
 * when the organisation already knows it. An enrolment records it in its own
 * audit row; the row syncs like every audit row, so every computer of the
 * organisation can check a rescue file this one writes.
 */
export async function signingKeyChange(
  env: Pick<ServiceEnv, 'db' | 'deviceId'>,
  dataDir: string,
  orgId: string,
): Promise<[string | null, string] | null> {
  const key = loadOrCreateSigningKey(dataDir);
  const known = await registeredSigningKeys(env.db(), orgId, env.deviceId);
  return known.includes(key.publicKey) ? null : [known.at(-1) ?? null, key.publicKey];
}

/**
 * Registers the key in a row of its own, once: at start, on a computer
 * enrolled before rescue files existed.
 */
export async function registerSigningKey(env: ServiceEnv, dataDir: string): Promise<boolean> {
  const orgId = await tenantOrganisationId(env.db());
  if (!orgId) return false;
  const change = await signingKeyChange(env, dataDir, orgId);
  if (!change) return false;
  await mutate(env, { clientId: orgId, profileId: null }, async () => ({
    value: null,
    audit: {
      action: 'device.signingKey',
      resourceType: 'device',
      resourceId: env.deviceId,
      changes: { publicKey: change },
    },
  }));
  return true;
}
