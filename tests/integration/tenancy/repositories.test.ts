import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { mutate } from '@db/mutation';
import { appendAudit } from '@db/repositories/audit-logs';
import { updateOrganisation } from '@db/repositories/organisations';
import { insertPerson, recordSignInResult, upgradePasswordHash } from '@db/repositories/profiles';
import { insertQuestion } from '@db/repositories/questions';
import { insertTest } from '@db/repositories/tests';
import { questionVersions } from '@db/schema/index';
import { ApiError } from '@shared/api/result';
import { questionContentSchema } from '@shared/domain/questions';
import { testSettingsSchema } from '@shared/domain/tests';
import { createSharedTestCore, createTestCore, type TestCore } from '../../helpers/core';
import { changedTables, snapshotDatabase } from '../../helpers/db-snapshot';
import { sampleQuestion } from '../../helpers/sample-inputs';
import { type SecondTenant } from '../../helpers/second-tenant';
import { byIdCases, listCases, type TenancyWorld } from './repository-cases';
import { searchListCases } from './search-cases';
import { buildTenancyWorld } from './tenancy-world';
import { upsertDevice } from '@db/repositories/devices';
import { insertSetAside } from '@db/repositories/sync-set-aside';

/** Every id organisation B owns. */
const idsOfB = (b: SecondTenant): string[] => [
  b.clientId,
  b.adminId,
  b.authorId,
  b.studentId,
  b.questionId,
  b.questionVersionId,
  b.testId,
  b.testQuestionId,
  b.attemptId,
  b.answerId,
  b.subscriptionId,
  b.auditId,
  b.deviceId,
  b.setAsideId,
  b.forkVersionId,
  b.accommodationId,
  b.breakId,
];

async function errorOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
    return 'resolved';
  } catch (error) {
    return error instanceof ApiError ? error.code : error;
  }
}

describe('repositories keep organisations apart', () => {
  let core: TestCore;
  let w: TenancyWorld;

  beforeAll(async () => {
    core = await createSharedTestCore();
    w = await buildTenancyWorld(core);
  });

  it.each(byIdCases.map((c) => [c.fn, c.label, c] as const))(
    '%s with %s from organisation A answers NOT_FOUND and writes nothing',
    async (_fn, _label, c) => {
      const before = await snapshotDatabase(core.database.client);
      expect(await errorOf(c.run(w))).toBe('NOT_FOUND');
      expect(changedTables(before, await snapshotDatabase(core.database.client))).toEqual([]);
    },
  );

  it.each([...listCases, ...searchListCases].map((c) => [c.fn, c.label, c] as const))(
    '%s (%s) gives A none of B’s rows, and gives B its own',
    async (_fn, _label, c) => {
      const forA = await c.ids(w, w.a);
      expect(forA.filter((id) => idsOfB(w.b).includes(id))).toEqual([]);
      const forB = await c.ids(w, w.b.admin);
      expect(forB.filter((id) => idsOfB(w.b).includes(id)).length).toBeGreaterThan(0);
    },
  );
});

