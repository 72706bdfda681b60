import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { insertMedia, insertMediaChunks } from '@db/repositories/media';
import { insertQuestionBatch } from '@db/repositories/question-import';
import { beginStagedImport } from '@db/repositories/staged-imports';
import type { TenantContext } from '@db/tenant';
import { cleanUnfinishedImports, discardStagedImport } from '@main/services/imports/staging';
import { createTestCore, type TestCore } from '../../helpers/core';
import { questionRows } from '../sync/support/big-questions';

const at = '2026-06-01T09:00:00.000Z';
const sha = (text: string) => createHash('sha256').update(text).digest('hex');

async function count(core: TestCore, sql: string, ...args: unknown[]): Promise<number> {
  const row = (await core.database.client.get(sql, ...args)) as { n: number };
  return row.n;
}

async function authorOf(core: TestCore): Promise<TenantContext> {
  const row = (await core.database.client.get(
    "SELECT id, client_id FROM profiles WHERE role = 'author' ORDER BY email LIMIT 1",
  )) as { id: string; client_id: string };
  return { clientId: row.client_id, profileId: row.id, role: 'author' };
}

/**
 * Stages an import of two questions: one shows a file the import would have
 * added (its chunks written, no file row), the other a file the organisation
 * already holds (chunks and row).
 */
async function stageWithMedia(core: TestCore, tenant: TenantContext) {
  const importId = core.env.ids();
  const added = sha('a file the import would add');
  const held = sha('a file the organisation holds');
  const chunks = [0, 1, 2].map((seq) => ({ seq, data: Buffer.from(`part ${seq}`) }));
  await core.env.transaction(async ({ db }) => {
    await insertMediaChunks(db, tenant, held, chunks);
    await insertMedia(db, tenant, {
      sha256: held,
      mime: 'image/png',
      size: 18,
      chunkCount: 3,
      nowIso: at,
    });
  });
  const deviceId = core.env.deviceId;
  await core.env.transaction(async ({ db }) => {
    await beginStagedImport(db, tenant, { id: importId, kind: 'questions', deviceId, nowIso: at });
    const rows = questionRows(2, { textChars: 40, options: 2, optionChars: 10 }, core.env.ids);
    const [first, second] = rows;
    if (!first || !second) throw new Error('two rows were made');
    first.content = {
      ...first.content,
      format: 'html',
      text: `<p>See <img src="media:${added}" alt="map"></p>`,
    };
    second.content = {
      ...second.content,
      format: 'html',
      text: `<p>And <img src="media:${held}" alt="key"></p>`,
    };
    await insertQuestionBatch(db, tenant, rows, { nowIso: at, deviceId, importId });
    await insertMediaChunks(db, tenant, added, chunks);
  });
  return { importId, added, held };
}

const chunksOf = (core: TestCore, tenant: TenantContext, hash: string) =>
  count(
    core,
    'SELECT count(*) AS n FROM media_chunks WHERE media_id = ?',
    `${tenant.clientId}:${hash}`,
  );

describe('the media chunks of an import that never went live', () => {
  it('are deleted with its staging at the next start; files the organisation holds keep theirs', async () => {
    const core = await createTestCore();
    const tenant = await authorOf(core);
    const { added, held } = await stageWithMedia(core, tenant);
    expect(await chunksOf(core, tenant, added)).toBe(3);

    const cleaned = await cleanUnfinishedImports(core.env);
    expect(cleaned).toEqual({ imports: 1, rows: 2 });
    expect(await chunksOf(core, tenant, added)).toBe(0);
    expect(await chunksOf(core, tenant, held)).toBe(3);
    expect(await count(core, 'SELECT count(*) AS n FROM staged_imports')).toBe(0);
  });

  it('are deleted when the import fails or is cancelled (its staging discarded)', async () => {
    const core = await createTestCore();
    const tenant = await authorOf(core);
    const { importId, added, held } = await stageWithMedia(core, tenant);
    await discardStagedImport(core.env, tenant, { id: importId, kind: 'questions' });
    expect(await chunksOf(core, tenant, added)).toBe(0);
    expect(await chunksOf(core, tenant, held)).toBe(3);
  });
});
