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
  /** In the hash from version 2 on; rows hashed before it (version 1) leave it out. */
  ipAddress?: string | null;
  /** Which payload the hash is over: null or 1 for rows from before signed chains, 2 since. */
  hashVersion?: number | null;
}

/** The payload version every new row is hashed with: all of its fields. */
export const ROW_HASH_VERSION = 2;

export const GENESIS_HASH = '0'.repeat(64);

/**
 * The exact text that was hashed for a row of version 1 (before signed
 * chains): every field but `ip_address`. Field order is fixed; never change it.
 */
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

/**
 * The text hashed for a row of version 2: every column of the row but its own
 * hash, `ip_address` included, in a fixed order, as a JSON array (strings,
 * integers and nulls only, so the encoding is canonical). The leading tag
 * keeps a version 2 payload from ever reading as a version 1 one.
 */
export function chainPayloadV2(row: Omit<ChainRow, 'hash'>): string {
  return JSON.stringify([
    'exam-desk audit row v2',
    row.id,
    row.clientId,
    row.userId,
    row.action,
    row.resourceType,
    row.resourceId,
    row.changes,
    row.ipAddress ?? null,
    row.createdAt,
    row.deviceId,
    row.seq,
    row.prevHash,
  ]);
}

/** The payload of a row by the version it names. */
export const rowPayload = (row: Omit<ChainRow, 'hash'>): string =>
  row.hashVersion === ROW_HASH_VERSION ? chainPayloadV2(row) : chainPayload(row);

export type ChainBreak =
  | { kind: 'hash_mismatch'; rowId: string; deviceId: string; seq: number }
  | { kind: 'missing_row'; deviceId: string; expectedSeq: number; rowId: string | null }
  | { kind: 'prev_mismatch'; rowId: string; deviceId: string; seq: number }
  | { kind: 'downgraded'; rowId: string; deviceId: string; seq: number };

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
  let signedSince = false;
  for (const row of rows) {
    const deviceId = row.deviceId ?? '';
    const seq = row.seq ?? -1;
    if (seq !== expectedSeq) return { kind: 'missing_row', deviceId, expectedSeq, rowId: row.id };
    if (row.prevHash !== prev) return { kind: 'prev_mismatch', rowId: row.id, deviceId, seq };
    // Once a device hashes every field it never goes back: a version 1 row after one is a forgery.
    const v2 = row.hashVersion === ROW_HASH_VERSION;
    if (signedSince && !v2) return { kind: 'downgraded', rowId: row.id, deviceId, seq };
    signedSince ||= v2;
    if (hash(rowPayload(row)) !== row.hash)
      return { kind: 'hash_mismatch', rowId: row.id, deviceId, seq };
    prev = row.hash;
    expectedSeq += 1;
  }
  return null;
}

/** The newest row a device says it wrote: the defence against deleting a chain's last rows. */
export interface ChainHead {
  deviceId: string;
  seq: number;
  hash: string;
}

export type HeadBreak =
  | { kind: 'missing_head'; deviceId: string; lastSeq: number }
  | { kind: 'truncated'; deviceId: string; lastSeq: number; headSeq: number }
  | { kind: 'head_mismatch'; deviceId: string; seq: number };

/** The action of an answer save: it extends the chain without moving the head (see SaveReceipt). */
export const ANSWER_SAVE_ACTION = 'answer.save';

/**
 * Checks a device's verified rows against its head record. The head vouches
 * for the rows up to its own; the rows after it may only be answer saves,
 * which the save receipts vouch for (`verifySaveReceipts`).
 */
export function verifyDeviceHead(
  rows: readonly ChainRow[],
  head: ChainHead | null,
): HeadBreak | null {
  const last = rows[rows.length - 1];
  const deviceId = head?.deviceId ?? last?.deviceId ?? '';
  const lastSeq = last?.seq ?? 0;
  const headSeq = head?.seq ?? 0;
  const unvouched = rows.filter((r) => (r.seq ?? 0) > headSeq);
  const onlySaves = unvouched.every((r) => r.action === ANSWER_SAVE_ACTION);
  if (!head) return onlySaves ? null : { kind: 'missing_head', deviceId, lastSeq };
  if (lastSeq < head.seq) return { kind: 'truncated', deviceId, lastSeq, headSeq: head.seq };
  // The chain is verified, so rows are contiguous from seq 1: the head's row is at its seq.
  const headRow = rows[head.seq - 1];
  if (!onlySaves || headRow?.hash !== head.hash)
    return { kind: 'head_mismatch', deviceId, seq: lastSeq };
  return null;
}

/**
 * An answer save, as its answer row names it (or, for saves before the
 * answer row carried it, the attempt's clock row its newest): the receipt
 * for the end of a chain the head does not cover.
 */
export interface SaveReceipt {
  attemptId: string;
  hash: string;
}

export interface ReceiptBreak {
  kind: 'missing_save';
  attemptId: string;
}

/**
 * Each receipt must name a row in the log. Deleting the newest saves of a
 * device, or replacing one, leaves a receipt whose row is gone.
 */
export function verifySaveReceipts(
  receipts: readonly SaveReceipt[],
  rowHashes: ReadonlySet<string>,
): ReceiptBreak | null {
  const missing = receipts.find((r) => !rowHashes.has(r.hash));
  return missing ? { kind: 'missing_save', attemptId: missing.attemptId } : null;
}

/** A break in words an auditor can act on. */
export function describeBreak(b: ChainBreak | HeadBreak | ReceiptBreak, row?: ChainRow): string {
  if (b.kind === 'missing_save')
    return `The last answer saved in attempt ${b.attemptId.slice(0, 8)} is not in the log: the newest rows of the computer that saved it were deleted or replaced.`;
  const device = `device ${b.deviceId.slice(0, 8)}`;
  const what = row ? ` (${row.action}${row.createdAt ? ` at ${row.createdAt}` : ''})` : '';
  switch (b.kind) {
    case 'hash_mismatch':
      return `Row ${b.seq} from ${device}${what} was changed after it was written.`;
    case 'downgraded':
      return `Row ${b.seq} from ${device}${what} names the old hash version (field hash_version) after rows hashed over every field; it was rewritten.`;
    case 'prev_mismatch':
      return `Row ${b.seq} from ${device}${what} does not follow the row before it; the chain was altered there.`;
    case 'missing_row':
      return `Row ${b.expectedSeq} from ${device} is missing; the next row found${what} comes after a gap.`;
    case 'missing_head':
      return `${device} has ${b.lastSeq} rows but no head record; its newest rows cannot be vouched for.`;
    case 'truncated':
      return `Rows ${b.lastSeq + 1} to ${b.headSeq} from ${device} were deleted: the head says ${b.headSeq} rows were written, ${b.lastSeq} remain.`;
    case 'head_mismatch':
      return `The newest row from ${device} (row ${b.seq}) is not the one its head record names; the end of the chain was replaced.`;
  }
}
