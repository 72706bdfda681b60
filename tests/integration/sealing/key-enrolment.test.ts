import { describe, expect, it } from 'vitest';
import { contentKeyOf } from '@db/sealing/content-keys';
import { keyWrapId, unwrapContentKey } from '@db/sealing/key-wrap';
import { contentKeyText } from '@main/services/sealing/content-key-store';
import { ENROLMENT_FILE_FORMAT } from '@shared/sync/enrolment';
import {
  clientOf,
  createTestCore,
  DEMO_PASSWORD,
  demoEmail,
  signedIn,
  type TestCore,
} from '../../helpers/core';
import { readDemoIds } from '../../helpers/fixtures';
import { startSyncServer } from '../../helpers/sync-server';
import { enrol, newDevice, rows, syncOk, type Device } from '../sync/support/devices';

const enrolmentFile = (url: string, options: { token?: string; organisationKey?: string } = {}) =>
  JSON.stringify({
    format: ENROLMENT_FILE_FORMAT,
    version: 1,
    url,
    token: options.token ?? 'test-token',
    ...(options.organisationKey ? { organisationKey: options.organisationKey } : {}),
  });

async function joinWithFile(device: Device, fileText: string, name: string) {
  return device.admin.call('sync.enrolFromFile', { fileText, deviceName: name });
}

async function wrapsOf(device: Device, clientId: string): Promise<Record<string, string>> {
  const [row] = await rows<{ content_key_wraps: string | null }>(
    device,
    'SELECT content_key_wraps FROM clients WHERE id = ?',
    clientId,
  );
  return JSON.parse(row?.content_key_wraps ?? '{}') as Record<string, string>;
}

async function signInRefused(core: TestCore) {
  const result = await clientOf(core).call('auth.signIn', {
    email: demoEmail.author,
    password: DEMO_PASSWORD,
  });
  expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  expect(JSON.stringify(result)).toContain('does not hold the organisation key');
}

