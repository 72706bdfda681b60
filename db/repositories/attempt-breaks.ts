import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { notFound } from '@shared/api/result';
import { breakStatusSchema, type BreakStatus, type OpenBreakStatus } from '@shared/domain/breaks';
import type { Db } from '../client';
import { attemptBreaks, attempts } from '../schema/index';
import type { TenantContext } from '../tenant';
import { attemptScope } from './attempts';

/**
 * Rest breaks of attempts. Rows are scoped by the organisation, and for a
 * student to their own attempts (the attempt is checked through `attempts`).
 */

export type BreakRow = typeof attemptBreaks.$inferSelect;

export interface StoredBreak {
  id: string;
  attemptId: string;
  status: BreakStatus;
  requestedAt: string | null;
  approvedAt: string | null;
  approvedBy: string | null;
  startedAt: string | null;
  endedAt: string | null;
  endedBy: string | null;
  usedMs: number;
}

export function toStoredBreak(row: BreakRow): StoredBreak {
  return {
    id: row.id,
    attemptId: row.attemptId,
    // A status this app does not know is read as over: it never pauses a clock here.
    status: breakStatusSchema.catch('ended').parse(row.status),
    requestedAt: row.requestedAt,
    approvedAt: row.approvedAt,
    approvedBy: row.approvedBy,
    startedAt: row.startedAt,
    endedAt: row.endedAt,
    endedBy: row.endedBy,
    usedMs: row.usedMs,
  };
}

const OPEN: OpenBreakStatus[] = ['requested', 'approved', 'running'];

export type OpenBreak = StoredBreak & { status: OpenBreakStatus };

const isOpen = (b: StoredBreak): b is OpenBreak => (OPEN as string[]).includes(b.status);

/** The attempt's ids the caller may reach: their organisation's, and a student's own. */
function attemptOf(tenant: TenantContext, attemptId: string) {
  return tenant.role === 'student'
    ? sql`${attemptBreaks.attemptId} IN (SELECT ${attempts.id} FROM ${attempts} WHERE ${and(eq(attempts.id, attemptId), ...attemptScope(tenant))})`
    : eq(attemptBreaks.attemptId, attemptId);
}

/** The break of an attempt still asked for, approved or running (newest, should there be two). */
export async function openBreakOf(
  db: Db,
  tenant: TenantContext,
  attemptId: string,
): Promise<OpenBreak | null> {
  const rows = await db
    .select()
    .from(attemptBreaks)
    .where(
      and(
        eq(attemptBreaks.clientId, tenant.clientId),
        attemptOf(tenant, attemptId),
        inArray(attemptBreaks.status, OPEN),
      ),
    )
    .orderBy(desc(attemptBreaks.updatedAt), desc(attemptBreaks.id))
    .limit(1);
  const found = rows[0] ? toStoredBreak(rows[0]) : null;
  return found && isOpen(found) ? found : null;
}

/** Every break of an attempt, oldest first. */
export async function listBreaks(
  db: Db,
  tenant: TenantContext,
  attemptId: string,
): Promise<StoredBreak[]> {
  const rows = await db
    .select()
    .from(attemptBreaks)
    .where(and(eq(attemptBreaks.clientId, tenant.clientId), attemptOf(tenant, attemptId)))
    .orderBy(attemptBreaks.updatedAt, attemptBreaks.id);
  return rows.map(toStoredBreak);
}

export interface NewBreak {
  id: string;
  attemptId: string;
  status: OpenBreakStatus;
  requestedAt: string | null;
  approvedAt: string | null;
  approvedBy: string | null;
  startedAt: string | null;
  deviceId: string | null;
  nowIso: string;
}

/** A new break of one of the caller's attempts. */
export async function insertBreak(db: Db, tenant: TenantContext, b: NewBreak): Promise<void> {
  const found = await db
    .select({ id: attempts.id, deviceId: attempts.deviceId })
    .from(attempts)
    .where(and(eq(attempts.id, b.attemptId), ...attemptScope(tenant)))
    .limit(1);
  if (!found[0]) throw notFound('attempt');
  await db.insert(attemptBreaks).values({
    id: b.id,
    clientId: tenant.clientId,
    attemptId: b.attemptId,
    status: b.status,
    requestedAt: b.requestedAt,
    approvedAt: b.approvedAt,
    approvedBy: b.approvedBy,
    startedAt: b.startedAt,
    usedMs: 0,
    deviceId: b.deviceId ?? found[0].deviceId,
    updatedAt: b.nowIso,
  });
}

export type BreakChange = Partial<
  Pick<
    typeof attemptBreaks.$inferInsert,
    'status' | 'approvedAt' | 'approvedBy' | 'startedAt' | 'endedAt' | 'endedBy' | 'usedMs'
  >
>;

/** Moves one break on, if it is still in the status the caller saw (none moved it meanwhile). */
export async function updateBreak(
  db: Db,
  tenant: TenantContext,
  breakId: string,
  from: BreakStatus,
  change: BreakChange & { updatedAt: string },
): Promise<void> {
  const result = await db
    .update(attemptBreaks)
    .set(change)
    .where(
      and(
        eq(attemptBreaks.id, breakId),
        eq(attemptBreaks.clientId, tenant.clientId),
        eq(attemptBreaks.status, from),
      ),
    );
  if (result.changes !== 1) throw notFound('break');
}

/** Break time of the attempt's breaks that have ended. */
export async function endedBreakMs(
  db: Db,
  tenant: TenantContext,
  attemptId: string,
): Promise<number> {
  const rows = await db
    .select({ total: sql<number | null>`sum(${attemptBreaks.usedMs})` })
    .from(attemptBreaks)
    .where(
      and(
        eq(attemptBreaks.clientId, tenant.clientId),
        attemptOf(tenant, attemptId),
        eq(attemptBreaks.status, 'ended'),
      ),
    );
  return rows[0]?.total ?? 0;
}

/**
 * The attempt is closing: a break still running ends with it (taking the
 * break time not yet counted in ended breaks), one asked for or approved is
 * cancelled. Runs inside the close's transaction.
 */
export async function closeOpenBreaks(
  db: Db,
  tenant: TenantContext,
  attemptId: string,
  closing: { totalUsedMs: number; nowIso: string },
): Promise<void> {
  const open = await openBreakOf(db, tenant, attemptId);
  if (!open) return;
  if (open.status === 'running') {
    const ended = await endedBreakMs(db, tenant, attemptId);
    await updateBreak(db, tenant, open.id, 'running', {
      status: 'ended',
      endedAt: closing.nowIso,
      endedBy: 'attempt_end',
      usedMs: Math.max(0, Math.round(closing.totalUsedMs - ended)),
      updatedAt: closing.nowIso,
    });
    return;
  }
  await updateBreak(db, tenant, open.id, open.status, {
    status: 'cancelled',
    endedAt: closing.nowIso,
    endedBy: 'attempt_end',
    updatedAt: closing.nowIso,
  });
}
