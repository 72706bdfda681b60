import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { integrityEvents } from '../schema/index';
import type { TenantContext } from '../tenant';

export interface IntegrityEventWrite {
  id: string;
  attemptId: string;
  kind: string;
  detail: Record<string, unknown> | null;
  deviceId: string;
  occurredAt: string;
}

export async function insertIntegrityEvent(
  db: Db,
  tenant: Pick<TenantContext, 'clientId'>,
  e: IntegrityEventWrite,
): Promise<void> {
  await db.insert(integrityEvents).values({
    id: e.id,
    clientId: tenant.clientId,
    attemptId: e.attemptId,
    kind: e.kind,
    detail: e.detail === null ? null : JSON.stringify(e.detail),
    deviceId: e.deviceId,
    occurredAt: e.occurredAt,
  });
}

/** Events per attempt and kind, for the proctor console. */
export async function integrityCounts(
  db: Db,
  tenant: TenantContext,
  attemptIds: readonly string[],
): Promise<Map<string, Map<string, number>>> {
  const out = new Map<string, Map<string, number>>();
  if (attemptIds.length === 0) return out;
  const rows = await db
    .select({
      attemptId: integrityEvents.attemptId,
      kind: integrityEvents.kind,
      n: sql<number>`count(*)`,
    })
    .from(integrityEvents)
    .where(
      and(
        eq(integrityEvents.clientId, tenant.clientId),
        inArray(integrityEvents.attemptId, [...attemptIds]),
      ),
    )
    .groupBy(integrityEvents.attemptId, integrityEvents.kind);
  for (const r of rows) {
    let byKind = out.get(r.attemptId);
    if (!byKind) {
      byKind = new Map();
      out.set(r.attemptId, byKind);
    }
    byKind.set(r.kind, r.n);
  }
  return out;
}

export interface IntegrityEventRecord {
  kind: string;
  detail: string | null;
  occurredAt: string;
}

export async function listIntegrityEvents(
  db: Db,
  tenant: TenantContext,
  attemptId: string,
): Promise<IntegrityEventRecord[]> {
  return db
    .select({
      kind: integrityEvents.kind,
      detail: integrityEvents.detail,
      occurredAt: integrityEvents.occurredAt,
    })
    .from(integrityEvents)
    .where(
      and(eq(integrityEvents.clientId, tenant.clientId), eq(integrityEvents.attemptId, attemptId)),
    )
    .orderBy(integrityEvents.occurredAt);
}
