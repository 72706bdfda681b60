import { describe, expect, it } from 'vitest';
import { heaviestTransactionAfter, newestChangeId } from '@db/sync/push-backlog';
import { DEFAULT_SYNC_TIMINGS } from '@shared/sync/policy';
import {
  ENGINE_BODY_CRASH_BYTES,
  estimatePushBodyBytes,
  MAX_REQUEST_BYTES,
  MAX_TRANSACTION_BYTES,
} from '@shared/sync/push-limits';
import { signedIn } from '../../helpers/core';
import { startSyncServer } from '../../helpers/sync-server';
import { setPlan } from '../../integration/admin/admin-fixtures';
import { enrol, newDevice, syncOk } from '../../integration/sync/support/devices';
import { PushRecorder } from '../../integration/sync/support/push-recorder';

/** Enough questions that their import, as one transaction, would have made one request past the crash size. */
const QUESTIONS = Number(process.env.IMPORT_SLOW_QUESTIONS ?? 50_000);

function aikenBank(count: number): string {
  const items = Array.from(
    { length: count },
    (_, n) =>
      `Which town is number ${String(n)} on the map?\nA. Northtown\nB. Southtown\nANSWER: A\n`,
  );
  return Buffer.from(items.join('\n')).toString('base64');
}

describe('an import past the engine’s single-request size', () => {
  it(`${QUESTIONS.toLocaleString('en-GB')} questions import in bounded transactions and push in requests of at most 16 MB`, async () => {
    const server = await startSyncServer();
    const recorder = new PushRecorder();
    const device = await enrol(
      await newDevice({ fetch: recorder.fetch, timings: DEFAULT_SYNC_TIMINGS }),
      server,
      'Big bank PC',
    );
    await syncOk(device);
    // No question limit (the campus plan stops at 50,000, and the demo bank has some already).
    await setPlan(device.core, { item_analysis: true });
    const author = await signedIn(device.core, 'author');
    const client = device.core.database.client;
    const mark = await newestChangeId(client);

    const report = await author.ok('questions.import', {
      format: 'aiken',
      fileName: 'big-bank.txt',
      base64: aikenBank(QUESTIONS),
      skipDuplicates: false,
    });
    expect(report.committed).toBe(true);
    expect(report.counts.imported).toBe(QUESTIONS);
    const heaviest = await heaviestTransactionAfter(client, mark, estimatePushBodyBytes);
    expect(estimatePushBodyBytes(heaviest ?? { rowChanges: 0, payloadBytes: 0 })).toBeLessThan(
      MAX_TRANSACTION_BYTES,
    );

    const from = recorder.mark();
    expect(await device.core.sync.runner.pushNow('test')).toBe(true);
    const requests = recorder.requests.slice(from);
    // As one transaction, as imports were written before, this would have been one request
    // past the size that aborts the process.
    expect(requests.reduce((sum, r) => sum + r.bytes, 0)).toBeGreaterThan(ENGINE_BODY_CRASH_BYTES);
    expect(Math.max(...requests.map((r) => r.bytes))).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
    const [held] = await server.query(
      'SELECT count(*) AS n, count(DISTINCT id) AS d FROM questions WHERE import_id = ?',
      [report.importId],
    );
    expect(held).toEqual({ n: QUESTIONS, d: QUESTIONS });
    expect(
      await server.query('SELECT status FROM staged_imports WHERE id = ?', [report.importId]),
    ).toEqual([{ status: 'live' }]);
  });
});
