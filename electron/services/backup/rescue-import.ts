import { nowIsoOf } from '@db/env';
import { mutate } from '@db/mutation';
import {
  firstRescueImport,
  registeredSigningKeys,
  RESCUE_TABLES,
  writeRescueRows,
} from '@db/backup/rescue-rows';
import type { TenantContext } from '@db/tenant';
import { ApiError, invalid } from '@shared/api/result';
import type { RescueImportResult } from '@shared/domain/backup';
import type { ServiceEnv } from '../service-env';
import { readRescueFile } from './rescue-file';
import { rewriteRescuedSummaries } from './rescued-summaries';

/**
 * Imports a rescue file into this computer's database (and so, by sync, the
 * organisation's): once. Rows are matched by id, so a second import of the
 * same file finds everything there and changes nothing, and says so.
 */
export async function importRescue(
  env: ServiceEnv,
  tenant: TenantContext,
  fileText: string,
): Promise<RescueImportResult> {
  const { payload, publicKey } = readRescueFile(fileText);
  if (payload.organisationId !== tenant.clientId) {
    throw invalid('fileText', 'rescue.otherOrganisation');
  }
  for (const table of RESCUE_TABLES) {
    for (const row of payload.tables[table]) {
      if (
        row.client_id !== undefined &&
        row.client_id !== null &&
        row.client_id !== tenant.clientId
      ) {
        throw invalid('fileText', 'rescue.otherOrganisationRow', { table });
      }
    }
  }
  const keys = await registeredSigningKeys(env.db(), tenant.clientId, payload.deviceId);
  if (!keys.includes(publicKey)) {
    throw invalid('fileText', 'rescue.unknownKey', { device: payload.deviceName });
  }
  const before = await firstRescueImport(env.db(), tenant.clientId, payload.rescueId);
  const noChange = new Error('nothing to import');
  let tables: RescueImportResult['tables'] = {};
  try {
    await mutate(env, tenant, async (tx) => {
      const changedAttempts = new Set<string>();
      const outcome = await writeRescueRows(tx, tenant.clientId, payload.tables, changedAttempts);
      await rewriteRescuedSummaries(
        tx,
        tenant.clientId,
        payload.tables,
        changedAttempts,
        nowIsoOf(env),
      );
      tables = outcome;
      const changed = Object.values(outcome).some((t) => t.added + t.updated > 0);
      // A file already imported changes nothing, and writes no audit row: nothing happened.
      if (!changed && before !== null) throw noChange;
      return {
        value: null,
        audit: {
          action: 'rescue.import',
          resourceType: 'rescue',
          resourceId: payload.rescueId,
          // A diff, like every audit row: what was imported, from where.
          changes: {
            import: [
              null,
              {
                fromDevice: payload.deviceId,
                fromDeviceName: payload.deviceName,
                writtenAt: payload.createdAt,
                readFrom: payload.readFrom,
                problems: payload.problems,
                tables: outcome,
              },
            ],
          },
        },
      };
    });
  } catch (error) {
    if (error !== noChange) {
      if (error instanceof ApiError) throw error;
      throw invalid('fileText', 'rescue.notImported', {
        detail: error instanceof Error ? error.message : String(error),
      });
    }
    return {
      rescueId: payload.rescueId,
      fromDevice: { id: payload.deviceId, name: payload.deviceName },
      createdAt: payload.createdAt,
      alreadyImported: true,
      importedAt: before,
      tables,
    };
  }
  return {
    rescueId: payload.rescueId,
    fromDevice: { id: payload.deviceId, name: payload.deviceName },
    createdAt: payload.createdAt,
    alreadyImported: false,
    importedAt: await firstRescueImport(env.db(), tenant.clientId, payload.rescueId),
    tables,
  };
}
