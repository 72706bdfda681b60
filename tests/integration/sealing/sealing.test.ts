import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import demoData from '../../../resources/demo/demo-organisation.json';
import { openedColumns } from '@db/repositories/question-mapping';
import { plainKeyCount, unsealedRows } from '@db/repositories/sealing-upgrade';
import { contentKeyOf } from '@db/sealing/content-keys';
import { SEALED_PREFIX } from '@db/sealing/content-cipher';
import { keyringSecretStore } from '@main/services/sync/secret-store';
import { PLAIN_KEYS_DESCRIPTION } from '@main/services/sealing/content-key-store';
import { createTestCore, signedIn } from '../../helpers/core';
import { readDemoIds } from '../../helpers/fixtures';
import { createSecondTenant } from '../../helpers/second-tenant';
import { testKeyring } from '../../helpers/test-keyring';
import { tempDir } from '../../helpers/temp-dir';

interface KeyRow {
  id: string;
  client_id: string;
  correct_answer: string | null;
}

const keyRows = async (core: { database: { client: { all(sql: string): Promise<unknown> } } }) =>
  (await core.database.client.all(
    `SELECT id, client_id, correct_answer FROM questions WHERE correct_answer IS NOT NULL
     UNION ALL SELECT id, client_id, correct_answer FROM question_versions WHERE correct_answer IS NOT NULL`,
  )) as KeyRow[];

/** Every key as an older app stored it: plain JSON, no keyed hash. */
async function unsealEverything(core: Awaited<ReturnType<typeof createTestCore>>): Promise<void> {
  const client = core.database.client;
  for (const table of ['questions', 'question_versions'] as const) {
    const rows = (await client.all(
      `SELECT id, client_id AS clientId, ${table === 'questions' ? 'id' : 'question_id'} AS questionId, correct_answer AS correctAnswer FROM ${table} WHERE correct_answer IS NOT NULL`,
    )) as Array<{ id: string; clientId: string; questionId: string; correctAnswer: string }>;
    for (const row of rows) {
      await client.run(
        `UPDATE ${table} SET correct_answer = ? WHERE id = ?`,
        openedColumns(table, row).correctAnswer,
        row.id,
      );
    }
  }
  await client.run('UPDATE questions SET duplicate_mac = NULL');
}

const exportAll = async (core: Awaited<ReturnType<typeof createTestCore>>) => {
  const author = await signedIn(core, 'author');
  const file = await author.ok('questions.export', { format: 'gift' });
  return Buffer.from(file.base64, 'base64').toString('utf8');
};

