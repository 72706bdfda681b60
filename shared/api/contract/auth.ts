import { z } from 'zod';
import type { SessionInfo } from '../../domain/organisation';
import { ALL_ROLES } from '../../domain/roles';
import { READ_ONLY_STATES } from '../../domain/write-access';
import { defineMethod } from '../define';

export const authMethods = {
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
