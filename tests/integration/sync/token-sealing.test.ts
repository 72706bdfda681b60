import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  keyringSecretStore,
  PlainSecretRefusedError,
  plainSecretStore,
} from '@main/services/sync/secret-store';
import { startSyncServer, startTokenGateway } from '../../helpers/sync-server';
import { tempDir } from '../../helpers/temp-dir';
import { refusingKeyring, testKeyring } from '../../helpers/test-keyring';
import { newDevice, rows, syncOk, type Device } from './support/devices';

const TOKEN = 'token-of-the-lab-4f1c9e';

const deviceFileOf = (device: Device) =>
  readFileSync(join(device.core.dataDir, 'device.json'), 'utf8');

/**
 * A computer enrolled by the preview or a script (the token kept plain in
 * device.json), then closed; a copy of its data folder to start again from,
 * since the engine keeps a closed file locked in this process.
 */
async function enrolledWithPlainToken(): Promise<{ dataDir: string; gatewayUrl: string }> {
  const server = await startSyncServer();
  const gateway = await startTokenGateway(server, TOKEN);
  const device = await newDevice();
  await device.admin.ok('sync.enrol', { url: gateway.url, token: TOKEN, deviceName: 'Lab PC' });
  await syncOk(device);
  expect(JSON.parse(deviceFileOf(device))).toMatchObject({
    enrolment: { token: { scheme: 'plain', value: TOKEN } },
  });
  await device.core.close();
  const dataDir = tempDir('exam-sealing-');
  cpSync(device.core.dataDir, dataDir, { recursive: true });
  return { dataDir, gatewayUrl: gateway.url };
}

describe('the enrolment token where a keyring exists', () => {
  it('is sealed by the keyring, and a plain one is refused in words', async () => {
    const store = keyringSecretStore(testKeyring());
    const sealed = await store.seal(TOKEN);
    expect(sealed.scheme).toBe('safeStorage');
    expect(sealed.value).not.toContain(TOKEN);
    expect(Buffer.from(sealed.value, 'base64').toString('utf8')).not.toContain(TOKEN);
    expect(await store.open(sealed)).toBe(TOKEN);
    await expect(store.open({ scheme: 'plain', value: TOKEN })).rejects.toThrow(
      PlainSecretRefusedError,
    );
    await expect(store.open({ scheme: 'plain', value: TOKEN })).rejects.toThrow(
      /kept unencrypted in device\.json although this computer has a keyring/,
    );
  });

  it('the file-backed stand-in of the preview and tests says it keeps the token unencrypted', async () => {
    expect(plainSecretStore.info.scheme).toBe('file-plain');
    expect(plainSecretStore.info.description).toMatch(/browser preview, scripts and tests/);
    expect(plainSecretStore.info.description).toMatch(/unencrypted in device\.json/);
    expect(await plainSecretStore.seal(TOKEN)).toEqual({ scheme: 'plain', value: TOKEN });
  });

  it('kept plain, is sealed by the keyring at the next start, audited, and still syncs', async () => {
    const { dataDir, gatewayUrl } = await enrolledWithPlainToken();
    const keyring = testKeyring();
    const device = await newDevice({ dataDir, secretStore: keyringSecretStore(keyring) });

    const file = deviceFileOf(device);
    expect(file).not.toContain(TOKEN);
    expect(JSON.parse(file)).toMatchObject({
      enrolment: { url: gatewayUrl, token: { scheme: 'safeStorage' } },
    });
    const audit = await rows<{ changes: string; user_id: string | null }>(
      device,
      "SELECT changes, user_id FROM audit_logs WHERE action = 'device.tokenSealed'",
    );
    expect(audit).toEqual([
      { changes: JSON.stringify({ token_storage: ['plain', 'safeStorage'] }), user_id: null },
    ]);
    // The gateway lets only the right token through: the sealed one opens to it.
    await syncOk(device);
    expect((await device.admin.ok('sync.overview', {})).secretStorage.scheme).toBe('os-encrypted');
    // Sealed once, at this start: the token itself, whatever else the keyring seals.
    expect(keyring.encryptedTexts.filter((text) => text === TOKEN)).toHaveLength(1);
  });

  it('left plain when the keyring will not encrypt: the app starts, and sync says why it stops', async () => {
    const { dataDir } = await enrolledWithPlainToken();
    const device = await newDevice({ dataDir, secretStore: keyringSecretStore(refusingKeyring()) });
    expect(JSON.parse(deviceFileOf(device))).toMatchObject({
      enrolment: { token: { scheme: 'plain' } },
    });
    const status = await device.core.sync.syncNow();
    expect(status.lastError).toMatch(
      /kept unencrypted in device\.json although this computer has a keyring/,
    );
    expect(
      await rows(device, "SELECT id FROM audit_logs WHERE action = 'device.tokenSealed'"),
    ).toEqual([]);
  });
});
