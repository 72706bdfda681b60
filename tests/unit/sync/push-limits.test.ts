import { describe, expect, it } from 'vitest';
import { boundedChunks } from '@db/bounded-writes';
import { PushProgress } from '@main/services/sync/push-progress';
import { describePushRequest } from '@db/sync/push-request';
import { DEFAULT_SYNC_TIMINGS, requestTimeoutFor } from '@shared/sync/policy';
import {
  ENGINE_BODY_CRASH_BYTES,
  estimatePushBodyBytes,
  MAX_REQUEST_BYTES,
  MAX_TRANSACTION_BYTES,
  pendingTooLargeMessage,
  PUSH_OPERATIONS_THRESHOLD,
  REFUSE_PENDING_TRANSACTION_BYTES,
  worstCaseRequestBytes,
  SEAL_AFTER_FAT_BYTES,
  BOUNDED_WRITE_BYTES,
  estimateRowBytes,
  transactionTooLargeMessage,
} from '@shared/sync/push-limits';

const MiB = 1024 * 1024;

describe('push limits', () => {
  it('keep the largest request the caps allow under the request cap, far from the crash size', () => {
    expect(worstCaseRequestBytes()).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
    // An estimate 7 times too low still stays under the size that aborts the process.
    expect(MAX_REQUEST_BYTES * 7).toBeLessThan(ENGINE_BODY_CRASH_BYTES);
    // A bigger threshold needs a smaller thin row: 511 row changes of 16 KiB would not fit.
    expect(worstCaseRequestBytes(2 * PUSH_OPERATIONS_THRESHOLD)).toBeGreaterThan(MAX_REQUEST_BYTES);
    // So would a bigger seal budget, or transactions twice the size.
    expect(worstCaseRequestBytes(undefined, undefined, 2 * SEAL_AFTER_FAT_BYTES)).toBeGreaterThan(
      MAX_REQUEST_BYTES,
    );
    expect(
      worstCaseRequestBytes(undefined, undefined, undefined, 2 * MAX_TRANSACTION_BYTES),
    ).toBeGreaterThan(MAX_REQUEST_BYTES);
    // A bounded write's transaction is well inside the limit on one transaction.
    expect(BOUNDED_WRITE_BYTES * 4).toBeLessThan(MAX_TRANSACTION_BYTES);
  });

  it('refuse a waiting transaction below the crash size, and far above what a write may make', () => {
    expect(REFUSE_PENDING_TRANSACTION_BYTES).toBeLessThan(ENGINE_BODY_CRASH_BYTES);
    expect(REFUSE_PENDING_TRANSACTION_BYTES).toBeGreaterThan(10 * MAX_TRANSACTION_BYTES);
  });

  it('estimate a body as twice the stored bytes plus framing per row change', () => {
    expect(estimatePushBodyBytes({ rowChanges: 0, payloadBytes: 0 })).toBe(0);
    expect(estimatePushBodyBytes({ rowChanges: 4, payloadBytes: 1_000 })).toBe(2_000 + 4 * 1_600);
  });

  it('estimate a row not written yet from its values: twice its UTF-8 JSON plus framing', () => {
    const ascii = { id: 'q1', text: 'abc' };
    expect(estimateRowBytes(ascii)).toBe(2 * JSON.stringify(ascii).length + 1_600);
    // Three bytes for €, four for an emoji (one code point, two UTF-16 units).
    expect(estimateRowBytes({ t: '€' }) - estimateRowBytes({ t: 'a' })).toBe(2 * 2);
    expect(estimateRowBytes({ t: '😀' }) - estimateRowBytes({ t: 'a' })).toBe(2 * 3);
  });

  it('refuse a too-large write in words that say nothing was saved', () => {
    expect(transactionTooLargeMessage(23.3 * MiB, 8_000, 7 * MiB)).toBe(
      'This change is too large to send to the organisation server in one piece (about 24 MB in 8,000 row changes; the limit is 7 MB). Nothing was saved; make the change in smaller parts.',
    );
  });

  it('say what was refused, in megabytes rounded up', () => {
    expect(pendingTooLargeMessage(180.2 * MiB, 36_000, 96 * MiB)).toMatch(
      /^A change waiting on this computer is too large to send in one piece \(about 181 MB in 36,000 row changes; the limit is 96 MB\)/,
    );
  });
});

describe('request time limits', () => {
  it('give a request its base time, plus upload time at 32 KiB/s, plus the long-poll for pulls', () => {
    const timings = { ...DEFAULT_SYNC_TIMINGS, longPollMs: 20_000 };
    expect(requestTimeoutFor('push', 0, timings)).toBe(30_000);
    expect(requestTimeoutFor('push', 32 * 1024, timings)).toBe(31_000);
    expect(requestTimeoutFor('push', MAX_REQUEST_BYTES, timings)).toBe(30_000 + 512_000);
    expect(requestTimeoutFor('pull', 0, timings)).toBe(50_000);
  });
});

