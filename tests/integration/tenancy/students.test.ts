import { beforeAll, describe, expect, it } from 'vitest';
import { getAttemptRow, listAttempts } from '@db/repositories/attempts';
import { getPerson, listPeople, updatePerson } from '@db/repositories/profiles';
import type { TenantContext } from '@db/tenant';
import { ApiError } from '@shared/api/result';
import { createSharedTestCore, signedIn, type TestClient, type TestCore } from '../../helpers/core';
import { changedTables, snapshotDatabase } from '../../helpers/db-snapshot';
import { type DemoFixture, prepareDemoFixture } from '../../helpers/fixtures';

const NO_SUCH_ID = '0190e6a0-0000-7000-8000-00000000dead';

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'resolved';
  } catch (error) {
    return error instanceof ApiError ? error.code : String(error);
  }
}

describe('a student sees only their own things', () => {
  let core: TestCore;
  let fx: DemoFixture;
  let student1: TestClient;
  let sam: TenantContext;

  beforeAll(async () => {
    core = await createSharedTestCore();
    fx = await prepareDemoFixture(core);
    student1 = await signedIn(core, 'student1');
    sam = { clientId: fx.clientId, profileId: fx.people.student1, role: 'student' };
  });

  it('reads their own attempt', async () => {
    const own = await student1.ok('exams.attempt', { id: fx.attemptId });
    expect(own).toMatchObject({ id: fx.attemptId, studentId: fx.people.student1 });
  });

  it('cannot read another student’s attempt: NOT_FOUND, exactly like a missing one', async () => {
    const other = await student1.raw('exams.attempt', { id: fx.otherAttemptId });
    const missing = await student1.raw('exams.attempt', { id: NO_SUCH_ID });
    expect(other.ok ? 'ok' : other.error.code).toBe('NOT_FOUND');
    expect(other).toEqual(missing);
    expect(await codeOf(getAttemptRow(core.env.db(), sam, fx.otherAttemptId))).toBe('NOT_FOUND');
  });

  it('lists only their own attempts, whatever the filter', async () => {
    expect((await student1.ok('exams.attempts', {})).map((a) => a.id).sort()).toEqual(
      [fx.attemptId, fx.openAttemptId].sort(),
    );
    expect(await student1.ok('exams.attempts', { studentId: fx.people.student2 })).toEqual([]);
    const staff = { ...sam, role: 'proctor' as const };
    expect((await listAttempts(core.env.db(), staff)).map((a) => a.id).sort()).toEqual(
      [fx.attemptId, fx.otherAttemptId, fx.openAttemptId].sort(),
    );
  });

  it('cannot read another person’s profile', async () => {
    const viaApi = await student1.raw('people.get', { id: fx.people.student2 });
    expect(viaApi.ok ? 'ok' : viaApi.error.code).toBe('FORBIDDEN');
    expect(await codeOf(getPerson(core.env.db(), sam, fx.people.student2))).toBe('NOT_FOUND');
    expect(await codeOf(getPerson(core.env.db(), sam, fx.people.admin))).toBe('NOT_FOUND');
    expect((await getPerson(core.env.db(), sam, fx.people.student1)).id).toBe(fx.people.student1);
    expect(
      (await listPeople(core.env.db(), sam, { includeInactive: true })).map((p) => p.id),
    ).toEqual([fx.people.student1]);
  });

  it('cannot change another person, even below the API', async () => {
    const before = await snapshotDatabase(core.database.client);
    const result = updatePerson(
      core.env.db(),
      sam,
      fx.people.student2,
      { name: 'Hacked' },
      '2026-06-01T09:00:00.000Z',
    );
    expect(await codeOf(result)).toBe('NOT_FOUND');
    expect(changedTables(before, await snapshotDatabase(core.database.client))).toEqual([]);
  });
});
