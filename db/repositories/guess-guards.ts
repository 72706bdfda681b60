import { and, desc, eq, gte, isNotNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '../client';
import { attempts, devices, deviceUptime, guessGuards, profiles, tests } from '../schema/index';
import type { TenantContext } from '../tenant';

export type GuessGuardRow = typeof guessGuards.$inferSelect;

export const guessGuardId = (deviceId: string, kind: string, target: string): string =>
  `${deviceId}|${kind}|${target}`;

/** This computer's count for one target: each computer reads and writes only its own rows. */
export async function readGuessGuard(
  db: Db,
  deviceId: string,
  kind: string,
  target: string,
): Promise<GuessGuardRow | undefined> {
  const rows = await db
    .select()
    .from(guessGuards)
    .where(eq(guessGuards.id, guessGuardId(deviceId, kind, target)))
    .limit(1);
  return rows[0];
}

export interface GuessGuardWrite {
  clientId: string | null;
  deviceId: string;
  kind: string;
  target: string;
  failures: number;
  lockouts: number;
  lockedUntilUptimeMs: number | null;
  lockedUntilEstimate: string | null;
  lastLockedAt: string | null;
  nowIso: string;
}

export async function writeGuessGuard(db: Db, row: GuessGuardWrite): Promise<void> {
  const values = {
    clientId: row.clientId,
    failures: row.failures,
    lockouts: row.lockouts,
    lockedUntilUptimeMs: row.lockedUntilUptimeMs,
    lockedUntilEstimate: row.lockedUntilEstimate,
    lastLockedAt: row.lastLockedAt,
    updatedAt: row.nowIso,
  };
  await db
    .insert(guessGuards)
    .values({
      id: guessGuardId(row.deviceId, row.kind, row.target),
      deviceId: row.deviceId,
      kind: row.kind,
      target: row.target,
      ...values,
    })
    .onConflictDoUpdate({ target: guessGuards.id, set: values });
}

/**
 * Lifts the locks on one target on every computer of the organisation (an
 * admin reset a password or a PIN): the cleared rows sync to the computers
 * that hold the locks. The lockout history (`last_locked_at`) stays.
 */
export async function clearGuessGuards(
  db: Db,
  scope: Pick<TenantContext, 'clientId'>,
  kind: string,
  target: string,
  nowIso: string,
): Promise<number> {
  const cleared = await db
    .update(guessGuards)
    .set({
      failures: 0,
      lockouts: 0,
      lockedUntilUptimeMs: null,
      lockedUntilEstimate: null,
      updatedAt: nowIso,
    })
    .where(
      and(
        eq(guessGuards.clientId, scope.clientId),
        eq(guessGuards.kind, kind),
        eq(guessGuards.target, target),
      ),
    )
    .returning({ id: guessGuards.id });
  return cleared.length;
}

export interface LockoutRow {
  id: string;
  kind: string;
  deviceId: string;
  deviceName: string | null;
  target: string;
  personName: string | null;
  testName: string | null;
  lockouts: number;
  lastLockedAt: string;
  lockedUntilEstimate: string | null;
}

const attemptStudent = alias(profiles, 'attempt_student');
const attemptTest = alias(tests, 'attempt_test');

/** The organisation's lockouts since `sinceIso`, on any computer, newest first, with names to show. */
export async function listLockouts(
  db: Db,
  tenant: TenantContext,
  sinceIso: string,
): Promise<LockoutRow[]> {
  const rows = await db
    .select({
      id: guessGuards.id,
      kind: guessGuards.kind,
      deviceId: guessGuards.deviceId,
      deviceName: devices.name,
      target: guessGuards.target,
      signInName: profiles.name,
      studentName: attemptStudent.name,
      testName: tests.testName,
      attemptTestName: attemptTest.testName,
      lockouts: guessGuards.lockouts,
      lastLockedAt: guessGuards.lastLockedAt,
      lockedUntilEstimate: guessGuards.lockedUntilEstimate,
    })
    .from(guessGuards)
    .leftJoin(
      devices,
      and(eq(devices.id, guessGuards.deviceId), eq(devices.clientId, tenant.clientId)),
    )
    .leftJoin(
      profiles,
      and(
        eq(guessGuards.kind, 'sign_in'),
        eq(profiles.id, guessGuards.target),
        eq(profiles.clientId, tenant.clientId),
      ),
    )
    .leftJoin(
      tests,
      and(
        eq(guessGuards.kind, 'start_code'),
        eq(tests.id, guessGuards.target),
        eq(tests.clientId, tenant.clientId),
      ),
    )
    .leftJoin(
      attempts,
      and(
        eq(guessGuards.kind, 'resume_code'),
        eq(attempts.id, guessGuards.target),
        eq(attempts.clientId, tenant.clientId),
      ),
    )
    .leftJoin(attemptStudent, eq(attemptStudent.id, attempts.studentId))
    .leftJoin(attemptTest, eq(attemptTest.id, attempts.testId))
    .where(
      and(
        eq(guessGuards.clientId, tenant.clientId),
        isNotNull(guessGuards.lastLockedAt),
        gte(guessGuards.lastLockedAt, sinceIso),
      ),
    )
    .orderBy(desc(guessGuards.lastLockedAt))
    .limit(200);
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    deviceId: r.deviceId,
    deviceName: r.deviceName,
    target: r.target,
    personName: r.signInName ?? r.studentName,
    testName: r.testName ?? r.attemptTestName,
    lockouts: r.lockouts,
    lastLockedAt: r.lastLockedAt ?? sinceIso,
    lockedUntilEstimate: r.lockedUntilEstimate,
  }));
}

/** The app uptime this computer last recorded, or 0 on its first start. */
export async function readDeviceUptime(db: Db, deviceId: string): Promise<number> {
  const rows = await db
    .select({ uptimeMs: deviceUptime.uptimeMs })
    .from(deviceUptime)
    .where(eq(deviceUptime.deviceId, deviceId))
    .limit(1);
  return rows[0]?.uptimeMs ?? 0;
}

/** Records this computer's uptime; it never goes down, whatever order writes arrive in. */
export async function saveDeviceUptime(
  db: Db,
  deviceId: string,
  uptimeMs: number,
  wallIso: string,
): Promise<void> {
  const value = Math.max(0, Math.floor(uptimeMs));
  await db
    .insert(deviceUptime)
    .values({ deviceId, uptimeMs: value, wallAt: wallIso })
    .onConflictDoUpdate({
      target: deviceUptime.deviceId,
      set: {
        uptimeMs: sql`MAX(${deviceUptime.uptimeMs}, ${value})`,
        wallAt: wallIso,
      },
    });
}
