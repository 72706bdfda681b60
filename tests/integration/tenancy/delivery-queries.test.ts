import { beforeAll, describe, expect, it } from 'vitest';
import { insertMedia, insertMediaChunks, readMediaBytes } from '@db/repositories/media';
import { updatePerson } from '@db/repositories/profiles';
import { prepareMedia } from '@main/services/media/media-file';
import { insertSubscription, listPlans } from '@db/repositories/subscriptions';
import { updateTestRow } from '@db/repositories/tests';
import { hashSecret } from '@main/services/auth/passwords';
import { createSharedTestCore, TEST_SCRYPT, type TestCore } from '../../helpers/core';
import { deliveryValueCases } from './delivery-query-cases';
import type { TenancyWorld } from './repository-cases';
import { buildTenancyWorld } from './tenancy-world';

/** B's stored image, read back as base64 through B's own scope. */
async function bytesOfB(core: TestCore, w: TenancyWorld): Promise<string> {
  const stored = await readMediaBytes(core.env.db(), w.b.admin, w.b.mediaHash);
  if (!stored) throw new Error('B has no image');
  return Buffer.concat(stored.chunks).toString('base64');
}

describe('the exam and proctor reads keep organisations apart', () => {
  let core: TestCore;
  let w: TenancyWorld;
  const at = '2026-06-01T09:00:00.000Z';

  beforeAll(async () => {
    core = await createSharedTestCore();
    w = await buildTenancyWorld(core);
    // What only B has here: a PIN holder, and a published, proctored test with negative marking.
    await updatePerson(
      core.env.db(),
      w.b.admin,
      w.b.adminId,
      { pinHash: await hashSecret('4321', TEST_SCRYPT) },
      at,
    );
    await updateTestRow(
      core.env.db(),
      w.b.admin,
      w.b.testId,
      {
        status: 'published',
        publishedAt: at,
        startCodeRequired: 1,
        negativeMarking: 1,
        orderingCredit: 'per_position',
      },
      at,
    );
  });

  it.each(deliveryValueCases.map((c) => [c.fn, c.label, c] as const))(
    '%s (%s) gives A none of B’s, and gives B its own',
    async (_fn, _label, c) => {
      expect((await c.values(w, w.a)).filter((v) => c.isB(w, v))).toEqual([]);
      expect((await c.values(w, w.b.admin)).filter((v) => c.isB(w, v)).length).toBeGreaterThan(0);
    },
  );

  it('insertMediaChunks and insertMedia file the media under the caller, apart from B’s same file', async () => {
    const file = prepareMedia('dot.png', Buffer.from(await bytesOfB(core, w), 'base64'));
    await core.env.transaction(async ({ db }) => {
      await insertMediaChunks(db, w.a, file.sha256, file.chunks);
      await insertMedia(db, w.a, {
        sha256: file.sha256,
        mime: file.type.mime,
        size: file.bytes.length,
        chunkCount: file.chunks.length,
        nowIso: at,
      });
    });
    // The same file as B's: two rows of each, one per organisation.
    expect(file.sha256).toBe(w.b.mediaHash);
    const owners = (await core.database.client.all(
      'SELECT client_id FROM media WHERE sha256 = ? UNION ALL SELECT client_id FROM media_chunks WHERE media_id LIKE ?',
      file.sha256,
      `%${file.sha256}%`,
    )) as Array<{ client_id: string }>;
    expect(owners.map((o) => o.client_id).sort()).toEqual(
      [w.fx.clientId, w.fx.clientId, w.b.clientId, w.b.clientId].sort(),
    );
    expect((await readMediaBytes(core.env.db(), w.a, file.sha256))?.row.clientId).toBe(
      w.fx.clientId,
    );
  });

  it('insertSubscription files the subscription under the caller', async () => {
    const [plan] = await listPlans(core.env.db());
    const id = '0190e6a0-0000-7000-8000-0000000e0001';
    await insertSubscription(core.env.db(), w.a, {
      id,
      planId: plan!.id,
      status: 'active',
      startDate: at,
      endDate: at,
      nowIso: at,
    });
    const row = (await core.database.client.get(
      'SELECT client_id FROM client_subscriptions WHERE id = ?',
      id,
    )) as { client_id: string } | undefined;
    expect(row?.client_id).toBe(w.fx.clientId);
  });
});
