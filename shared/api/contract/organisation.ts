import { z } from 'zod';
import type { AuditEntry } from '../../domain/audit';
import type { Organisation, Person } from '../../domain/organisation';
import type { PeopleImportReport } from '../../domain/people-import';
import { ALL_ROLES, AUTHORING_ROLES, roleSchema, STAFF_ROLES } from '../../domain/roles';
import type { Plan, Subscription } from '../../domain/subscriptions';
import { idSchema } from '../../ids';
import { defineMethod } from '../define';

const ADMIN = ['admin'] as const;

export const passwordSchema = z
  .string()
  .min(8, 'use at least 8 characters')
  .max(200, 'use at most 200 characters');

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
            (v) => /^(https:\/\/|data:image\/(png|jpeg|svg\+xml|webp);base64,)/.test(v),
            'must be an https URL or an image data URL',
          )
          .nullable()
          .optional(),
        active: z.boolean().optional(),
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
  }),

  'people.list': defineMethod<Person[]>()({
    input: z
      .object({
        role: roleSchema.optional(),
        search: z.string().max(200).optional(),
        includeInactive: z.boolean().optional(),
      })
      .strict(),
    roles: STAFF_ROLES,
    mutates: false,
  }),
  'people.get': defineMethod<Person>()({
    input: z.object({ id: idSchema }).strict(),
    roles: STAFF_ROLES,
    mutates: false,
  }),
  'people.create': defineMethod<Person>()({
    input: z
      .object({
        name: z.string().trim().min(1, 'a name is required').max(200),
        email: z.string().trim().max(320).pipe(z.email('enter a valid email address')),
        role: roleSchema,
        password: passwordSchema,
      })
      .strict(),
    roles: AUTHORING_ROLES,
    mutates: true,
  }),
  'people.update': defineMethod<Person>()({
    input: z
      .object({
        id: idSchema,
        name: z.string().trim().min(1, 'a name is required').max(200).optional(),
        role: roleSchema.optional(),
        active: z.boolean().optional(),
      })
      .strict(),
    roles: AUTHORING_ROLES,
    mutates: true,
  }),
  'people.resetPassword': defineMethod<Person>()({
    input: z.object({ id: idSchema, password: passwordSchema }).strict(),
    roles: AUTHORING_ROLES,
    mutates: true,
  }),

  'people.importPreview': defineMethod<PeopleImportReport>()({
    input: z
      .object({
        base64: z
          .string()
          .max(4_000_000, 'the file is too large (at most about 3 MB)')
          .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64'),
        skipInvalid: z.boolean().default(false),
      })
      .strict(),
    roles: AUTHORING_ROLES,
    mutates: false,
  }),

  'people.import': defineMethod<PeopleImportReport>()({
    input: z
      .object({
        base64: z
          .string()
          .max(4_000_000, 'the file is too large (at most about 3 MB)')
          .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64'),
        skipInvalid: z.boolean().default(false),
      })
      .strict(),
    roles: AUTHORING_ROLES,
    mutates: true,
  }),

  'audit.list': defineMethod<AuditEntry[]>()({
    input: z
      .object({
        userId: idSchema.optional(),
        action: z.string().max(100).optional(),
        resourceType: z.string().max(100).optional(),
        resourceId: z.string().max(100).optional(),
        from: z.iso.datetime({ offset: true }).optional(),
        to: z.iso.datetime({ offset: true }).optional(),
        limit: z.number().int().min(1).max(5_000).optional(),
      })
      .strict(),
    roles: ADMIN,
    mutates: false,
  }),

  'subscription.get': defineMethod<{ subscription: Subscription | null; plans: Plan[] }>()({
    input: z.object({}).strict(),
    roles: ADMIN,
    mutates: false,
  }),
} as const;
