import { z } from 'zod';
import type { SessionInfo } from '../../domain/organisation';
import { ALL_ROLES, type Role } from '../../domain/roles';
import { READ_ONLY_STATES } from '../../domain/write-access';
import { defineMethod } from '../define';

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
    // Signing out is never refused: a read-only computer must still let people leave.
    openWhen: READ_ONLY_STATES,
  }),
} as const;
