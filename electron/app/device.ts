import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { deviceRoleSchema } from '@shared/sync/enrolment';

/** The enrolment token as kept on disk: sealed by the OS where it can, plain where it cannot. */
export const sealedSecretSchema = z.object({
  scheme: z.enum(['safeStorage', 'plain']),
  value: z.string(),
});
export type SealedSecret = z.infer<typeof sealedSecretSchema>;

export const deviceEnrolmentSchema = z.object({
  url: z.string().min(1),
  token: sealedSecretSchema,
  deviceRole: deviceRoleSchema,
  enrolledAt: z.string(),
  organisation: z.string().nullable(),
});
export type DeviceEnrolment = z.infer<typeof deviceEnrolmentSchema>;

/**
 * This installation's identity and local settings. Kept in a file next to the
 * database, not in it: the database syncs, and these are per-device.
 */
export const deviceFileSchema = z.looseObject({
  deviceId: z.string().min(1),
  name: z.string().min(1),
  createdAt: z.string(),
  /** Present while the device is enrolled into an organisation's Turso database. */
  enrolment: deviceEnrolmentSchema.optional(),
  /**
   * The sync URL this database file has exchanged data with. A file is bound to
   * one tenant database: it may re-enrol there, never publish into another.
   */
  syncedWith: z.string().optional(),
  /** The last export of unsent changes; lets an admin un-enrol with work that never reached the server. */
  lastExport: z.object({ at: z.string(), path: z.string(), changeMark: z.number() }).optional(),
});
export type DeviceFile = z.infer<typeof deviceFileSchema>;

const FILE = 'device.json';

export function loadOrCreateDevice(
  dataDir: string,
  newId: () => string,
  nowIso: string,
): DeviceFile {
  const path = join(dataDir, FILE);
  if (existsSync(path)) {
    const parsed = deviceFileSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    if (parsed.success) return parsed.data;
  }
  const device: DeviceFile = {
    deviceId: newId(),
    name: hostname() || 'exam-device',
    createdAt: nowIso,
  };
  writeDeviceFile(dataDir, device);
  return device;
}

/** Atomic replace, so a crash mid-write never leaves a half file. */
export function writeDeviceFile(dataDir: string, device: DeviceFile): void {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const path = join(dataDir, FILE);
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(device, null, 2), { mode: 0o600 });
  renameSync(tmp, path);
}
