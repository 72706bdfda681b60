import { z } from 'zod';
import type { SessionInfo } from '../../domain/organisation';
import { ALL_ROLES, type Role } from '../../domain/roles';
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

/** A demo login the login screen offers to fill in. */
export interface DemoAccount {
  name: string;
  email: string;
  role: Role;
}

/** The demo organisation's logins that still work as seeded; only ever for the demo organisation. */
export interface DemoSignIns {
  organisation: string;
  password: string;
  accounts: DemoAccount[];
}

export const authMethods = {
  'app.info': defineMethod<AppInfo>()({
    input: z.object({}).strict(),
    roles: 'public',
    mutates: false,
  }),
  /** Null unless this computer holds the demo organisation: a real organisation's people are never listed. */
  'auth.demoAccounts': defineMethod<DemoSignIns | null>()({
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
