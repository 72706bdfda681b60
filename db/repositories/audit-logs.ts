import { createHash } from 'node:crypto';
import { and, desc, eq, gte, isNotNull, lte, type SQL } from 'drizzle-orm';
import {
  chainPayloadV2,
  GENESIS_HASH,
  ROW_HASH_VERSION,
  type ChainRow,
  type SaveReceipt,
} from '@shared/audit/chain';
import type { AuditEntry, ChangeSet } from '@shared/domain/audit';
import type { Db } from '../client';
import { nowIsoOf, type DataEnv } from '../env';
import { parseJson } from '../rows';
import {
  attemptAnswers,
  attemptClocks,
  auditChainHeads,
  auditLogs,
  profiles,
} from '../schema/index';
import type { SqlTransaction } from '../transaction';
import type { Actor, TenantContext } from '../tenant';

export interface AuditDraft {
  action: string;
  resourceType: string;
  resourceId: string | null;
  changes: ChangeSet | Record<string, unknown> | null;
}

export const sha256Hex = (payload: string): string =>
  createHash('sha256').update(payload).digest('hex');

/** An audit row before it is chained: what happened, by whom, when, on which device. */
export interface AuditRowDraft {
  id: string;
  clientId: string | null;
  userId: string | null;
  action: string;
  resourceType: string | null;
  resourceId: string | null;
  /** The diff as JSON text. */
  changes: string | null;
  createdAt: string;
  deviceId: string;
  ipAddress: string | null;
}

/**
 * The newest row of a device's chain: its newest row, or its head record
 * where that is further on. The answer save leaves the head where it is, so
 * the head alone may be behind; a head ahead of the rows keeps the count going.
 */
const CHAIN_TIP_SQL = `SELECT seq, hash FROM (
    SELECT seq, hash FROM audit_chain_heads WHERE device_id = ?1
    UNION ALL
    SELECT seq, hash FROM (SELECT seq, hash FROM audit_logs WHERE device_id = ?1 ORDER BY seq DESC LIMIT 1)
  ) ORDER BY seq DESC LIMIT 1`;

