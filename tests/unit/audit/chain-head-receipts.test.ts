import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  ANSWER_SAVE_ACTION,
  chainPayload,
  type ChainRow,
  GENESIS_HASH,
  verifyDeviceChain,
  verifyDeviceHead,
  verifySaveReceipts,
} from '@shared/audit/chain';

const sha256 = (payload: string): string => createHash('sha256').update(payload).digest('hex');

/** A valid chain of one device with these actions, in order. */
function chain(actions: readonly string[]): ChainRow[] {
  const rows: ChainRow[] = [];
  let prev = GENESIS_HASH;
  actions.forEach((action, i) => {
    const unhashed: Omit<ChainRow, 'hash'> = {
      id: `row-${i + 1}`,
      clientId: 'client-1',
      userId: 'user-1',
      action,
      resourceType: 'attempt',
      resourceId: 'attempt-1',
      changes: null,
      createdAt: `2026-06-01T09:00:${String(i).padStart(2, '0')}.000Z`,
      deviceId: 'device-1',
      seq: i + 1,
      prevHash: prev,
    };
    const row = { ...unhashed, hash: sha256(chainPayload(unhashed)) };
    rows.push(row);
    prev = row.hash;
  });
  return rows;
}

const headAt = (rows: readonly ChainRow[], seq: number) => ({
  deviceId: 'device-1',
  seq,
  hash: rows[seq - 1]?.hash ?? '',
});

const SAVE = ANSWER_SAVE_ACTION;

describe('the chain head with answer saves after it', () => {
  it('vouches for its own rows while only answer saves follow', () => {
    const rows = chain(['exam.start', SAVE, SAVE, SAVE]);
    expect(verifyDeviceChain(rows, sha256)).toBeNull();
    expect(verifyDeviceHead(rows, headAt(rows, 1))).toBeNull();
    expect(verifyDeviceHead(rows, null)).toEqual({
      kind: 'missing_head',
      deviceId: 'device-1',
      lastSeq: 4,
    });
    expect(verifyDeviceHead(chain([SAVE, SAVE]), null)).toBeNull();
  });

  it('refuses any other change after it, and a head whose row was replaced', () => {
    const rows = chain(['exam.start', SAVE, 'question.update', SAVE]);
    expect(verifyDeviceHead(rows, headAt(rows, 1))).toEqual({
      kind: 'head_mismatch',
      deviceId: 'device-1',
      seq: 4,
    });
    const saves = chain(['exam.start', SAVE]);
    expect(verifyDeviceHead(saves, { deviceId: 'device-1', seq: 1, hash: 'forged' })).toEqual({
      kind: 'head_mismatch',
      deviceId: 'device-1',
      seq: 2,
    });
  });

  it('still names rows deleted from before it', () => {
    const rows = chain(['exam.start', 'exam.resume', SAVE]);
    expect(verifyDeviceHead(rows.slice(0, 1), headAt(rows, 2))).toEqual({
      kind: 'truncated',
      deviceId: 'device-1',
      lastSeq: 1,
      headSeq: 2,
    });
  });
});

describe('save receipts', () => {
  it('pass when each names a row of the log, and name the first attempt whose row is gone', () => {
    const rows = chain(['exam.start', SAVE, SAVE]);
    const hashes = new Set(rows.map((r) => r.hash ?? ''));
    const receipts = [
      { attemptId: 'attempt-1', hash: rows[2]?.hash ?? '' },
      { attemptId: 'attempt-2', hash: rows[1]?.hash ?? '' },
    ];
    expect(verifySaveReceipts(receipts, hashes)).toBeNull();
    const truncated = new Set(rows.slice(0, 2).map((r) => r.hash ?? ''));
    expect(verifySaveReceipts(receipts, truncated)).toEqual({
      kind: 'missing_save',
      attemptId: 'attempt-1',
    });
  });
});
