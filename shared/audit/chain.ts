/**
 * The audit log is tamper-evident: each row's hash covers its content and the
 * previous row's hash from the same device. Hashing itself is supplied by the
 * caller (node:crypto in main), so this stays pure.
 */
export interface ChainRow {
  id: string;
  clientId: string | null;
  userId: string | null;
  action: string;
  resourceType: string | null;
  resourceId: string | null;
  changes: string | null;
  createdAt: string | null;
  deviceId: string | null;
  seq: number | null;
  prevHash: string | null;
  hash: string | null;
}

export const GENESIS_HASH = '0'.repeat(64);

/** The exact text that is hashed for a row. Field order is fixed; never change it. */
export function chainPayload(row: Omit<ChainRow, 'hash'>): string {
  return JSON.stringify([
    row.id,
    row.clientId,
    row.userId,
    row.action,
    row.resourceType,
    row.resourceId,
    row.changes,
    row.createdAt,
    row.deviceId,
    row.seq,
    row.prevHash,
  ]);
}

export type ChainBreak =
  | { kind: 'hash_mismatch'; rowId: string; deviceId: string; seq: number }
  | { kind: 'missing_row'; deviceId: string; expectedSeq: number; rowId: string | null }
  | { kind: 'prev_mismatch'; rowId: string; deviceId: string; seq: number };

/**
 * Verifies one device's rows, sorted by seq. Returns the first broken link or null.
 * A deleted row shows as a gap in seq; an edited row as a hash mismatch.
 */
export function verifyDeviceChain(
  rows: readonly ChainRow[],
  hash: (payload: string) => string,
): ChainBreak | null {
  let expectedSeq = 1;
  let prev = GENESIS_HASH;
  for (const row of rows) {
    const deviceId = row.deviceId ?? '';
    const seq = row.seq ?? -1;
    if (seq !== expectedSeq) return { kind: 'missing_row', deviceId, expectedSeq, rowId: row.id };
    if (row.prevHash !== prev) return { kind: 'prev_mismatch', rowId: row.id, deviceId, seq };
    if (hash(chainPayload(row)) !== row.hash)
      return { kind: 'hash_mismatch', rowId: row.id, deviceId, seq };
    prev = row.hash;
    expectedSeq += 1;
  }
  return null;
}
