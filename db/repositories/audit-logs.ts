import { createHash } from 'node:crypto';
import { and, desc, eq, gte, isNotNull, lte, type SQL } from 'drizzle-orm';
import { chainPayload, GENESIS_HASH, type ChainRow } from '../../shared/audit/chain';
import type { AuditEntry, ChangeSet } from '../../shared/domain/audit';
import type { Db } from '../client';
import { nowIsoOf, type DataEnv } from '../env';
import { parseJson } from '../rows';
import { auditChainHeads, auditLogs, profiles } from '../schema/index';
import type { Actor, TenantContext } from '../tenant';

export interface AuditDraft {
  action: string;
  resourceType: string;
  resourceId: string | null;
  changes: ChangeSet | Record<string, unknown> | null;
}

export const sha256Hex = (payload: string): string =>
  createHash('sha256').update(payload).digest('hex');

/**
 * Appends one audit row, chained to the previous row from this device. Call it
 * inside the transaction of the change it records.
 */
export async function appendAudit(
  tx: Db,
  env: Omit<DataEnv, 'db' | 'transaction'>,
  actor: Actor,
  draft: AuditDraft,
  ipAddress: string | null = null,
): Promise<string> {
  const prev = await chainTip(tx, env.deviceId);
  const row: Omit<ChainRow, 'hash'> = {
    id: env.ids(),
    clientId: actor.clientId,
    userId: actor.profileId,
    action: draft.action,
    resourceType: draft.resourceType,
    resourceId: draft.resourceId,
    changes: draft.changes === null ? null : JSON.stringify(draft.changes),
    createdAt: nowIsoOf(env),
    deviceId: env.deviceId,
    seq: (prev?.seq ?? 0) + 1,
    prevHash: prev?.hash ?? GENESIS_HASH,
  };
  const hash = sha256Hex(chainPayload(row));
  await tx.insert(auditLogs).values({ ...row, hash, ipAddress });
  await tx
    .insert(auditChainHeads)
    .values({
      deviceId: env.deviceId,
      clientId: actor.clientId,
      seq: row.seq ?? 0,
      hash,
      updatedAt: row.createdAt ?? '',
    })
    .onConflictDoUpdate({
      target: auditChainHeads.deviceId,
      set: { seq: row.seq ?? 0, hash, updatedAt: row.createdAt ?? '' },
    });
  return row.id;
}

/**
 * The same chain tip and head update in plain SQL, for the answer-save fast
 * path, which writes on the raw client. Both paths must agree, or two rows
 * would take one sequence number.
 */
export const CHAIN_TIP_SQL = `SELECT seq, hash FROM audit_chain_heads WHERE device_id = ?1
  UNION ALL
  SELECT seq, hash FROM (SELECT seq, hash FROM audit_logs WHERE device_id = ?1 ORDER BY seq DESC LIMIT 1)
  LIMIT 1`;

export const UPSERT_CHAIN_HEAD_SQL = `INSERT INTO audit_chain_heads (device_id, client_id, seq, hash, updated_at)
  VALUES (?, ?, ?, ?, ?)
  ON CONFLICT (device_id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash, updated_at = excluded.updated_at`;

/** The newest row of a device's chain: its head record, or its highest seq where no head exists yet. */
async function chainTip(
  tx: Db,
  deviceId: string,
): Promise<{ seq: number | null; hash: string | null } | undefined> {
  const heads = await tx
    .select({ seq: auditChainHeads.seq, hash: auditChainHeads.hash })
    .from(auditChainHeads)
    .where(eq(auditChainHeads.deviceId, deviceId))
    .limit(1);
  if (heads[0]) return heads[0];
  const last = await tx
    .select({ seq: auditLogs.seq, hash: auditLogs.hash })
    .from(auditLogs)
    .where(eq(auditLogs.deviceId, deviceId))
    .orderBy(desc(auditLogs.seq))
    .limit(1);
  return last[0];
}

