import { z } from 'zod';
import type { SessionInfo } from '../../domain/organisation';
import { ALL_ROLES } from '../../domain/roles';
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

export const authMethods = {
  'app.info': defineMethod<AppInfo>()({
    input: z.object({}).strict(),
    roles: 'public',
    mutates: false,
  }),
  'auth.session': defineMethod<SessionInfo | null>()({
    input: z.object({}).strict(),
    roles: 'public',
    mutates: false,
  }),
  'auth.signIn': defineMethod<SessionInfo>()({
    input: z
      .object({
        email: z
          .string()
          .trim()
          .min(1, 'enter your email')
          .max(320)
          .pipe(z.email('enter a valid email address')),
        password: z.string().min(1, 'enter your password').max(1_000),
      })
      .strict(),
    roles: 'public',
    mutates: true,
  }),
  'auth.signOut': defineMethod<null>()({
    input: z.object({}).strict(),
    roles: ALL_ROLES,
    mutates: true,
  }),
} as const;
