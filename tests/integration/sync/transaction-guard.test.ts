import { describe, expect, it } from 'vitest';
import { writeInBoundedTransactions } from '@db/bounded-writes';
import { importRowBytes, insertQuestionBatch } from '@db/repositories/question-import';
import { heaviestTransactionAfter, newestChangeId } from '@db/sync/push-backlog';
import { TransactionTooLargeError } from '@db/sync/transaction-guard';
import {
  BOUNDED_WRITE_BYTES,
  estimatePushBodyBytes,
  MAX_REQUEST_BYTES,
  MAX_TRANSACTION_BYTES,
  SEAL_AFTER_FAT_BYTES,
} from '@shared/sync/push-limits';
import { signedIn } from '../../helpers/core';
import { startSyncServer } from '../../helpers/sync-server';
import { adminTenant, aikenFile, questionRows } from './support/big-questions';
import { enrol, newDevice, rows, syncOk, type Device } from './support/devices';
import { localRowChangesAfter, PushRecorder } from './support/push-recorder';

const MiB = 1024 * 1024;
const at = '2026-06-01T09:00:00.000Z';

async function questionCount(device: Device): Promise<number> {
  const [row] = await rows<{ n: number }>(device, 'SELECT count(*) AS n FROM questions');
  return row?.n ?? 0;
}

describe('the transaction guard', () => {
  it('refuses one transaction too large to push before it commits, in words, and keeps nothing of it', async () => {
    const device = await newDevice();
    const client = device.core.database.client;
    const tenant = await adminTenant(device);
    // 3,000 questions of 1 KB in one transaction, as an import was written before: about 25 MB of push.
    const all = questionRows(
      3_000,
      { textChars: 1_000, options: 4, optionChars: 20 },
      device.core.env.ids,
    );
    const before = await questionCount(device);
    // The chain head is signed in the background after each call; the mark comes after that write.
    await device.core.auditChainIdle();
    const mark = await newestChangeId(client);

    const refused = device.core.env.transaction((tx) =>
      insertQuestionBatch(tx.db, tenant, all, { nowIso: at, deviceId: 'device-a' }),
    );
    await expect(refused).rejects.toBeInstanceOf(TransactionTooLargeError);
    const error = await refused.catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'VALIDATION' });
    expect((error as Error).message).toMatch(
      /^This change is too large to send to the organisation server in one piece \(about \d+ MB in 6,000 row changes; the limit is 7 MB\)\. Nothing was saved; make the change in smaller parts\.$/,
    );
    expect((error as TransactionTooLargeError).estimatedBytes).toBeGreaterThan(
      MAX_TRANSACTION_BYTES,
    );
    // Rolled back: no question, and nothing in the change log for a push to carry.
    expect(await questionCount(device)).toBe(before);
    expect(await localRowChangesAfter(client, mark)).toBe(0);

    // A transaction under the limit commits as before.
    await device.core.env.transaction((tx) =>
      insertQuestionBatch(tx.db, tenant, all.slice(0, 500), { nowIso: at, deviceId: 'device-a' }),
    );
    expect(await questionCount(device)).toBe(before + 500);
    const heaviest = await heaviestTransactionAfter(client, mark, estimatePushBodyBytes);
    expect(heaviest?.rowChanges).toBe(1_000);
    expect(estimatePushBodyBytes(heaviest ?? { rowChanges: 0, payloadBytes: 0 })).toBeLessThan(
      MAX_TRANSACTION_BYTES,
    );
  });

  it('lets an import of 3,000 questions through in bounded transactions that push in small requests', async () => {
    const server = await startSyncServer();
    const recorder = new PushRecorder();
    const device = await enrol(await newDevice({ fetch: recorder.fetch }), server, 'Import PC');
    await syncOk(device);
    const client = device.core.database.client;
    const author = await signedIn(device.core, 'author');
    const mark = await newestChangeId(client);

    const report = await author.ok('questions.import', {
      format: 'aiken',
      fileName: 'big-bank.txt',
      base64: aikenFile(3_000, 1_000),
      skipDuplicates: false,
    });
    expect(report.committed).toBe(true);
    expect(report.counts.imported).toBe(3_000);
    // Written as many transactions, none of them near the limit.
    const [commits] = await rows<{ n: number }>(
      device,
      'SELECT count(*) AS n FROM turso_cdc WHERE change_id > ? AND change_type = 2',
      mark,
    );
    expect(commits?.n).toBeGreaterThan(10);
    const heaviest = await heaviestTransactionAfter(client, mark, estimatePushBodyBytes);
    expect(
      estimatePushBodyBytes(heaviest ?? { rowChanges: 0, payloadBytes: 0 }),
    ).toBeLessThanOrEqual(BOUNDED_WRITE_BYTES + 64 * 1024);

    const from = recorder.mark();
    expect(await device.core.sync.runner.pushNow('test')).toBe(true);
    const largest = Math.max(...recorder.requests.slice(from).map((r) => r.bytes));
    expect(largest).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
    const onServer = await server.query(
      'SELECT count(*) AS n, count(DISTINCT id) AS ids FROM questions WHERE import_id = ?',
      [report.importId],
    );
    expect(onServer[0]).toEqual({ n: 3_000, ids: 3_000 });
    expect(
      await server.query('SELECT status FROM staged_imports WHERE id = ?', [report.importId]),
    ).toEqual([{ status: 'live' }]);
  });
});

