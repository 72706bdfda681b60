import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databasePath } from '@main/app/data-dir';
import { openDatabase } from '@db/open';
import { findForSignIn, insertPerson, listPeople } from '@db/repositories/profiles';
import { listQuestions } from '@db/repositories/questions';
import {
  beginStagedImport,
  deleteStagedRows,
  setImportLive,
} from '@db/repositories/staged-imports';
import { countUsage } from '@db/repositories/usage';
import type { TenantContext } from '@db/tenant';
import { cleanUnfinishedImports } from '@main/services/imports/staging';
import { createTestCore, signedIn, type TestCore } from '../../helpers/core';
import { createSecondTenant } from '../../helpers/second-tenant';
import { tempDir } from '../../helpers/temp-dir';
import { aikenFile, questionRows } from '../sync/support/big-questions';
import { bundleChild, runChild } from '../sync/support/child-process';
import { insertQuestionBatch } from '@db/repositories/question-import';

const QUESTIONS = 3_000;
/** Staged transactions the child commits before it is killed. */
const STAGED_BEFORE_KILL = 3;
const at = '2026-06-01T09:00:00.000Z';

let script = '';
beforeAll(async () => {
  script = await bundleChild(`${import.meta.dirname}/support/import-child.ts`);
});
afterAll(() => {
  rmSync(script, { force: true });
});

async function count(core: TestCore, sql: string, ...args: unknown[]): Promise<number> {
  const row = (await core.database.client.get(sql, ...args)) as { n: number };
  return row.n;
}

async function tenantOf(core: TestCore, role: 'admin' | 'author'): Promise<TenantContext> {
  const row = (await core.database.client.get(
    'SELECT id, client_id FROM profiles WHERE role = ? ORDER BY email LIMIT 1',
    role,
  )) as { id: string; client_id: string };
  return { clientId: row.client_id, profileId: row.id, role };
}

