import { and, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { notFound } from '@shared/api/result';
import { attempts, integrityEvents } from '../schema/index';
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
  const owner = await db
    .select({ id: attempts.id })
    .from(attempts)
    .where(and(eq(attempts.id, e.attemptId), eq(attempts.clientId, tenant.clientId)))
    .limit(1);
  if (owner.length === 0) throw notFound('attempt');
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
