import { and, asc, desc, eq, isNull, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { notFound } from '@shared/api/result';
import type { Accommodation, AccommodationTerms } from '@shared/domain/accommodations';
import type { Db } from '../client';
import { accommodations, profiles, tests } from '../schema/index';
import type { TenantContext } from '../tenant';

/**
 * Accommodations: per student, or per student and test. Every query is scoped
 * by the caller's organisation, and a student only ever reads their own.
 */

export type AccommodationRow = typeof accommodations.$inferSelect;

const updater = alias(profiles, 'accommodation_updater');

export function toAccommodation(
  row: AccommodationRow,
  names: { studentName: string; testName: string | null; updatedByName: string | null },
): Accommodation {
  return {
    id: row.id,
    studentId: row.studentId,
    studentName: names.studentName,
    testId: row.testId,
    testName: names.testName,
    ...toTerms(row),
    note: row.note,
    updatedAt: row.updatedAt,
    updatedByName: names.updatedByName,
  };
}

export function toTerms(row: AccommodationRow): AccommodationTerms {
  return {
    timeMultiplier: row.timeMultiplier,
    extraMinutes: row.extraMinutes,
    availableFrom: row.availableFrom,
    availableUntil: row.availableUntil,
    extraAttempts: row.extraAttempts,
    restBreakMinutes: row.restBreakMinutes,
  };
}

function liveScope(tenant: TenantContext): SQL[] {
  const conditions: SQL[] = [
    eq(accommodations.clientId, tenant.clientId),
    isNull(accommodations.deletedAt),
  ];
  if (tenant.role === 'student') conditions.push(eq(accommodations.studentId, tenant.profileId));
  return conditions;
}

export interface AccommodationFilter {
  studentId?: string | undefined;
  testId?: string | undefined;
}

/** Live accommodations of the organisation, by student name, general ones before per-test ones. */
export async function listAccommodations(
  db: Db,
  tenant: TenantContext,
  filter: AccommodationFilter = {},
): Promise<Accommodation[]> {
  const conditions = liveScope(tenant);
  if (filter.studentId) conditions.push(eq(accommodations.studentId, filter.studentId));
  if (filter.testId) conditions.push(eq(accommodations.testId, filter.testId));
  const rows = await db
    .select({
      row: accommodations,
      studentName: profiles.name,
      testName: tests.testName,
      updatedByName: updater.name,
    })
    .from(accommodations)
    .innerJoin(
      profiles,
      and(eq(profiles.id, accommodations.studentId), eq(profiles.clientId, tenant.clientId)),
    )
    .leftJoin(tests, and(eq(tests.id, accommodations.testId), eq(tests.clientId, tenant.clientId)))
    .leftJoin(
      updater,
      and(eq(updater.id, accommodations.updatedBy), eq(updater.clientId, tenant.clientId)),
    )
    .where(and(...conditions))
    .orderBy(
      asc(profiles.name),
      asc(tests.testName),
      desc(accommodations.updatedAt),
      desc(accommodations.id),
    );
  return rows.map((r) =>
    toAccommodation(r.row, {
      studentName: r.studentName,
      testName: r.testName,
      updatedByName: r.updatedByName,
    }),
  );
}

/** Every live accommodation row of one student (general and per test), for resolving what applies. */
export async function studentAccommodationRows(
  db: Db,
  tenant: TenantContext,
  studentId: string,
): Promise<AccommodationRow[]> {
  return db
    .select()
    .from(accommodations)
    .where(and(...liveScope(tenant), eq(accommodations.studentId, studentId)));
}

export async function getAccommodationRow(
  db: Db,
  tenant: TenantContext,
  id: string,
): Promise<AccommodationRow> {
  const rows = await db
    .select()
    .from(accommodations)
    .where(and(eq(accommodations.id, id), ...liveScope(tenant)))
    .limit(1);
  const row = rows[0];
  if (!row) throw notFound('accommodation');
  return row;
}

/** The live row for a student and a test (or none: every test), newest first when two were made offline. */
export async function findLiveAccommodation(
  db: Db,
  tenant: TenantContext,
  studentId: string,
  testId: string | null,
): Promise<AccommodationRow | null> {
  const rows = await db
    .select()
    .from(accommodations)
    .where(
      and(
        ...liveScope(tenant),
        eq(accommodations.studentId, studentId),
        testId === null ? isNull(accommodations.testId) : eq(accommodations.testId, testId),
      ),
    )
    .orderBy(desc(accommodations.updatedAt), desc(accommodations.id))
    .limit(1);
  return rows[0] ?? null;
}

export interface AccommodationValues extends AccommodationTerms {
  note: string | null;
}

/** Adds an accommodation in the caller's organisation. */
export async function insertAccommodation(
  db: Db,
  tenant: TenantContext,
  a: AccommodationValues & { id: string; studentId: string; testId: string | null; nowIso: string },
): Promise<void> {
  await db.insert(accommodations).values({
    id: a.id,
    clientId: tenant.clientId,
    studentId: a.studentId,
    testId: a.testId,
    timeMultiplier: a.timeMultiplier,
    extraMinutes: a.extraMinutes,
    availableFrom: a.availableFrom,
    availableUntil: a.availableUntil,
    extraAttempts: a.extraAttempts,
    restBreakMinutes: a.restBreakMinutes,
    note: a.note,
    createdBy: tenant.profileId,
    createdAt: a.nowIso,
    updatedBy: tenant.profileId,
    updatedAt: a.nowIso,
  });
}

export async function updateAccommodation(
  db: Db,
  tenant: TenantContext,
  id: string,
  values: AccommodationValues,
  nowIso: string,
): Promise<void> {
  const result = await db
    .update(accommodations)
    .set({ ...values, updatedBy: tenant.profileId, updatedAt: nowIso })
    .where(and(eq(accommodations.id, id), ...liveScope(tenant)));
  if (result.changes !== 1) throw notFound('accommodation');
}

/** Soft delete, so the removal syncs and an edit from elsewhere never brings it back. */
export async function deleteAccommodation(
  db: Db,
  tenant: TenantContext,
  id: string,
  nowIso: string,
): Promise<void> {
  const result = await db
    .update(accommodations)
    .set({ deletedAt: nowIso, updatedBy: tenant.profileId, updatedAt: nowIso })
    .where(and(eq(accommodations.id, id), ...liveScope(tenant)));
  if (result.changes !== 1) throw notFound('accommodation');
}
