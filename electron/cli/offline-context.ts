import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deviceFileSchema, type DeviceFile } from '../app/device';
import type { OfflineContext } from '../services/backup/recovery';
import { plainSecretStore } from '../services/sync/secret-store';

/**
 * What the restore and rescue scripts know of a data folder: its device.json
 * and, when the token is kept plain (scripts have no OS keyring), its server.
 */
export async function offlineContext(
  dataDir: string,
): Promise<OfflineContext & { note: string | null }> {
  const path = join(dataDir, 'device.json');
  if (!existsSync(path))
    throw new Error(`${dataDir} has no device.json: it is not an Exam Desk data folder.`);
  const device: DeviceFile = deviceFileSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  if (!device.enrolment) return { dataDir, device, server: null, note: null };
  try {
    const token = await plainSecretStore.open(device.enrolment.token);
    return {
      dataDir,
      device,
      server: { url: device.enrolment.url, token, timeoutMs: 5_000 },
      note: null,
    };
  } catch (error) {
    return {
      dataDir,
      device,
      server: null,
      note: error instanceof Error ? error.message : String(error),
    };
  }
}
