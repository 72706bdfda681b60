import { and, asc, eq } from 'drizzle-orm';
import type { DeviceRecord } from '@shared/domain/sync';
import type { Db } from '../client';
import { clients, devices } from '../schema/index';
import type { TenantContext } from '../tenant';

type DeviceRow = typeof devices.$inferSelect;

/** The organisation a system write (the sync runner's own bookkeeping) belongs to. */
export type OrgScope = Pick<TenantContext, 'clientId'>;

export function toDeviceRecord(row: DeviceRow, thisDeviceId: string): DeviceRecord {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    appVersion: row.appVersion,
    schemaVersion: row.schemaVersion,
    enrolledAt: row.enrolledAt,
    lastPushAt: row.lastPushAt,
    lastPullAt: row.lastPullAt,
    pendingChanges: row.pendingChanges,
    updatedAt: row.updatedAt,
    unenrolledAt: row.unenrolledAt,
    thisDevice: row.id === thisDeviceId,
  };
}

export interface DeviceReport {
  id: string;
  name: string;
  role: string;
  appVersion: string;
  schemaVersion: number;
  enrolledAt?: string | null;
  lastPushAt: string | null;
  lastPullAt: string | null;
  pendingChanges: number;
  lastError: string | null;
  unenrolledAt?: string | null;
  updatedAt: string;
}

/** Writes this device's own row; the runner calls it just before a push so the row travels with the work. */
export async function upsertDevice(db: Db, scope: OrgScope, report: DeviceReport): Promise<void> {
  const values = {
    clientId: scope.clientId,
    name: report.name,
    role: report.role,
    appVersion: report.appVersion,
    schemaVersion: report.schemaVersion,
    lastPushAt: report.lastPushAt,
    lastPullAt: report.lastPullAt,
    pendingChanges: report.pendingChanges,
    lastError: report.lastError,
    updatedAt: report.updatedAt,
    ...(report.enrolledAt === undefined ? {} : { enrolledAt: report.enrolledAt }),
    ...(report.unenrolledAt === undefined ? {} : { unenrolledAt: report.unenrolledAt }),
  };
  const existing = await db
    .select({ id: devices.id })
    .from(devices)
    .where(and(eq(devices.id, report.id), eq(devices.clientId, scope.clientId)))
    .limit(1);
  if (existing.length > 0) {
    // Only the columns that changed are replayed on the server, so each device only ever writes its own row.
    await db
      .update(devices)
      .set(values)
      .where(and(eq(devices.id, report.id), eq(devices.clientId, scope.clientId)));
  } else {
    await db.insert(devices).values({ id: report.id, ...values });
  }
}

export async function getDeviceRow(db: Db, scope: OrgScope, id: string): Promise<DeviceRow | null> {
  const rows = await db
    .select()
    .from(devices)
    .where(and(eq(devices.id, id), eq(devices.clientId, scope.clientId)))
    .limit(1);
  return rows[0] ?? null;
}

export async function listDevices(
  db: Db,
  tenant: TenantContext,
  thisDeviceId: string,
): Promise<DeviceRecord[]> {
  const rows = await db
    .select()
    .from(devices)
    .where(eq(devices.clientId, tenant.clientId))
    .orderBy(asc(devices.name), asc(devices.id));
  return rows.map((row) => toDeviceRecord(row, thisDeviceId));
}

/**
 * The organisation a tenant database belongs to (one per database; the oldest
 * if a database was ever given two). For the device's own bookkeeping, which
 * runs without a signed-in session.
 */
export async function tenantOrganisationId(db: Db): Promise<string | null> {
  const rows = await db
    .select({ id: clients.id })
    .from(clients)
    .orderBy(asc(clients.createdAt), asc(clients.id))
    .limit(1);
  return rows[0]?.id ?? null;
}
