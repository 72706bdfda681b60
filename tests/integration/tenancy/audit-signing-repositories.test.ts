import { beforeAll, describe, expect, it } from 'vitest';
import {
  deviceKeyOf,
  listDeviceKeys,
  listSignedHeads,
  putDeviceKey,
  putSignedHead,
  unattributedRows,
} from '@db/repositories/audit-signing';
import { createSharedTestCore, type TestCore } from '../../helpers/core';
import { prepareDemoFixture, type DemoFixture } from '../../helpers/fixtures';
import { createSecondTenant, type SecondTenant } from '../../helpers/second-tenant';

const at = '2026-06-01T09:00:00.000Z';

describe('signed-chain repositories keep organisations apart', () => {
  let core: TestCore;
  let fx: DemoFixture;
  let b: SecondTenant;
  const a = () => ({ clientId: fx.clientId, profileId: fx.people.admin, role: 'admin' as const });

  beforeAll(async () => {
    core = await createSharedTestCore();
    fx = await prepareDemoFixture(core);
    b = await createSecondTenant(core);
    await putDeviceKey(core.env.db(), {
      deviceId: 'device-of-b',
      clientId: b.clientId,
      publicKey: 'key-of-b',
      registeredAt: at,
      enrolmentMac: null,
    });
    await putSignedHead(core.env.db(), {
      deviceId: 'device-of-b',
      clientId: b.clientId,
      seq: 1,
      hash: 'hash-of-b',
      signedAt: at,
      signature: 'signature-of-b',
    });
    for (const [id, clientId] of [
      ['orphan-of-a', fx.clientId],
      ['orphan-of-b', b.clientId],
    ] as const) {
      await core.database.client.run(
        "INSERT INTO audit_logs (id, client_id, action, created_at) VALUES (?, ?, 'x.y', ?)",
        id,
        clientId,
        at,
      );
    }
  });

  it('deviceKeyOf finds B’s device only under B', async () => {
    expect(await deviceKeyOf(core.env.db(), a(), 'device-of-b')).toBeNull();
    expect(await deviceKeyOf(core.env.db(), b.admin, 'device-of-b')).toMatchObject({
      publicKey: 'key-of-b',
    });
  });

  it('listDeviceKeys and listSignedHeads give A none of B’s, and B its own', async () => {
    const keysOfA = (await listDeviceKeys(core.env.db(), a())).map((k) => k.deviceId);
    expect(keysOfA).not.toContain('device-of-b');
    expect(keysOfA).toContain(core.device.deviceId);
    expect((await listDeviceKeys(core.env.db(), b.admin)).map((k) => k.deviceId)).toEqual([
      'device-of-b',
    ]);
    const headsOfA = (await listSignedHeads(core.env.db(), a())).map((h) => h.deviceId);
    expect(headsOfA).not.toContain('device-of-b');
    expect((await listSignedHeads(core.env.db(), b.admin)).map((h) => h.hash)).toEqual([
      'hash-of-b',
    ]);
  });

  it('unattributedRows gives each organisation its own rows with no device', async () => {
    expect((await unattributedRows(core.env.db(), a())).map((r) => r.id)).toEqual(['orphan-of-a']);
    expect((await unattributedRows(core.env.db(), b.admin)).map((r) => r.id)).toEqual([
      'orphan-of-b',
    ]);
  });
});
