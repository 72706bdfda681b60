import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chainPayload, type ChainRow, GENESIS_HASH, verifyDeviceChain } from '@shared/audit/chain';

const sha256 = (payload: string): string => createHash('sha256').update(payload).digest('hex');

/** Seals a row: its hash over its content and the hash before it. */
function seal(row: Omit<ChainRow, 'hash'>): ChainRow {
  return { ...row, hash: sha256(chainPayload(row)) };
}

/** A valid chain of `n` rows from one device. */
function chain(n: number, device = 'device-1'): ChainRow[] {
  const rows: ChainRow[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq += 1) {
    const row = seal({
      id: `row-${seq}`,
      clientId: 'client-1',
      userId: seq % 2 === 0 ? 'user-1' : null,
      action: seq % 3 === 0 ? 'question.update' : 'auth.sign_in',
      resourceType: 'question',
      resourceId: `q-${seq}`,
      changes: JSON.stringify({ marks: [seq, seq + 1] }),
      createdAt: `2026-06-01T09:00:${String(seq).padStart(2, '0')}.000Z`,
      deviceId: device,
      seq,
      prevHash: prev,
    });
    rows.push(row);
    prev = row.hash ?? '';
  }
  return rows;
}

const at = <T>(list: readonly T[], i: number): T => {
  const item = list[i];
  if (item === undefined) throw new Error(`no item ${i}`);
  return item;
};

describe('verifyDeviceChain', () => {
  it('accepts an intact chain, and an empty one', () => {
    expect(verifyDeviceChain(chain(5), sha256)).toBeNull();
    expect(verifyDeviceChain([], sha256)).toBeNull();
  });

  it('finds an edited row by its hash', () => {
    const rows = chain(5);
    rows[2] = { ...at(rows, 2), changes: JSON.stringify({ marks: [3, 100] }) };
    expect(verifyDeviceChain(rows, sha256)).toEqual({
      kind: 'hash_mismatch',
      rowId: 'row-3',
      deviceId: 'device-1',
      seq: 3,
    });
  });

  it('finds an edited row whose hash was recomputed, at the next row', () => {
    const rows = chain(5);
    const edited = { ...at(rows, 1), userId: 'someone-else' };
    rows[1] = seal(edited);
    expect(verifyDeviceChain(rows, sha256)).toEqual({
      kind: 'prev_mismatch',
      rowId: 'row-3',
      deviceId: 'device-1',
      seq: 3,
    });
  });

  it('finds a deleted row as a gap in the sequence', () => {
    const rows = chain(5);
    expect(verifyDeviceChain([...rows.slice(0, 2), ...rows.slice(3)], sha256)).toEqual({
      kind: 'missing_row',
      deviceId: 'device-1',
      expectedSeq: 3,
      rowId: 'row-4',
    });
    expect(verifyDeviceChain(rows.slice(1), sha256)).toMatchObject({
      kind: 'missing_row',
      expectedSeq: 1,
    });
  });

  it('finds a deleted row even when the rows after it were renumbered', () => {
    const rows = chain(4);
    const renumbered = [at(rows, 0), at(rows, 1), { ...at(rows, 3), seq: 3 }];
    expect(verifyDeviceChain(renumbered, sha256)).toMatchObject({
      kind: 'prev_mismatch',
      rowId: 'row-4',
    });
  });

  it('finds reordered rows', () => {
    const rows = chain(4);
    const swapped = [at(rows, 0), at(rows, 2), at(rows, 1), at(rows, 3)];
    expect(verifyDeviceChain(swapped, sha256)).toMatchObject({
      kind: 'missing_row',
      expectedSeq: 2,
      rowId: 'row-3',
    });
  });

  it('finds reordered rows whose seq numbers were swapped to match, even with hashes recomputed', () => {
    const rows = chain(4);
    const second = at(rows, 1);
    const third = at(rows, 2);
    const renumbered = [at(rows, 0), { ...third, seq: 2 }, { ...second, seq: 3 }, at(rows, 3)];
    expect(verifyDeviceChain(renumbered, sha256)).toMatchObject({
      kind: 'prev_mismatch',
      rowId: 'row-3',
    });
    const resealed = [
      at(rows, 0),
      seal({ ...third, seq: 2 }),
      seal({ ...second, seq: 3 }),
      at(rows, 3),
    ];
    expect(verifyDeviceChain(resealed, sha256)).toMatchObject({
      kind: 'prev_mismatch',
      rowId: 'row-3',
      seq: 2,
    });
  });

  it('finds a row moved in from another device', () => {
    const rows = chain(3);
    rows[1] = { ...at(rows, 1), deviceId: 'device-2' };
    expect(verifyDeviceChain(rows, sha256)).toMatchObject({
      kind: 'hash_mismatch',
      rowId: 'row-2',
    });
  });

  const fields = [
    'id',
    'clientId',
    'userId',
    'action',
    'resourceType',
    'resourceId',
    'changes',
    'createdAt',
    'deviceId',
    'prevHash',
    'hash',
  ] as const;

  it('property: changing any field of any row breaks the chain', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 8 })
          .chain((n) => fc.tuple(fc.constant(n), fc.nat({ max: n - 1 }))),
        fc.constantFrom(...fields),
        fc.string({ minLength: 1, maxLength: 12 }),
        ([n, index], field, value) => {
          const rows = chain(n);
          const original = at(rows, index);
          fc.pre(original[field] !== `x${value}`);
          rows[index] = { ...original, [field]: `x${value}` };
          expect(verifyDeviceChain(rows, sha256)).not.toBeNull();
        },
      ),
    );
  });

  it('property: removing any row but the last breaks the chain', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 2, max: 8 })
          .chain((n) => fc.tuple(fc.constant(n), fc.nat({ max: n - 2 }))),
        ([n, index]) => {
          const rows = chain(n);
          rows.splice(index, 1);
          expect(verifyDeviceChain(rows, sha256)).not.toBeNull();
        },
      ),
    );
  });
});
