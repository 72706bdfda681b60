import { and, desc, eq, isNull } from 'drizzle-orm';
import { notFound } from '@shared/api/result';
import type { SetAsideRow } from '@shared/domain/sync';
import type { Db } from '../client';
import { parseJson } from '../rows';
import { syncSetAside } from '../schema/index';
import type { TenantContext } from '../tenant';
import type { OrgScope } from './devices';

type SetAsideDbRow = typeof syncSetAside.$inferSelect;

export function toSetAsideRow(row: SetAsideDbRow): SetAsideRow {
  return {
    id: row.id,
    tableName: row.tableName,
    rowId: row.rowId,
    reason: row.reason,
    row: parseJson<Record<string, unknown>>(row.rowJson, {}),
    deviceId: row.deviceId,
    createdAt: row.createdAt,
    resolvedAt: row.resolvedAt,
  };
}

export interface SetAsideDraft {
  id: string;
  deviceId: string;
  tableName: string;
  rowId: string;
  reason: string;
  row: Record<string, unknown>;
  createdAt: string;
}

export async function insertSetAside(db: Db, scope: OrgScope, draft: SetAsideDraft): Promise<void> {
  await db.insert(syncSetAside).values({
    id: draft.id,
    clientId: scope.clientId,
    deviceId: draft.deviceId,
    tableName: draft.tableName,
    rowId: draft.rowId,
    reason: draft.reason,
    rowJson: JSON.stringify(draft.row),
    createdAt: draft.createdAt,
  });
}

export async function listSetAside(
  db: Db,
  tenant: TenantContext,
  includeResolved = false,
): Promise<SetAsideRow[]> {
  const where = includeResolved
    ? eq(syncSetAside.clientId, tenant.clientId)
    : and(eq(syncSetAside.clientId, tenant.clientId), isNull(syncSetAside.resolvedAt));
  const rows = await db
    .select()
    .from(syncSetAside)
    .where(where)
    .orderBy(desc(syncSetAside.createdAt), desc(syncSetAside.id));
  return rows.map(toSetAsideRow);
}

export async function resolveSetAside(
  db: Db,
  tenant: TenantContext,
  id: string,
  nowIso: string,
): Promise<{ before: SetAsideRow; after: SetAsideRow }> {
  const where = and(eq(syncSetAside.id, id), eq(syncSetAside.clientId, tenant.clientId));
  const rows = await db.select().from(syncSetAside).where(where).limit(1);
  const row = rows[0];
  if (!row) throw notFound('setAside');
  await db
    .update(syncSetAside)
    .set({ resolvedAt: nowIso, resolvedBy: tenant.profileId })
    .where(where);
  const after = await db.select().from(syncSetAside).where(where).limit(1);
  return { before: toSetAsideRow(row), after: toSetAsideRow(after[0] ?? row) };
}
