import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';

/**
 * This installation's identity and local settings. Kept in a file next to the
 * database, not in it: the database syncs, and these are per-device.
 */
export const deviceFileSchema = z.looseObject({
  deviceId: z.string().min(1),
  name: z.string().min(1),
  createdAt: z.string(),
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
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, FILE);
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(device, null, 2), { mode: 0o600 });
  renameSync(tmp, path);
}
