import { beforeAll, describe, expect, it } from 'vitest';
import { appendAudit } from '@db/repositories/audit-logs';
import { insertQuestionBatch } from '@db/repositories/question-import';
import { ApiError } from '@shared/api/result';
import { questionContentSchema } from '@shared/domain/questions';
import { sequentialIds } from '@shared/ids';
import { createSharedTestCore, type TestCore } from '../../helpers/core';
import { changedTables, snapshotDatabase } from '../../helpers/db-snapshot';
import { SECOND_TENANT_DEVICE } from '../../helpers/second-tenant';
import { adminByIdCases, adminValueCases } from './admin-repository-cases';
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

describe('admin-mode repositories keep organisations apart', () => {
  let core: TestCore;
  let w: TenancyWorld;

  beforeAll(async () => {
    core = await createSharedTestCore();
    w = await buildTenancyWorld(core);
    // Values only organisation B has: a tag, an audit action, a second question.
    const ids = sequentialIds(Date.UTC(2026, 3, 1), 91);
    await core.env.transaction(async ({ db: tx, sql }) => {
      await insertQuestionBatch(
        tx,
        w.b.author,
        [
          {
            id: ids(),
            versionId: ids(),
            content: questionContentSchema.parse({
              type: 'true_false',
              text: 'Southfield has a river.',
              options: null,
              key: { value: true },
              marks: 1,
              tags: ['southfield-only'],
            }),
          },
        ],
        { nowIso: '2026-06-01T09:00:00.000Z', deviceId: SECOND_TENANT_DEVICE },
      );
      await appendAudit(
        sql,
        { clock: core.env.clock, ids, deviceId: SECOND_TENANT_DEVICE },
        { clientId: w.b.clientId, profileId: w.b.authorId },
        { action: 'southfield.only', resourceType: 'question', resourceId: null, changes: null },
      );
    });
  });

  it.each(adminByIdCases.map((c) => [c.fn, c.label, c] as const))(
    '%s with %s from organisation A answers NOT_FOUND and writes nothing',
    async (_fn, _label, c) => {
      const before = await snapshotDatabase(core.database.client);
      expect(await errorOf(c.run(w))).toBe('NOT_FOUND');
      expect(changedTables(before, await snapshotDatabase(core.database.client))).toEqual([]);
    },
  );

  it.each(adminValueCases.map((c) => [c.fn, c.label, c] as const))(
    '%s (%s) gives A none of B’s, and gives B its own',
    async (_fn, _label, c) => {
      expect((await c.values(w, w.a)).filter((v) => c.isB(w, v))).toEqual([]);
      expect((await c.values(w, w.b.admin)).filter((v) => c.isB(w, v)).length).toBeGreaterThan(0);
    },
  );

  it('insertQuestionBatch writes into the caller’s organisation only', async () => {
    const ids = sequentialIds(Date.UTC(2026, 3, 2), 92);
    const id = ids();
    await core.env.db().transaction((tx) =>
      insertQuestionBatch(
        tx,
        w.a,
        [
          {
            id,
            versionId: ids(),
            content: questionContentSchema.parse({
              type: 'essay',
              text: 'Mine',
              options: null,
              key: null,
              marks: 1,
            }),
          },
        ],
        { nowIso: '2026-06-01T09:00:00.000Z', deviceId: 'device-a' },
      ),
    );
    const row = (await core.database.client.get(
      'SELECT client_id FROM questions WHERE id = ?',
      id,
    )) as { client_id: string };
    const version = (await core.database.client.get(
      'SELECT client_id FROM question_versions WHERE question_id = ?',
      id,
    )) as {
      client_id: string;
    };
    expect([row.client_id, version.client_id]).toEqual([w.fx.clientId, w.fx.clientId]);
  });
});
