import { z } from 'zod';
import type { Organisation } from '../../domain/organisation';
import { isLocalLogo, LOGO_TYPES_IN_WORDS } from '../../domain/logo';
import { ALL_ROLES } from '../../domain/roles';
import { uiLocaleSchema } from '../../i18n/locales';
import { defineMethod } from '../define';

const ADMIN = ['admin'] as const;

export const organisationMethods = {
  'organisation.get': defineMethod<Organisation>()({
    input: z.object({}).strict(),
    roles: ALL_ROLES,
    mutates: false,
  }),

  'organisation.update': defineMethod<Organisation>()({
    input: z
      .object({
        name: z.string().trim().min(1, 'the organisation needs a name').max(200).optional(),
        address: z.string().trim().max(1_000).nullable().optional(),
        logoUrl: z
          .string()
          .trim()
          .max(200_000)
          .refine(
            (v) => isLocalLogo(v),
            `must be an image file (${LOGO_TYPES_IN_WORDS}); the app does not load logos from the web`,
          )
          .nullable()
          .optional(),
        active: z.boolean().optional(),
        language: uiLocaleSchema.optional(),
      })
      .strict(),
    roles: ADMIN,
    mutates: true,
  }),

  /** The one change an inactive organisation's admin can still make: switching it back on. */
  'organisation.setActive': defineMethod<Organisation>()({
    input: z.object({ active: z.boolean() }).strict(),
    roles: ADMIN,
    mutates: true,
    openWhen: ['inactive'],
  }),
} as const;