describe('repository writes stay inside the caller’s organisation', () => {
  let core: TestCore;
  let w: TenancyWorld;
  const at = '2026-06-02T09:00:00.000Z';

  beforeAll(async () => {
    core = await createSharedTestCore();
    w = await buildTenancyWorld(core);
  });

  async function clientIdOf(table: string, id: string): Promise<unknown> {
    const row = (await core.database.client.get(
      `SELECT client_id FROM "${table}" WHERE id = ?`,
      id,
    )) as { client_id: unknown } | undefined;
    return row?.client_id;
  }

  it('updateOrganisation changes A and leaves B alone', async () => {
    const bBefore: unknown = await core.database.client.get(
      'SELECT * FROM clients WHERE id = ?',
      w.b.clientId,
    );
    const { after } = await updateOrganisation(w.db, w.a, { name: 'Renamed A', active: false }, at);
    expect(after).toMatchObject({ id: w.fx.clientId, name: 'Renamed A', active: false });
    expect(
      await core.database.client.get('SELECT * FROM clients WHERE id = ?', w.b.clientId),
    ).toEqual(bBefore);
  });

  it('insertPerson, insertQuestion and insertTest file the new row under the caller', async () => {
    const personId = '0190e6a0-0000-7000-8000-0000000d0001';
    await insertPerson(w.db, w.a, {
      id: personId,
      name: 'New',
      email: 'new@northfield.example',
      role: 'student',
      passwordHash: 'x',
      nowIso: at,
    });
    expect(await clientIdOf('profiles', personId)).toBe(w.fx.clientId);

    const questionId = '0190e6a0-0000-7000-8000-0000000d0002';
    const versionId = '0190e6a0-0000-7000-8000-0000000d0003';
    await insertQuestion(w.db, w.a, questionId, questionContentSchema.parse(sampleQuestion), {
      versionId,
      nowIso: at,
      deviceId: 'd',
    });
    expect(await clientIdOf('questions', questionId)).toBe(w.fx.clientId);
    const version = await w.db
      .select()
      .from(questionVersions)
      .where(eq(questionVersions.id, versionId));
    expect(version.map((v) => v.clientId)).toEqual([w.fx.clientId]);

    const testId = '0190e6a0-0000-7000-8000-0000000d0004';
    await insertTest(w.db, w.a, testId, testSettingsSchema.parse({ name: 'New test' }), at);
    expect(await clientIdOf('tests', testId)).toBe(w.fx.clientId);
  });

  it('appendAudit files the row under the actor’s organisation', async () => {
    const id = await w.transaction(({ sql }) =>
      appendAudit(
        sql,
        core.env,
        { clientId: w.fx.clientId, profileId: w.fx.people.admin },
        {
          action: 'test.touch',
          resourceType: 'test',
          resourceId: w.fx.draftTestId,
          changes: null,
        },
      ),
    );
    expect(await clientIdOf('audit_logs', id)).toBe(w.fx.clientId);
  });

  it('mutate files its audit row under the actor’s organisation', async () => {
    const personId = '0190e6a0-0000-7000-8000-0000000d0201';
    await mutate(core.env, w.a, async (tx) => {
      await insertPerson(tx, w.a, {
        id: personId,
        name: 'Audited',
        email: 'audited@northfield.example',
        role: 'student',
        passwordHash: 'x',
        nowIso: at,
      });
      return {
        value: null,
        audit: {
          action: 'person.create',
          resourceType: 'profile',
          resourceId: personId,
          changes: null,
        },
      };
    });
    const rows = (await core.database.client.all(
      'SELECT client_id FROM audit_logs WHERE resource_id = ?',
      personId,
    )) as Array<{ client_id: string }>;
    expect(rows.map((r) => r.client_id)).toEqual([w.fx.clientId]);
  });

  it('upsertDevice and insertSetAside file their rows under the caller, and never rewrite B’s device', async () => {
    const base = {
      name: 'A hall PC',
      role: 'exam',
      appVersion: '0.1.0',
      schemaVersion: 10,
      lastPushAt: at,
      lastPullAt: at,
      pendingChanges: 0,
      lastError: null,
      updatedAt: at,
    };
    await upsertDevice(w.db, w.a, { id: '0190e6a0-0000-7000-8000-0000000d0101', ...base });
    expect(await clientIdOf('devices', '0190e6a0-0000-7000-8000-0000000d0101')).toBe(w.fx.clientId);
    const bDevice: unknown = await core.database.client.get(
      'SELECT * FROM devices WHERE id = ?',
      w.b.deviceId,
    );
    // Same id as B's device, asked under A: A cannot take B's row over.
    await expect(upsertDevice(w.db, w.a, { id: w.b.deviceId, ...base })).rejects.toThrow();
    expect(
      await core.database.client.get('SELECT * FROM devices WHERE id = ?', w.b.deviceId),
    ).toEqual(bDevice);
    await insertSetAside(w.db, w.a, {
      id: '0190e6a0-0000-7000-8000-0000000d0102',
      deviceId: 'd',
      tableName: 'profiles',
      rowId: 'p',
      reason: 'clash',
      row: {},
      createdAt: at,
    });
    expect(await clientIdOf('sync_set_aside', '0190e6a0-0000-7000-8000-0000000d0102')).toBe(
      w.fx.clientId,
    );
  });

  it('recordSignInResult does not touch a person of another organisation', async () => {
    const before: unknown = await core.database.client.get(
      'SELECT * FROM profiles WHERE id = ?',
      w.b.adminId,
    );
    await recordSignInResult(
      w.db,
      { id: w.b.adminId, clientId: w.fx.clientId },
      { failedLoginCount: 4, lockedUntil: '2099-01-01T00:00:00.000Z' },
    );
    expect(
      await core.database.client.get('SELECT * FROM profiles WHERE id = ?', w.b.adminId),
    ).toEqual(before);
  });

  it('upgradePasswordHash does not touch a person of another organisation', async () => {
    const before = (await core.database.client.get(
      'SELECT * FROM profiles WHERE id = ?',
      w.b.adminId,
    )) as { password_hash: string };
    expect(
      await upgradePasswordHash(
        w.db,
        { id: w.b.adminId, clientId: w.fx.clientId },
        before.password_hash,
        'scrypt$2$1$1$AAAA$AAAA',
      ),
    ).toBe(false);
    expect(
      await core.database.client.get('SELECT * FROM profiles WHERE id = ?', w.b.adminId),
    ).toEqual(before);
  });
});

describe('the second organisation fixture', () => {
  it('is reachable by its own organisation, so the checks above are not vacuous', async () => {
    const core = await createTestCore();
    const w = await buildTenancyWorld(core);
    for (const c of byIdCases.filter((x) => x.fn.startsWith('get'))) {
      const asB: TenancyWorld = { ...w, a: w.b.admin };
      expect(await errorOf(c.run(asB)), c.fn).toBe('resolved');
    }
  });
});