/** A push request body as the engine serializes it (hrana JSON), with `rows` row-change steps. */
function pushBody(rows: string[], mark: number): Uint8Array {
  const step = (sql: string, args: unknown[] = []) => ({
    condition: { type: 'not', cond: { type: 'is_autocommit' } },
    stmt: { sql, sql_id: null, args, named_args: [], want_rows: false, replication_index: null },
  });
  const steps = [
    step('BEGIN IMMEDIATE'),
    step('CREATE TABLE IF NOT EXISTS turso_sync_last_change_id (client_id TEXT PRIMARY KEY)'),
    ...rows.map((value) =>
      step('INSERT INTO t (id, body) VALUES (?, ?)', [
        { type: 'integer', value: '1' },
        { type: 'text', value },
      ]),
    ),
    step(
      'INSERT INTO turso_sync_last_change_id(client_id, pull_gen, change_id) VALUES (?, ?, ?) ON CONFLICT(client_id) DO UPDATE SET pull_gen=excluded.pull_gen, change_id=excluded.change_id',
      [
        { type: 'text', value: 'exam-desk-1' },
        { type: 'integer', value: '3' },
        { type: 'integer', value: String(mark) },
      ],
    ),
    step('COMMIT'),
  ];
  const body = { baton: null, requests: [{ type: 'batch', batch: { steps } }] };
  return new TextEncoder().encode(JSON.stringify(body));
}

describe('reading a push request', () => {
  it('counts the row changes and reads the mark, whatever the values hold', () => {
    const body = pushBody(
      ['plain', '"stmt":{ inside a value', 'INSERT INTO turso_sync_last_change_id('],
      977,
    );
    expect(describePushRequest(body)).toEqual({
      rowChanges: 3,
      watermark: 977,
      bytes: body.byteLength,
    });
  });

  it('is null for requests that are not push batches', () => {
    const lookup = JSON.stringify({
      baton: null,
      requests: [
        {
          type: 'batch',
          batch: {
            steps: [
              {
                condition: null,
                stmt: {
                  sql: 'SELECT pull_gen, change_id FROM turso_sync_last_change_id WHERE client_id = ?',
                  args: [{ type: 'text', value: 'exam-desk-1' }],
                },
              },
            ],
          },
        },
      ],
    });
    expect(describePushRequest(lookup)).toBeNull();
    expect(describePushRequest(null)).toBeNull();
    expect(describePushRequest(new Uint8Array(0))).toBeNull();
  });
});

describe('push progress', () => {
  it('counts taken batches and re-counts the total from the first one’s mark', async () => {
    const asked: number[] = [];
    // A stale count of 10,000 waiting; 6,000 are left after the first batch's mark.
    const progress = new PushProgress(10_000, (changeId) => {
      asked.push(changeId);
      return Promise.resolve(6_000);
    });
    expect(progress.changes()).toBeNull();
    expect(progress.onBatch('sent', { rowChanges: 256, watermark: 600, bytes: 1 })).toBeNull();
    expect(progress.changes()).toEqual({ sent: 0, total: 10_000 });
    await progress.onBatch('taken', { rowChanges: 256, watermark: 600, bytes: 1 });
    expect(asked).toEqual([600]);
    expect(progress.changes()).toEqual({ sent: 256, total: 6_256 });
    expect(progress.onBatch('taken', { rowChanges: 258, watermark: 1_200, bytes: 1 })).toBeNull();
    expect(progress.changes()).toEqual({ sent: 514, total: 6_256 });
  });

  it('never shows a total below what was sent (saves made during the push ride along)', async () => {
    const progress = new PushProgress(100, () => Promise.resolve(0));
    await progress.onBatch('taken', { rowChanges: 300, watermark: 10, bytes: 1 });
    expect(progress.changes()).toEqual({ sent: 300, total: 300 });
    expect(progress.onBatch('taken', { rowChanges: 50, watermark: 20, bytes: 1 })).toBeNull();
    expect(progress.changes()).toEqual({ sent: 350, total: 350 });
  });
});

describe('bounded chunks', () => {
  it('fill each chunk up to the budget, give a heavier item a chunk of its own, and keep the order', () => {
    const items = [3, 3, 3, 9, 1, 1, 12, 2];
    const chunks = boundedChunks(items, (n) => n, 6);
    expect(chunks).toEqual([[3, 3], [3], [9], [1, 1], [12], [2]]);
    expect(chunks.flat()).toEqual(items);
  });

  it('cap the items of a chunk whatever they weigh', () => {
    expect(boundedChunks([1, 1, 1, 1, 1], () => 0, 100, 2)).toEqual([[1, 1], [1, 1], [1]]);
    expect(boundedChunks([], () => 1)).toEqual([]);
  });
});
