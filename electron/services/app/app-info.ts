import type { AppInfo } from '@shared/api/contract/app';
import type { SchemaState } from '@db/migrate';

export const APP_NAME = 'Exam Desk';
export const APP_VERSION = '0.1.0';

/** What any window may know about this installation before anyone signs in. */
export function readAppInfo(state: {
  schema: SchemaState;
  enrolled: boolean;
  deviceId: string;
  deviceName: string;
}): AppInfo {
  return {
    name: APP_NAME,
    version: APP_VERSION,
    schemaVersion: state.schema.databaseVersion,
    syncMode: state.enrolled ? 'enrolled' : 'local-only',
    updateRequired: state.schema.outdated,
    deviceId: state.deviceId,
    deviceName: state.deviceName,
  };
}