export interface AuditFilter {
  userId?: string | undefined;
  action?: string | undefined;
  resourceType?: string | undefined;
  resourceId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  limit?: number | undefined;
}

const asUtcIso = (instant: string): string => new Date(instant).toISOString();

export async function listAudit(
  db: Db,
  tenant: TenantContext,
  filter: AuditFilter = {},
): Promise<AuditEntry[]> {
  const conditions: SQL[] = [eq(auditLogs.clientId, tenant.clientId)];
  if (filter.userId) conditions.push(eq(auditLogs.userId, filter.userId));
  if (filter.action) conditions.push(eq(auditLogs.action, filter.action));
  if (filter.resourceType) conditions.push(eq(auditLogs.resourceType, filter.resourceType));
  if (filter.resourceId) conditions.push(eq(auditLogs.resourceId, filter.resourceId));
  // Rows hold UTC ISO text with milliseconds; the window ends are turned into the same form,
  // so an offset or a missing fraction compares as the instant it names.
  if (filter.from) conditions.push(gte(auditLogs.createdAt, asUtcIso(filter.from)));
  if (filter.to) conditions.push(lte(auditLogs.createdAt, asUtcIso(filter.to)));
  const rows = await db
    .select({ log: auditLogs, userName: profiles.name })
    .from(auditLogs)
    .leftJoin(profiles, eq(profiles.id, auditLogs.userId))
    .where(and(...conditions))
    .orderBy(desc(auditLogs.createdAt), desc(auditLogs.seq))
    .limit(filter.limit ?? 500);
  return rows.map(({ log, userName }) => ({
    id: log.id,
    userId: log.userId,
    userName: userName ?? null,
    action: log.action,
    resourceType: log.resourceType,
    resourceId: log.resourceId,
    changes: parseJson(log.changes, null),
    createdAt: log.createdAt,
    deviceId: log.deviceId,
    seq: log.seq,
  }));
}

/**
 * Every chained row of the organisation, grouped for verification. Rows from
 * before the chain existed (no device) are history, not links, and are left out.
 */
export async function chainRows(db: Db, tenant: TenantContext): Promise<ChainRow[]> {
  return db
    .select({
      id: auditLogs.id,
      clientId: auditLogs.clientId,
      userId: auditLogs.userId,
      action: auditLogs.action,
      resourceType: auditLogs.resourceType,
      resourceId: auditLogs.resourceId,
      changes: auditLogs.changes,
      createdAt: auditLogs.createdAt,
      deviceId: auditLogs.deviceId,
      seq: auditLogs.seq,
      prevHash: auditLogs.prevHash,
      hash: auditLogs.hash,
    })
    .from(auditLogs)
    .where(and(eq(auditLogs.clientId, tenant.clientId), isNotNull(auditLogs.deviceId)))
    .orderBy(auditLogs.deviceId, auditLogs.seq);
}

/** The head record of each device of the organisation. */
export async function chainHeads(
  db: Db,
  tenant: TenantContext,
): Promise<Array<{ deviceId: string; seq: number; hash: string }>> {
  return db
    .select({
      deviceId: auditChainHeads.deviceId,
      seq: auditChainHeads.seq,
      hash: auditChainHeads.hash,
    })
    .from(auditChainHeads)
    .where(eq(auditChainHeads.clientId, tenant.clientId));
}

/** The distinct actions and resource types of the organisation's log, for the viewer's filters. */
export async function auditFacets(
  db: Db,
  tenant: TenantContext,
): Promise<{ actions: string[]; resourceTypes: string[] }> {
  const actions = await db
    .selectDistinct({ v: auditLogs.action })
    .from(auditLogs)
    .where(eq(auditLogs.clientId, tenant.clientId));
  const types = await db
    .selectDistinct({ v: auditLogs.resourceType })
    .from(auditLogs)
    .where(eq(auditLogs.clientId, tenant.clientId));
  return {
    actions: actions.map((a) => a.v).sort(),
    resourceTypes: types.flatMap((t) => (t.v ? [t.v] : [])).sort(),
  };
}