describe('sealed answer keys', () => {
  it('are sealed from the first write: every stored key is ciphertext that opens to the key the API gives', async () => {
    const core = await createTestCore();
    const rows = await keyRows(core);
    expect(rows.length).toBeGreaterThan(30);
    expect(rows.every((r) => r.correct_answer?.startsWith(SEALED_PREFIX))).toBe(true);
    // Each value has its own nonce: two equal keys are two different ciphertexts.
    expect(new Set(rows.map((r) => r.correct_answer)).size).toBe(rows.length);
    const ids = await readDemoIds(core);
    const author = await signedIn(core, 'author');
    const question = await author.ok('questions.get', { id: ids.questionId });
    const demo = demoData.questions.find((q) => q.text === question.text);
    expect(demo).toBeDefined();
    expect(question.key).toEqual(demo?.key);
  });

  it('kept plain by an older app are sealed at the next start, and the exported bank is the same', async () => {
    const dataDir = tempDir('exam-upgrade-');
    const first = await createTestCore({ dataDir });
    const exported = await exportAll(first);
    await unsealEverything(first);
    const { clientId } = await readDemoIds(first);
    expect(await plainKeyCount(first.env.db(), { clientId })).toBeGreaterThan(30);
    // Before the upgrade runs, plain keys read as they always did.
    expect(await exportAll(first)).toBe(exported);
    await first.close();

    const second = await createTestCore({ dataDir });
    expect(await plainKeyCount(second.env.db(), { clientId })).toBe(0);
    const rows = await keyRows(second);
    expect(rows.every((r) => r.correct_answer?.startsWith(SEALED_PREFIX))).toBe(true);
    const macs = (await second.database.client.all(
      'SELECT count(*) AS n FROM questions WHERE duplicate_mac IS NULL',
    )) as Array<{ n: number }>;
    expect(macs).toEqual([{ n: 0 }]);
    expect(await exportAll(second)).toBe(exported);
  });

  it('upgrade reads one organisation at a time: another organisation’s plain rows are not its rows', async () => {
    const core = await createTestCore();
    const { clientId } = await readDemoIds(core);
    const other = await createSecondTenant(core);
    await unsealEverything(core);
    const mine = await unsealedRows(core.env.db(), { clientId }, 10_000);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((item) => item.row.clientId === clientId)).toBe(true);
    const theirs = await unsealedRows(core.env.db(), { clientId: other.clientId }, 10_000);
    expect(theirs.every((item) => item.row.clientId === other.clientId)).toBe(true);
  });

  it('copied into another question does not open, and the error names the question, not the key', async () => {
    const logged: unknown[] = [];
    const core = await createTestCore({ logError: (_m, e) => logged.push(e) });
    const ids = await readDemoIds(core);
    const client = core.database.client;
    const donor = (await client.get(
      "SELECT correct_answer FROM questions WHERE question_type = 'true_false' LIMIT 1",
    )) as { correct_answer: string };
    await client.run(
      'UPDATE questions SET correct_answer = ? WHERE id = ?',
      donor.correct_answer,
      ids.questionId,
    );
    const author = await signedIn(core, 'author');
    const result = await author.call('questions.get', { id: ids.questionId });
    expect(result.ok).toBe(false);
    const key = contentKeyOf(ids.clientId);
    expect(key).not.toBeNull();
    const words = JSON.stringify(result) + logged.map((e) => String(e)).join('\n');
    expect(words).toContain(ids.questionId);
    for (const form of [key!.toString('base64'), key!.toString('hex')]) {
      expect(words).not.toContain(form);
    }
  });

  it('keys are kept sealed by the keyring, and open again at the next start', async () => {
    const dataDir = tempDir('exam-keyring-');
    const secretStore = keyringSecretStore(testKeyring());
    const first = await createTestCore({ dataDir, secretStore });
    const { clientId, questionId } = await readDemoIds(first);
    const key = Buffer.from(contentKeyOf(clientId)!);
    const exported = await exportAll(first);
    await first.close();
    // Closed, the computer's key has left memory.
    expect(contentKeyOf(clientId)).toBeNull();
    const file = readFileSync(join(dataDir, 'content-keys.json'), 'utf8');
    expect(file).not.toContain(key.toString('base64'));
    expect(JSON.parse(file)).toMatchObject({ keys: { [clientId]: { scheme: 'safeStorage' } } });

    const second = await createTestCore({ dataDir, secretStore });
    expect(contentKeyOf(clientId)?.equals(key)).toBe(true);
    expect(await exportAll(second)).toBe(exported);
    const author = await signedIn(second, 'author');
    expect((await author.ok('questions.get', { id: questionId })).key).not.toBeNull();
  });

  it('a key file written plain (the preview) is encrypted at the next start with a keyring, before any key is kept', async () => {
    const dataDir = tempDir('exam-plain-then-keyring-');
    const plainCore = await createTestCore({ dataDir });
    const { clientId, questionId } = await readDemoIds(plainCore);
    await plainCore.contentKeys.flushed();
    const key = Buffer.from(contentKeyOf(clientId)!);
    await plainCore.close();
    expect(readFileSync(join(dataDir, 'content-keys.json'), 'utf8')).toContain(
      key.toString('base64'),
    );

    const keyring = testKeyring();
    const logged: unknown[] = [];
    const core = await createTestCore({
      dataDir,
      secretStore: keyringSecretStore(keyring),
      logError: (_m, e) => logged.push(e),
    });
    // Sealed by the start itself: no key was made or received since.
    const file = readFileSync(join(dataDir, 'content-keys.json'), 'utf8');
    expect(file).not.toContain(key.toString('base64'));
    expect(JSON.parse(file)).toMatchObject({ keys: { [clientId]: { scheme: 'safeStorage' } } });
    expect(keyring.encryptedTexts).toContain(key.toString('base64'));
    expect(logged.map(String).join('\n')).not.toContain('unencrypted');
    const author = await signedIn(core, 'author');
    expect((await author.ok('questions.get', { id: questionId })).key).not.toBeNull();
    await core.close();

    // And it opens again through the keyring at the start after.
    const again = await createTestCore({ dataDir, secretStore: keyringSecretStore(keyring) });
    expect(contentKeyOf(clientId)?.equals(key)).toBe(true);
    await again.close();
  });

  it('without a keyring the key file says its keys are not encrypted', async () => {
    const dataDir = tempDir('exam-plainkeys-');
    const core = await createTestCore({ dataDir });
    await core.contentKeys.flushed();
    const file = JSON.parse(readFileSync(join(dataDir, 'content-keys.json'), 'utf8')) as {
      storage: string;
    };
    expect(file.storage).toBe(PLAIN_KEYS_DESCRIPTION);
  });
  it('never hands key material to the window: not in exports, status, people, audit or an exam', async () => {
    const dataDir = tempDir('exam-nokey-');
    const core = await createTestCore({ dataDir });
    const { clientId } = await readDemoIds(core);
    await core.contentKeys.flushed();
    const key = Buffer.from(contentKeyOf(clientId)!);
    const admin = await signedIn(core, 'admin');
    const author = await signedIn(core, 'author');
    const student = await signedIn(core, 'student1');
    const exported = await author.ok('questions.export', { format: 'gift' });
    const seen = [
      Buffer.from(exported.base64, 'base64').toString('utf8'),
      JSON.stringify(await admin.ok('app.info', {})),
      JSON.stringify(await admin.ok('sync.status', {})),
      JSON.stringify(await admin.ok('organisation.get', {})),
      JSON.stringify(await admin.ok('people.list', {})),
      JSON.stringify(await admin.ok('audit.list', { limit: 500 })),
      JSON.stringify(await author.ok('questions.list', { limit: 100 })),
      JSON.stringify(await student.ok('exams.available', {})),
    ].join('\n');
    // The scan is real: the key file does hold it (the plain stand-in), so its text is known.
    expect(readFileSync(join(dataDir, 'content-keys.json'), 'utf8')).toContain(
      key.toString('base64'),
    );
    for (const form of [key.toString('base64'), key.toString('hex'), key.toString('base64url')]) {
      expect(seen).not.toContain(form);
    }
    expect(seen).not.toContain('ek1:');
    expect(seen).not.toContain('scrypt$');
  });
});
