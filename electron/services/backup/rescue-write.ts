import { existsSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { nowIsoOf } from '@db/env';
import { mutate } from '@db/mutation';
import type { TenantContext } from '@db/tenant';
import { invalid } from '@shared/api/result';
import type { RescueWriteResult, SnapshotSummary } from '@shared/domain/backup';
import type { ServiceEnv } from '../service-env';
import type { FileDialogs } from './file-dialogs';
import { OtherOrganisationFolder, type RescueExport } from './rescue-export';
import { exportRescueOffThread } from './rescue-export-thread';
import { snapshotDatabasePath } from './snapshot-store';

export interface RescueWriteDeps {
  env: ServiceEnv;
  /** This computer's data folder. */
  dataDir: string;
  /** Takes a snapshot of the running database (the backup service's, queued with the others). */
  snapshot: () => Promise<SnapshotSummary>;
  /** The desktop app's dialogs; null in the browser preview. */
  dialogs: FileDialogs | null;
}

export type RescueWriteInput =
  { from: 'this-computer' } | { from: 'folder'; folder?: string | undefined };

/** A file name that says whose rescue it is and when, in characters every file system takes. */
export function rescueFileName(deviceName: string, createdAtIso: string): string {
  const device = deviceName.replace(/[^0-9A-Za-z]+/g, '-').replace(/^-+|-+$/g, '') || 'computer';
  const when = createdAtIso.slice(0, 16).replace(/[^0-9]/g, '');
  return `rescue-${device.slice(0, 60)}-${when}.json`;
}

/** A typed data folder, checked before anything reads it. */
function checkedFolder(dataDir: string, typed: string): string {
  if (!isAbsolute(typed)) {
    throw invalid('folder', 'rescue.fullPath');
  }
  const folder = resolve(typed);
  if (folder === resolve(dataDir)) {
    throw invalid('folder', 'rescue.ownFolder');
  }
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw invalid('folder', 'rescue.notAFolder');
  }
  if (!existsSync(join(folder, 'device.json'))) {
    throw invalid('folder', 'rescue.notDataFolder');
  }
  return folder;
}

/** The folder to rescue: picked in the desktop app's dialog, typed in the preview. Null: closed. */
async function folderToRescue(
  deps: RescueWriteDeps,
  typed: string | undefined,
): Promise<string | null> {
  if (deps.dialogs) {
    if (typed !== undefined) {
      throw invalid('folder', 'rescue.pickInDialog');
    }
    const picked = await deps.dialogs.chooseFolder('The data folder of the computer to rescue');
    return picked === null ? null : checkedFolder(deps.dataDir, picked);
  }
  if (typed === undefined) throw invalid('folder', 'rescue.folderMissing');
  return checkedFolder(deps.dataDir, typed);
}

async function readRescue(
  deps: RescueWriteDeps,
  tenant: TenantContext,
  input: RescueWriteInput,
): Promise<{ written: RescueExport; folder: string | null } | null> {
  const base = { nowIso: nowIsoOf(deps.env), newId: deps.env.ids, organisationId: tenant.clientId };
  if (input.from === 'this-computer') {
    // A snapshot taken now is a consistent copy; the live file is being written while the app runs.
    const snapshot = await deps.snapshot();
    const written = await exportRescueOffThread({
      ...base,
      dataDir: deps.dataDir,
      sources: [snapshotDatabasePath(deps.dataDir, snapshot.name)],
    });
    return { written, folder: null };
  }
  const folder = await folderToRescue(deps, input.folder);
  if (folder === null) return null;
  try {
    return { written: await exportRescueOffThread({ ...base, dataDir: folder }), folder };
  } catch (error) {
    if (error instanceof OtherOrganisationFolder) {
      throw invalid('folder', 'rescue.otherOrganisationFolder');
    }
    throw invalid('folder', 'rescue.unreadable', {
      detail: error instanceof Error ? error.message : String(error),
    });
  }
}

/**
 * Writes a signed rescue file of this computer's unsent attempts, or of
 * another computer's data folder, and records that it was written: the file
 * holds students' answers, so who took them out, and from where, is audited.
 */
export async function writeRescue(
  deps: RescueWriteDeps,
  tenant: TenantContext,
  input: RescueWriteInput,
): Promise<RescueWriteResult> {
  const read = await readRescue(deps, tenant, input);
  if (!read) return { written: false };
  const { written, folder } = read;
  const fileName = rescueFileName(written.deviceName, nowIsoOf(deps.env));
  let delivery: Extract<RescueWriteResult, { written: true }>['delivery'];
  if (deps.dialogs) {
    const savedTo = await deps.dialogs.chooseSavePath('Save the rescue file', fileName);
    if (savedTo === null) return { written: false };
    // Written by the I/O thread pool: a rescue of a busy computer can be tens of megabytes,
    // and the exam on this computer keeps saving meanwhile.
    await writeFile(savedTo, written.text, { mode: 0o600 });
    delivery = { kind: 'saved', savedTo };
  } else {
    delivery = { kind: 'download', fileName, fileText: written.text };
  }
  await mutate(deps.env, tenant, () =>
    Promise.resolve({
      value: null,
      audit: {
        action: 'rescue.export',
        resourceType: 'rescue',
        resourceId: written.rescueId,
        changes: {
          export: [
            null,
            {
              fromDevice: written.deviceId,
              fromDeviceName: written.deviceName,
              folder,
              readFrom: written.readFrom,
              problems: written.problems,
              counts: written.counts,
              savedTo: delivery.kind === 'saved' ? delivery.savedTo : null,
            },
          ],
        },
      },
    }),
  );
  return {
    written: true,
    rescueId: written.rescueId,
    fromDevice: { id: written.deviceId, name: written.deviceName },
    counts: written.counts,
    problems: written.problems,
    unregisteredKey: written.unregisteredKey,
    delivery,
  };
}
