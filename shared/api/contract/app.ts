import { z } from 'zod';
import { defineMethod } from '../define';

export interface AppInfo {
  name: string;
  version: string;
  schemaVersion: number;
  /** local-only until the device is enrolled for sync. */
  syncMode: 'local-only' | 'enrolled';
  /** True when the data on this device is newer than this app understands. */
  updateRequired: boolean;
  /** This installation, as recorded on attempts and audit rows it writes. */
  deviceId: string;
  deviceName: string;
}

export const appMethods = {
  'app.info': defineMethod<AppInfo>()({
    input: z.object({}).strict(),
    roles: 'public',
    mutates: false,
  }),
} as const;