const INSERT_AUDIT_SQL = `INSERT INTO audit_logs
  (id, client_id, user_id, action, resource_type, resource_id, changes, ip_address, created_at, device_id, seq, prev_hash, hash, hash_version)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

const UPSERT_CHAIN_HEAD_SQL = `INSERT INTO audit_chain_heads (device_id, client_id, seq, hash, updated_at)
  VALUES (?, ?, ?, ?, ?)
  ON CONFLICT (device_id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash, updated_at = excluded.updated_at`;

/**
 * The row a draft becomes at the end of its device's chain (seq, prev hash,
 * hash), read in the caller's open transaction, which then writes it with
 * `insertChainedRow`. Plain SQL on the raw transaction, because it runs at
 * every answer save and the query builder's per-call overhead was most of a
 * save's latency (`npm run bench:exam`).
 */
export async function chainedRow(sql: SqlTransaction, draft: AuditRowDraft): Promise<ChainRow> {
  const tip = (await sql.get(CHAIN_TIP_SQL, draft.deviceId)) as ChainTip | undefined;
  return chainRowAfter(tip, draft);
}

/** The newest row of a device's chain, as `CHAIN_TIP_SQL` reads it; none on a device that has written no row. */
export interface ChainTip {
  seq: number | null;
  hash: string | null;
}

/**
 * `CHAIN_TIP_SQL` as a subquery, for a caller that reads the tip in the same
 * statement as its own rows (the answer save): the device id is its `?5`.
 */
export const CHAIN_TIP_FROM_PARAM_5 = CHAIN_TIP_SQL.replaceAll('?1', '?5');

/** The row a draft becomes after the tip of its device's chain (the tip read in the same open transaction). */
export function chainRowAfter(tip: ChainTip | undefined, draft: AuditRowDraft): ChainRow {
  const unhashed: Omit<ChainRow, 'hash'> = {
    id: draft.id,
    clientId: draft.clientId,
    userId: draft.userId,
    action: draft.action,
    resourceType: draft.resourceType,
    resourceId: draft.resourceId,
    changes: draft.changes,
    createdAt: draft.createdAt,
    deviceId: draft.deviceId,
    seq: (tip?.seq ?? 0) + 1,
    prevHash: tip?.hash ?? GENESIS_HASH,
    ipAddress: draft.ipAddress,
    hashVersion: ROW_HASH_VERSION,
  };
  return { ...unhashed, hash: sha256Hex(chainPayloadV2(unhashed)) };
}

/**
 * Writes a chained row, and with `moveHead` the device's chain head with it.
 * Only the answer save leaves the head alone: the answer row it writes keeps
 * the receipt of its save (`attempt_answers.save_hash`; before migration
 * 0100 the attempt's clock row kept its newest, `attempt_clocks.last_save_hash`),
 * which vouches for the end of the chain as the head does.
 */
export async function insertChainedRow(
  sql: SqlTransaction,
  row: ChainRow,
  ipAddress: string | null,
  moveHead: boolean,
): Promise<void> {
  // The hash covers ip_address, so the row must be written with the one it was hashed with.
  if ((row.ipAddress ?? null) !== ipAddress)
    throw new Error('An audit row must be written with the ip_address it was hashed with');
  await sql.run(
    INSERT_AUDIT_SQL,
    row.id,
    row.clientId,
    row.userId,
    row.action,
    row.resourceType,
    row.resourceId,
    row.changes,
    ipAddress,
    row.createdAt,
    row.deviceId,
    row.seq,
    row.prevHash,
    row.hash,
    row.hashVersion ?? null,
  );
  if (moveHead) {
    await sql.run(
      UPSERT_CHAIN_HEAD_SQL,
      row.deviceId,
      row.clientId,
      row.seq,
      row.hash,
      row.createdAt,
    );
  }
}

/**
 * The one way a mutation's audit row is written: chains the row to its
 * device's previous one and moves the device's chain head, in the caller's
 * open transaction.
 */
export async function appendChainedRow(
  sql: SqlTransaction,
  draft: AuditRowDraft,
): Promise<ChainRow> {
  const row = await chainedRow(sql, draft);
  await insertChainedRow(sql, row, draft.ipAddress, true);
  return row;
}

/**
 * Appends the audit row of a mutation, attributed to the actor and chained
 * to the previous row from this device. Call it inside the transaction of
 * the change it records (`mutate` does).
 */
export async function appendAudit(
  sql: SqlTransaction,
  env: Pick<DataEnv, 'clock' | 'ids' | 'deviceId'>,
  actor: Actor,
  draft: AuditDraft,
  ipAddress: string | null = null,
): Promise<string> {
  const row = await appendChainedRow(sql, {
    id: env.ids(),
    clientId: actor.clientId,
    userId: actor.profileId,
    action: draft.action,
    resourceType: draft.resourceType,
    resourceId: draft.resourceId,
    changes: draft.changes === null ? null : JSON.stringify(draft.changes),
    createdAt: nowIsoOf(env),
    deviceId: env.deviceId,
    ipAddress,
  });
  return row.id;
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
 * Every chained row of the organisation, grouped for verification. Rows with
 * no device are no link of any chain; verify names them (`unattributedRows`).
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
      ipAddress: auditLogs.ipAddress,
      hashVersion: auditLogs.hashVersion,
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

/** A save receipt, with the column that holds it. */
export interface StoredSaveReceipt extends SaveReceipt {
  field: 'save_hash' | 'last_save_hash';
}

/**
 * The receipts of the organisation's answer saves, each the hash of a save's
 * audit row: every answer's last save (`attempt_answers.save_hash`), and the
 * last save of each attempt whose clock row kept it, as saves did before
 * migration 0100 (`attempt_clocks.last_save_hash`).
 */
export async function saveReceipts(db: Db, tenant: TenantContext): Promise<StoredSaveReceipt[]> {
  const clocks = await db
    .select({ attemptId: attemptClocks.attemptId, hash: attemptClocks.lastSaveHash })
    .from(attemptClocks)
    .where(and(eq(attemptClocks.clientId, tenant.clientId), isNotNull(attemptClocks.lastSaveHash)));
  const answers = await db
    .select({ attemptId: attemptAnswers.attemptId, hash: attemptAnswers.saveHash })
    .from(attemptAnswers)
    .where(and(eq(attemptAnswers.clientId, tenant.clientId), isNotNull(attemptAnswers.saveHash)));
  return [
    ...answers.flatMap((r) =>
      r.hash === null
        ? []
        : [{ attemptId: r.attemptId, hash: r.hash, field: 'save_hash' as const }],
    ),
    ...clocks.flatMap((r) =>
      r.hash === null
        ? []
        : [{ attemptId: r.attemptId, hash: r.hash, field: 'last_save_hash' as const }],
    ),
  ];
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