describe('a staged question import', () => {
  it('killed half-way leaves nothing visible, and the next start cleans it away', async () => {
    const dataDir = tempDir('exam-staged-');
    const child = runChild(script, [dataDir, String(QUESTIONS)]);
    let staged = 0;
    await child.waitForLine((line) => {
      if (line.startsWith('saving ')) staged += 1;
      return staged >= STAGED_BEFORE_KILL;
    });
    child.child.kill('SIGKILL');
    const exit = await child.exited;
    expect(exit.signal, exit.stderr).toBe('SIGKILL');
    expect(child.lines.some((l) => l.startsWith('done'))).toBe(false);

    // The file as the kill left it: staged rows are there, and no read shows them.
    const left = await openDatabase({ path: databasePath(dataDir) });
    const importRow = (await left.client.get('SELECT id, status FROM staged_imports')) as {
      id: string;
      status: string;
    };
    expect(importRow.status).toBe('staging');
    const stagedRows = (
      (await left.client.get(
        'SELECT count(*) AS n FROM questions WHERE import_id = ?',
        importRow.id,
      )) as {
        n: number;
      }
    ).n;
    expect(stagedRows).toBeGreaterThan(0);
    expect(stagedRows).toBeLessThan(QUESTIONS);
    const author = (await left.client.get(
      "SELECT id, client_id FROM profiles WHERE role = 'author' LIMIT 1",
    )) as { id: string; client_id: string };
    const tenant: TenantContext = {
      clientId: author.client_id,
      profileId: author.id,
      role: 'author',
    };
    const seeded = (
      (await left.client.get('SELECT count(*) AS n FROM questions WHERE import_id IS NULL')) as {
        n: number;
      }
    ).n;
    expect((await listQuestions(left.db, tenant, { limit: 1_000 })).total).toBe(seeded);
    expect(await countUsage(left.db, tenant, 'max_questions')).toBe(seeded);
    await left.close();

    // The next start cleans the staging away before anyone signs in.
    const core = await createTestCore({ dataDir });
    expect(
      await count(core, 'SELECT count(*) AS n FROM questions WHERE import_id IS NOT NULL'),
    ).toBe(0);
    expect(await count(core, 'SELECT count(*) AS n FROM staged_imports')).toBe(0);
    expect(await count(core, 'SELECT count(*) AS n FROM questions')).toBe(seeded);
    const bank = await (await signedIn(core, 'author')).ok('questions.list', {});
    expect(bank.total).toBe(seeded);
    expect(
      await count(
        core,
        "SELECT count(*) AS n FROM audit_logs WHERE action LIKE 'questions.import%'",
      ),
    ).toBe(0);
  });

  it('cancelled from its window saves nothing, cleans its staging, and says so', async () => {
    const core = await createTestCore();
    const author = await signedIn(core, 'author');
    const before = await count(core, 'SELECT count(*) AS n FROM questions');
    const asked: { cancel: Promise<unknown> | null } = { cancel: null };
    core.events.subscribe((name, payload, target) => {
      const progress = payload as { phase: string };
      if (name === 'import.progress' && target === author.key && progress.phase === 'saving')
        asked.cancel ??= author.ok('questions.importCancel', { progressToken: 'cancel-me-please' });
    });
    const report = await author.ok('questions.import', {
      format: 'aiken',
      fileName: 'big.txt',
      base64: aikenFile(2_000, 600),
      skipDuplicates: false,
      progressToken: 'cancel-me-please',
    });
    expect(await asked.cancel).toEqual({ cancelled: true });
    expect(report.committed).toBe(false);
    expect(report.rejection).toBe('the import was cancelled; nothing was saved');
    expect(report.counts.imported).toBe(0);
    expect(await count(core, 'SELECT count(*) AS n FROM questions')).toBe(before);
    expect(await count(core, 'SELECT count(*) AS n FROM staged_imports')).toBe(0);
    const audit = (await core.database.client.get(
      'SELECT action, changes FROM audit_logs WHERE resource_id = ?',
      report.importId,
    )) as { action: string; changes: string };
    expect(audit.action).toBe('questions.import_rejected');
    expect(audit.changes).toContain('the import was cancelled');
    // Nothing runs under that token any more.
    expect(
      await author.ok('questions.importCancel', { progressToken: 'cancel-me-please' }),
    ).toEqual({ cancelled: false });
  });

  it("is cleaned only on the device that staged it, and only within the import's own organisation", async () => {
    const core = await createTestCore();
    const a = await tenantOf(core, 'author');
    const b = await createSecondTenant(core);
    const ids = core.env.ids;
    const stage = async (tenant: TenantContext, deviceId: string) => {
      const id = ids();
      await core.env.transaction(async (tx) => {
        await beginStagedImport(tx.db, tenant, { id, kind: 'questions', deviceId, nowIso: at });
        const rows = questionRows(3, { textChars: 50, options: 2, optionChars: 10 }, ids);
        await insertQuestionBatch(tx.db, tenant, rows, { nowIso: at, deviceId, importId: id });
      });
      return id;
    };
    const ofOtherDevice = await stage(a, 'another-device');
    const ofB = await stage(b.author, core.device.deviceId);
    // A's scope reaches neither B's import nor B's rows.
    await expect(
      core.env.transaction((tx) => setImportLive(tx.db, a, ofB, at)),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(
      await core.env.transaction((tx) =>
        deleteStagedRows(tx.db, a, { id: ofB, kind: 'questions' }, 100),
      ),
    ).toBe(0);
    expect(await count(core, 'SELECT count(*) AS n FROM questions WHERE import_id = ?', ofB)).toBe(
      3,
    );

    // Start-up clean-up: this device's import goes (under its own organisation), another device's stays.
    expect(await cleanUnfinishedImports(core.env)).toEqual({ imports: 1, rows: 3 });
    expect(await count(core, 'SELECT count(*) AS n FROM questions WHERE import_id = ?', ofB)).toBe(
      0,
    );
    expect(
      await count(core, 'SELECT count(*) AS n FROM questions WHERE import_id = ?', ofOtherDevice),
    ).toBe(3);
    expect(await count(core, 'SELECT count(*) AS n FROM staged_imports')).toBe(1);
  });
});

describe('a staged people import', () => {
  it('keeps its people out of sign-in, lists and counts until it is live', async () => {
    const core = await createTestCore();
    const admin = await tenantOf(core, 'admin');
    const id = core.env.ids();
    const personId = core.env.ids();
    await core.env.transaction(async (tx) => {
      await beginStagedImport(tx.db, admin, {
        id,
        kind: 'people',
        deviceId: 'device-a',
        nowIso: at,
      });
      await insertPerson(tx.db, admin, {
        id: personId,
        name: 'Staged Student',
        email: 'staged@northfield.example',
        role: 'student',
        passwordHash: 'x',
        nowIso: at,
        importId: id,
      });
    });
    const db = core.env.db();
    const students = await countUsage(db, admin, 'max_students');
    expect(await findForSignIn(db, 'staged@northfield.example')).toBeUndefined();
    expect((await listPeople(db, admin)).some((p) => p.id === personId)).toBe(false);

    await core.env.transaction((tx) => setImportLive(tx.db, admin, id, at));
    expect((await findForSignIn(db, 'staged@northfield.example'))?.id).toBe(personId);
    expect((await listPeople(db, admin)).some((p) => p.id === personId)).toBe(true);
    expect(await countUsage(db, admin, 'max_students')).toBe(students + 1);
  });
});
