import { z } from 'zod';
import type { SessionInfo } from '../../domain/organisation';
import { PIN_RULE, pinProblem } from '../../auth/pin-rules';
import { ALL_ROLES, PROCTORING_ROLES, type Role } from '../../domain/roles';
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

/** Whether the signed-in proctor or admin has a PIN, and the rule a new one must meet. */
export interface PinStatus {
  set: boolean;
  rule: string;
}

/** A new proctor PIN: digits only, checked against the PIN rule (shared/auth/pin-rules.ts). */
export const newPinSchema = z
  .string()
  .transform((v) => v.replace(/[\s-]/g, ''))
  .superRefine((pin, ctx) => {
    const problem = pinProblem(pin);
    if (problem) ctx.addIssue({ code: 'custom', message: `${problem}. ${PIN_RULE}` });
  });

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

  /** The person used the window (a key press or a click): a staff session's idle time starts again. */
  'auth.keepAlive': defineMethod<null>()({
    input: z.object({}).strict(),
    roles: ALL_ROLES,
    mutates: false,
  }),

  'auth.pinStatus': defineMethod<PinStatus>()({
    input: z.object({}).strict(),
    roles: PROCTORING_ROLES,
    mutates: false,
  }),

  /**
   * Sets or changes the signed-in proctor's or admin's own PIN. Their account
   * password confirms it is them; wrong passwords count towards their sign-in lockout.
   */
  'auth.setPin': defineMethod<PinStatus>()({
    input: z
      .object({
        password: z.string().min(1, 'enter your account password').max(1_000),
        pin: newPinSchema,
      })
      .strict(),
    roles: PROCTORING_ROLES,
    mutates: true,
    openWhen: ['lapsed'],
  }),

  'auth.signOut': defineMethod<null>()({
    input: z.object({}).strict(),
    roles: ALL_ROLES,
    mutates: true,
    // Signing out is never refused: a read-only computer must still let people leave.
    openWhen: READ_ONLY_STATES,
  }),
} as const;