describe('the push seal', () => {
  /** Pushes 160 questions of about 50 KB each (a long text and 15 long options), written as an import writes them. */
  async function pushFatQuestions(device: Device, recorder: PushRecorder): Promise<number[]> {
    const tenant = await adminTenant(device);
    const fat = questionRows(
      160,
      { textChars: 20_000, options: 15, optionChars: 2_000 },
      device.core.env.ids,
    );
    await writeInBoundedTransactions(device.core.env.transaction, fat, {
      weigh: importRowBytes,
      write: (tx, chunk) =>
        insertQuestionBatch(tx.db, tenant, chunk, { nowIso: at, deviceId: 'device-a' }),
    });
    const from = recorder.mark();
    expect(await device.core.sync.runner.pushNow('test')).toBe(true);
    return recorder.requests.slice(from).flatMap((r) => (r.batch ? [r.bytes] : []));
  }

  it('closes a request once fat rows reach the seal budget, where the count alone lets them pile up', async () => {
    const sealedServer = await startSyncServer();
    const sealedRecorder = new PushRecorder();
    const sealed = await enrol(
      await newDevice({ fetch: sealedRecorder.fetch }),
      sealedServer,
      'Sealed PC',
    );
    await syncOk(sealed);
    const withSeal = await pushFatQuestions(sealed, sealedRecorder);

    const bareServer = await startSyncServer();
    const bareRecorder = new PushRecorder();
    const bare = await enrol(
      await newDevice({
        fetch: bareRecorder.fetch,
        transactionLimits: { sealAfterFatBytes: Number.POSITIVE_INFINITY },
      }),
      bareServer,
      'Unsealed PC',
    );
    await syncOk(bare);
    const withoutSeal = await pushFatQuestions(bare, bareRecorder);

    // The engine counts 256 row changes a request: 128 of these questions, about 13 MB in one request.
    expect(Math.max(...withoutSeal)).toBeGreaterThan(10 * MiB);
    // Sealed: each request holds the fat rows up to the budget and one transaction, a few MB.
    expect(Math.max(...withSeal)).toBeLessThanOrEqual(SEAL_AFTER_FAT_BYTES + BOUNDED_WRITE_BYTES);
    expect(withSeal.length).toBeGreaterThan(withoutSeal.length);
    for (const server of [sealedServer, bareServer]) {
      const held = await server.query(
        'SELECT count(*) AS n FROM questions WHERE length(question_text) > 19000',
      );
      expect(held).toEqual([{ n: 160 }]);
    }
  });
});
