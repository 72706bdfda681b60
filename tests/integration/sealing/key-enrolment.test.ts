import { describe, expect, it } from 'vitest';
import { contentKeyOf } from '@db/sealing/content-keys';
import { contentKeyText } from '@main/services/sealing/content-key-store';
import { ENROLMENT_FILE_FORMAT } from '@shared/sync/enrolment';
import { clientOf, DEMO_PASSWORD, demoEmail, signedIn } from '../../helpers/core';
import { readDemoIds } from '../../helpers/fixtures';
import { startSyncServer } from '../../helpers/sync-server';
import { enrol, newDevice, syncOk, type Device } from '../sync/support/devices';

const enrolmentFile = (url: string, organisationKey?: string) =>
  JSON.stringify({
    format: ENROLMENT_FILE_FORMAT,
    version: 1,
    url,
    token: 'test-token',
    ...(organisationKey ? { organisationKey } : {}),
  });

async function joinWithFile(device: Device, fileText: string, name: string) {
  return device.admin.call('sync.enrolFromFile', { fileText, deviceName: name });
}

describe('the organisation key reaches each computer with its enrolment', () => {
  it('opens the answer keys on a joining computer given the enrolment file, and on no other', async () => {
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
    // The computer that made it is closed: no key of the organisation is left in this process.
    expect(contentKeyOf(clientId)).toBeNull();

    const withoutKey = await newDevice();
    expect((await joinWithFile(withoutKey, enrolmentFile(server.url), 'Lab PC 1')).ok).toBe(true);
    // Without the key nobody signs in here: the password hashes are sealed too, and it says why.
    const blind = await clientOf(withoutKey.core).call('auth.signIn', {
      email: demoEmail.author,
      password: DEMO_PASSWORD,
    });
    expect(blind).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(JSON.stringify(blind)).toContain('does not hold the organisation key');
    await withoutKey.core.close();

    const wrongKey = await newDevice();
    const refused = await joinWithFile(
      wrongKey,
      enrolmentFile(server.url, Buffer.alloc(32, 7).toString('base64')),
      'Lab PC 2',
    );
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'organisationKey' },
    });
    await wrongKey.core.close();

    const joined = await newDevice();
    expect((await joinWithFile(joined, enrolmentFile(server.url, keyText), 'Lab PC 3')).ok).toBe(
      true,
    );
    const author = await signedIn(joined.core, 'author');
    expect((await author.ok('questions.get', { id: questionId })).key).toEqual(keyWas.key);
    // Kept in its own key file: it opens again after a restart.
    await joined.core.contentKeys.flushed();
    expect(joined.core.contentKeys.keyOf(clientId)?.toString('base64')).toBe(keyText);
  });
});
