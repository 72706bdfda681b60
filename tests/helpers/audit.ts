import type { SyncClient } from '@db/client';
import { sha256Hex } from '@db/repositories/audit-logs';
import { type ChainBreak, type ChainRow, verifyDeviceChain } from '@shared/audit/chain';

export interface AuditRow extends ChainRow {
  ipAddress: string | null;
}

interface RawAuditRow {
  id: string;
  client_id: string | null;
  user_id: string | null;
  action: string;
  resource_type: string | null;
  resource_id: string | null;
  changes: string | null;
  ip_address: string | null;
  created_at: string | null;
  device_id: string | null;
  seq: number | null;
  prev_hash: string | null;
  hash: string | null;
  hash_version: number | null;
}

/** Every audit row, straight from the table (not through the tenant-scoped repository). */
export async function readAuditRows(client: SyncClient): Promise<AuditRow[]> {
  const rows = (await client.all(
    'SELECT * FROM audit_logs ORDER BY device_id, seq, rowid',
  )) as RawAuditRow[];
  return rows.map((r) => ({
    id: r.id,
    clientId: r.client_id,
    userId: r.user_id,
    action: r.action,
    resourceType: r.resource_type,
    resourceId: r.resource_id,
    changes: r.changes,
    ipAddress: r.ip_address,
    createdAt: r.created_at,
    deviceId: r.device_id,
    seq: r.seq,
    prevHash: r.prev_hash,
    hash: r.hash,
    hashVersion: r.hash_version,
  }));
}

/** Audit rows written since `before` was read. */
export async function newAuditRows(
  client: SyncClient,
  before: readonly AuditRow[],
): Promise<AuditRow[]> {
  const seen = new Set(before.map((r) => r.id));
  return (await readAuditRows(client)).filter((r) => !seen.has(r.id));
}

/** Verifies the hash chain of every device in the table; an empty list means every chain holds. */
export async function auditChainBreaks(client: SyncClient): Promise<ChainBreak[]> {
  const byDevice = new Map<string, AuditRow[]>();
  for (const row of await readAuditRows(client)) {
    const key = row.deviceId ?? '';
    byDevice.set(key, [...(byDevice.get(key) ?? []), row]);
  }
  const breaks: ChainBreak[] = [];
  for (const rows of byDevice.values()) {
    const found = verifyDeviceChain(rows, sha256Hex);
    if (found) breaks.push(found);
  }
  return breaks;
}
