import { beforeAll, describe, expect, it } from 'vitest';
import {
  clearGuessGuards,
  listLockouts,
  readGuessGuard,
  writeGuessGuard,
} from '@db/repositories/guess-guards';
import { hasPin } from '@db/repositories/profiles';
import { ApiError } from '@shared/api/result';
import { createSharedTestCore, type TestCore } from '../../helpers/core';
import { changedTables, snapshotDatabase } from '../../helpers/db-snapshot';
import { prepareDemoFixture, type DemoFixture } from '../../helpers/fixtures';
import { createSecondTenant, type SecondTenant } from '../../helpers/second-tenant';

const at = '2026-06-01T09:00:00.000Z';

describe('guessing-limit repositories keep organisations apart', () => {
  let core: TestCore;
  let fx: DemoFixture;
  let b: SecondTenant;
  const a = () => ({ clientId: fx.clientId, profileId: fx.people.admin, role: 'admin' as const });

  beforeAll(async () => {
    core = await createSharedTestCore();
    fx = await prepareDemoFixture(core);
    b = await createSecondTenant(core);
    const lock = { failures: 0, lockouts: 1, lockedUntilUptimeMs: 90_000, nowIso: at };
    for (const [clientId, target, kind] of [
      [fx.clientId, fx.people.student1, 'sign_in'],
      [b.clientId, b.studentId, 'sign_in'],
      [b.clientId, b.testId, 'start_code'],
    ] as const) {
      await writeGuessGuard(core.env.db(), {
        clientId,
        deviceId: 'device-lab-1',
        kind,
        target,
        ...lock,
        lockedUntilEstimate: '2026-06-01T09:15:00.000Z',
        lastLockedAt: at,
      });
    }
  });

  it('hasPin with B’s person from organisation A answers NOT_FOUND and writes nothing', async () => {
    const before = await snapshotDatabase(core.database.client);
    const error = await hasPin(core.env.db(), a(), b.adminId).catch((e: unknown) => e);
    expect(error instanceof ApiError ? error.code : error).toBe('NOT_FOUND');
    expect(changedTables(before, await snapshotDatabase(core.database.client))).toEqual([]);
    // The fixture is real: A's own proctor has the demo PIN.
    expect(await hasPin(core.env.db(), a(), fx.people.proctor)).toBe(true);
  });

  it('listLockouts gives A none of B’s lockouts, and gives B its own', async () => {
    const ofA = await listLockouts(core.env.db(), a(), '2026-06-01T00:00:00.000Z');
    expect(ofA.map((l) => l.target)).toEqual([fx.people.student1]);
    expect(ofA[0]?.personName).toBe('Sam Student');
    const ofB = await listLockouts(core.env.db(), b.admin, '2026-06-01T00:00:00.000Z');
    expect(ofB.map((l) => l.target).sort()).toEqual([b.studentId, b.testId].sort());
  });

  it('clearGuessGuards with B’s target from organisation A clears nothing of B’s', async () => {
    expect(await clearGuessGuards(core.env.db(), a(), 'sign_in', b.studentId, at)).toBe(0);
    const row = await readGuessGuard(core.env.db(), 'device-lab-1', 'sign_in', b.studentId);
    expect(row?.lockouts).toBe(1);
    expect(await clearGuessGuards(core.env.db(), b.admin, 'sign_in', b.studentId, at)).toBe(1);
    const cleared = await readGuessGuard(core.env.db(), 'device-lab-1', 'sign_in', b.studentId);
    expect(cleared).toMatchObject({ lockouts: 0, lockedUntilUptimeMs: null, lastLockedAt: at });
  });
});
