import type { Db } from '@db/client';
import { getDeviceRow, tenantOrganisationId, upsertDevice } from '@db/repositories/devices';
import type { DeviceFile } from '../../app/device';
import type { ServiceEnv } from '../service-env';

export interface DeviceReportInput {
  lastPushAt: string | null;
  lastPullAt: string | null;
  pendingChanges: number;
  lastError: string | null;
  enrolledAt?: string | null;
  unenrolledAt?: string | null;
}

/**
 * Writes this device's row in the tenant's `devices` table. Bookkeeping, not a
 * person's change: it is not audited (enrolling and un-enrolling are), and it is
 * written only when the values differ, so it never causes a push by itself.
 */
export async function reportDevice(
  db: Db,
  env: Pick<ServiceEnv, 'appVersion' | 'clock'>,
  device: DeviceFile,
  schemaVersion: number,
  input: DeviceReportInput,
): Promise<boolean> {
  const clientId = await tenantOrganisationId(db);
  if (!clientId) return false;
  const scope = { clientId };
  const current = await getDeviceRow(db, scope, device.deviceId);
  const next = {
    name: device.name,
    role: device.enrolment?.deviceRole ?? 'exam',
    appVersion: env.appVersion,
    schemaVersion,
    lastPushAt: input.lastPushAt,
    lastPullAt: input.lastPullAt,
    pendingChanges: input.pendingChanges,
    lastError: input.lastError,
  };
  const same =
    current !== null &&
    current.name === next.name &&
    current.role === next.role &&
    current.appVersion === next.appVersion &&
    current.schemaVersion === next.schemaVersion &&
    current.lastPushAt === next.lastPushAt &&
    current.lastPullAt === next.lastPullAt &&
    current.pendingChanges === next.pendingChanges &&
    current.lastError === next.lastError &&
    input.enrolledAt === undefined &&
    input.unenrolledAt === undefined;
  if (same) return false;
  await upsertDevice(db, scope, {
    id: device.deviceId,
    ...next,
    updatedAt: new Date(env.clock.nowMs()).toISOString(),
    ...(input.enrolledAt === undefined ? {} : { enrolledAt: input.enrolledAt }),
    ...(input.unenrolledAt === undefined ? {} : { unenrolledAt: input.unenrolledAt }),
  });
  return true;
}
