import { beforeAll, describe, expect, it } from 'vitest';
import { emptyRescueTables, writeRescueRows } from '@db/backup/rescue-rows';
import { appendAudit } from '@db/repositories/audit-logs';
import { ApiError } from '@shared/api/result';
import { sequentialIds } from '@shared/ids';
import { createSharedTestCore, type TestCore } from '../../helpers/core';
import { changedTables, snapshotDatabase } from '../../helpers/db-snapshot';
import { SECOND_TENANT_DEVICE } from '../../helpers/second-tenant';
import {
  B_RESCUE_ID,
  B_SIGNING_KEY,
  backupByIdCases,
  backupValueCases,
} from './backup-query-cases';
import type { TenancyWorld } from './repository-cases';
import { buildTenancyWorld } from './tenancy-world';

async function errorOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
    return 'resolved';
  } catch (error) {
    return error instanceof ApiError ? error.code : error;
  }
}

describe('the rescue import keeps organisations apart', () => {
  let core: TestCore;
  let w: TenancyWorld;

  beforeAll(async () => {
    core = await createSharedTestCore();
    w = await buildTenancyWorld(core);
    // What only B has here: its device's signing key and a rescue file it imported.
    const env = { clock: core.env.clock, ids: sequentialIds(Date.UTC(2026, 4, 2), 91) };
    await core.env.transaction(async ({ sql }) => {
      await appendAudit(
        sql,
        { ...env, deviceId: SECOND_TENANT_DEVICE },
        { clientId: w.b.clientId, profileId: null },
        {
          action: 'device.signingKey',
          resourceType: 'device',
          resourceId: SECOND_TENANT_DEVICE,
          changes: { publicKey: [null, B_SIGNING_KEY] },
        },
      );
      await appendAudit(
        sql,
        { ...env, deviceId: SECOND_TENANT_DEVICE },
        { clientId: w.b.clientId, profileId: w.b.adminId },
        {
          action: 'rescue.import',
          resourceType: 'rescue',
          resourceId: B_RESCUE_ID,
          changes: { fromDevice: SECOND_TENANT_DEVICE },
        },
      );
    });
  });

  it.each(backupValueCases.map((c) => [c.fn, c.label, c] as const))(
    '%s (%s) gives A none of B’s, and gives B its own',
    async (_fn, _label, c) => {
      expect((await c.values(w, w.a)).filter((v) => c.isB(w, v))).toEqual([]);
      expect((await c.values(w, w.b.admin)).filter((v) => c.isB(w, v)).length).toBeGreaterThan(0);
    },
  );

  it.each(backupByIdCases.map((c) => [c.fn, c.label, c] as const))(
    '%s with %s answers NOT_FOUND and writes nothing',
    async (_fn, _label, c) => {
      const before = await snapshotDatabase(core.database.client);
      expect(await errorOf(c.run(w))).toBe('NOT_FOUND');
      expect(changedTables(before, await snapshotDatabase(core.database.client))).toEqual([]);
    },
  );

  it('writeRescueRows adds a row of the caller’s own organisation', async () => {
    const id = '0190e6a0-0000-7000-8000-0000000f0002';
    const outcome = await core.env.transaction(({ db }) =>
      writeRescueRows(db, w.a.clientId, {
        ...emptyRescueTables(),
        integrity_events: [
          {
            id,
            client_id: w.a.clientId,
            attempt_id: w.fx.openAttemptId,
            kind: 'focus_lost',
            occurred_at: '2026-06-01T09:00:00.000Z',
          },
        ],
      }),
    );
    expect(outcome.integrity_events).toEqual({ added: 1, updated: 0, unchanged: 0 });
    const row = (await core.database.client.get(
      'SELECT client_id FROM integrity_events WHERE id = ?',
      id,
    )) as { client_id: string } | undefined;
    expect(row?.client_id).toBe(w.fx.clientId);
  });
});
