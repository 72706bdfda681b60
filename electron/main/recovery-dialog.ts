import { dialog } from 'electron';
import { join } from 'node:path';
import { type DatabaseDamagedError } from '@db/backup/damage';
import { loadOrCreateDevice } from '../app/device';
import { newId } from '@shared/ids';
import {
  latestGoodSnapshot,
  rebuildFromServer,
  restoreOffline,
  type OfflineContext,
} from '../services/backup/recovery';
import type { SecretStore } from '../services/sync/secret-store';

/**
 * The app found its database damaged at start and opened nothing. It says
 * what is wrong and offers the way back: the newest whole snapshot, or the
 * organisation's database downloaded again; either keeps every attempt the
 * damaged file still gives. Answers whether to try starting again.
 */
export async function offerRecovery(
  error: DatabaseDamagedError,
  dataDir: string,
  secretStore: SecretStore,
): Promise<boolean> {
  const device = loadOrCreateDevice(dataDir, newId, new Date().toISOString());
  let server: OfflineContext['server'] = null;
  if (device.enrolment) {
    try {
      server = { url: device.enrolment.url, token: await secretStore.open(device.enrolment.token) };
    } catch {
      server = null;
    }
  }
  const snapshot = latestGoodSnapshot(dataDir);
  const choices = [
    ...(snapshot ? [`Restore the snapshot ${snapshot}`] : []),
    ...(server ? ['Download the organisation database again'] : []),
    'Quit',
  ];
  const { response } = await dialog.showMessageBox({
    type: 'error',
    title: 'The database on this computer is damaged',
    message: 'Exam Desk will not run on a damaged database.',
    detail: `${error.problems.join('\n')}\n\nThe damaged files are kept in ${join(dataDir, 'damaged')}. Whatever of this computer's attempts can still be read from them is put back.`,
    buttons: choices,
    cancelId: choices.length - 1,
    defaultId: 0,
  });
  const picked = choices[response] ?? 'Quit';
  const ctx: OfflineContext = { dataDir, device, server };
  if (picked.startsWith('Restore')) await restoreOffline(ctx, snapshot);
  else if (picked.startsWith('Download')) await rebuildFromServer(ctx);
  else return false;
  return true;
}
