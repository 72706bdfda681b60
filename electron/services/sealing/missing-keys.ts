import type { DataEnv } from '@db/env';
import { contentKeyWraps, organisationIds } from '@db/repositories/organisations';
import { oneSealedKey } from '@db/repositories/sealing-upgrade';
import { hasContentKey, makeContentKey } from '@db/sealing/content-keys';
import type { DeviceFile } from '../../app/device';

/**
 * Which computer may make the key of an organisation that has none yet (one
 * made before sealing existed): a computer that is not enrolled (the
 * organisation lives only here), or an enrolled admin computer, whose
 * enrolment files then carry the key to the others. Any other computer waits
 * for the key with its next enrolment, so two computers never make two keys.
 */
export function mayMakeContentKey(device: Pick<DeviceFile, 'enrolment'>): boolean {
  return !device.enrolment || device.enrolment.deviceRole === 'admin';
}

/** Makes the keys this computer may make, for the organisations in its database that have none. */
export async function makeMissingContentKeys(
  env: Pick<DataEnv, 'db'>,
  device: Pick<DeviceFile, 'enrolment'>,
): Promise<void> {
  if (!mayMakeContentKey(device)) return;
  for (const clientId of await organisationIds(env.db())) {
    if (hasContentKey(clientId)) continue;
    // An organisation whose key exists elsewhere (wrapped under a token, or already sealing keys)
    // waits for it: a second key would leave the first one's values unreadable here.
    const wrapped = Object.keys(await contentKeyWraps(env.db(), { clientId })).length > 0;
    if (wrapped || (await oneSealedKey(env.db(), { clientId })) !== null) continue;
    makeContentKey(clientId);
  }
}
