import { mutate } from '@db/mutation';
import { tenantOrganisationId } from '@db/repositories/devices';
import type { DeviceFile } from '../../app/device';
import type { ServiceEnv } from '../service-env';
import { hasKeyring, type SecretStore } from './secret-store';

/**
 * Where a keyring exists, a token kept plain in device.json (written by the
 * preview, a script, or this computer before it had a keyring) is not used as
 * it is: it is sealed through the keyring, and this is the device file to
 * write. Null when there is nothing to seal. Rejects when the keyring does.
 */
export async function sealPlainToken(
  store: SecretStore,
  device: DeviceFile,
): Promise<DeviceFile | null> {
  const enrolment = device.enrolment;
  if (!hasKeyring(store) || enrolment?.token.scheme !== 'plain') return null;
  const sealed = await store.seal(enrolment.token.value);
  return { ...device, enrolment: { ...enrolment, token: sealed } };
}

/** The audit row of a token sealed at start: how it was kept, never the token. */
export async function recordTokenSealed(env: ServiceEnv, scheme: string): Promise<boolean> {
  const orgId = await tenantOrganisationId(env.db());
  if (!orgId) return false;
  await mutate(env, { clientId: orgId, profileId: null }, async () => ({
    value: null,
    audit: {
      action: 'device.tokenSealed',
      resourceType: 'device',
      resourceId: env.deviceId,
      changes: { token_storage: ['plain', scheme] },
    },
  }));
  return true;
}