describe('the organisation key reaches each computer with its enrolment', () => {
  it('opens the answer keys on a computer enrolled by URL and token, and not with the database alone', async () => {
    const server = await startSyncServer();
    const first = await enrol(await newDevice(), server, 'Admin PC');
    await syncOk(first);
    const { clientId, questionId } = await readDemoIds(first.core);
    const key = first.core.contentKeys.keyOf(clientId)!;
    const keyText = contentKeyText(key);
    const keyWas = await (
      await signedIn(first.core, 'author')
    ).ok('questions.get', {
      id: questionId,
    });
    // The organisation row holds the key wrapped under the token, never the key itself.
    const wraps = await wrapsOf(first, clientId);
    expect(Object.keys(wraps)).toEqual([keyWrapId('test-token', clientId)]);
    const wrapped = Object.values(wraps)[0] ?? '';
    expect(wrapped).not.toContain(keyText);
    expect(wrapped).not.toContain(key.toString('hex'));
    expect(unwrapContentKey(wrapped, 'test-token', clientId)?.equals(key)).toBe(true);
    expect(unwrapContentKey(wrapped, 'another-token', clientId)).toBeNull();
    expect(unwrapContentKey(wrapped, 'test-token', 'another-organisation')).toBeNull();
    await first.core.close();
    // The computer that made it is closed: no key of the organisation is left in this process.
    expect(contentKeyOf(clientId)).toBeNull();

    // The whole organisation database, wraps included, reached with another token: nothing opens.
    const otherToken = await newDevice();
    const joinedBlind = await otherToken.admin.ok('sync.enrol', {
      url: server.url,
      token: 'another-token',
      deviceName: 'Lab PC 1',
      deviceRole: 'admin',
    });
    expect(joinedBlind.mode).toBe('join');
    expect(Object.keys(await wrapsOf(otherToken, clientId))).toEqual([
      keyWrapId('test-token', clientId),
    ]);
    await signInRefused(otherToken.core);
    const blindDir = otherToken.core.dataDir;
    await otherToken.core.close();
    // Restarted, even an admin computer makes no second key for an organisation that has one.
    const blindAgain = await createTestCore({ dataDir: blindDir });
    expect(blindAgain.contentKeys.keyOf(clientId)).toBeNull();
    await signInRefused(blindAgain);
    await blindAgain.close();

    // Enrolled with the organisation's token, as the Sync screen does: signed in, same keys.
    const byToken = await enrol(await newDevice(), server, 'Lab PC 2');
    const author = await signedIn(byToken.core, 'author');
    expect((await author.ok('questions.get', { id: questionId })).key).toEqual(keyWas.key);
    await byToken.core.contentKeys.flushed();
    expect(byToken.core.contentKeys.keyOf(clientId)?.toString('base64')).toBe(keyText);
    const dataDir = byToken.core.dataDir;
    await byToken.core.close();
    expect(contentKeyOf(clientId)).toBeNull();
    // Kept in its own key file: it opens again after a restart.
    const again = await newDevice({ dataDir });
    expect(again.core.contentKeys.keyOf(clientId)?.toString('base64')).toBe(keyText);
    await again.core.close();
  });

  // The local sync server takes any token, as Turso Cloud takes both while the old one is not yet revoked.
  it('a new token: the computer re-enrolled with it wraps the key under it and drops the old one', async () => {
    const server = await startSyncServer();
    const first = await newDevice();
    await first.admin.ok('sync.enrol', {
      url: server.url,
      token: 'old-token',
      deviceName: 'Admin PC',
    });
    await syncOk(first);
    const { clientId } = await readDemoIds(first.core);
    expect(Object.keys(await wrapsOf(first, clientId))).toEqual([keyWrapId('old-token', clientId)]);

    await first.admin.ok('sync.enrol', {
      url: server.url,
      token: 'new-token',
      deviceName: 'Admin PC',
    });
    expect(Object.keys(await wrapsOf(first, clientId))).toEqual([keyWrapId('new-token', clientId)]);
    const wrapped = (await wrapsOf(first, clientId))[keyWrapId('new-token', clientId)] ?? '';
    expect(
      unwrapContentKey(wrapped, 'new-token', clientId)?.equals(
        first.core.contentKeys.keyOf(clientId)!,
      ),
    ).toBe(true);
    await first.core.close();
  });

  it('opens the answer keys on a computer given the enrolment file with the key, and refuses a wrong key', async () => {
    const server = await startSyncServer();
    const first = await enrol(await newDevice(), server, 'Admin PC');
    await syncOk(first);
    const { clientId, questionId } = await readDemoIds(first.core);
    const keyText = contentKeyText(first.core.contentKeys.keyOf(clientId)!);
    const keyWas = await (
      await signedIn(first.core, 'author')
    ).ok('questions.get', {
      id: questionId,
    });
    await first.core.close();

    const wrongKey = await newDevice();
    const refused = await joinWithFile(
      wrongKey,
      enrolmentFile(server.url, {
        token: 'another-token',
        organisationKey: Buffer.alloc(32, 7).toString('base64'),
      }),
      'Lab PC 2',
    );
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'organisationKey' },
    });
    await wrongKey.core.close();

    // A token no computer holding the key has used: the key comes with the file.
    const joined = await newDevice();
    const file = enrolmentFile(server.url, { token: 'another-token', organisationKey: keyText });
    expect((await joinWithFile(joined, file, 'Lab PC 3')).ok).toBe(true);
    const author = await signedIn(joined.core, 'author');
    expect((await author.ok('questions.get', { id: questionId })).key).toEqual(keyWas.key);
    await joined.core.contentKeys.flushed();
    expect(joined.core.contentKeys.keyOf(clientId)?.toString('base64')).toBe(keyText);
    // Holding it now, this computer wraps it under its token for the next one enrolled with it.
    expect(Object.keys(await wrapsOf(joined, clientId)).sort()).toEqual(
      [keyWrapId('test-token', clientId), keyWrapId('another-token', clientId)].sort(),
    );
    await joined.core.close();
  });
});
