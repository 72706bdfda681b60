import { z } from 'zod';
import type { Person } from '../../domain/organisation';
import type { PeopleImportReport } from '../../domain/people-import';
import { AUTHORING_ROLES, roleSchema, STAFF_ROLES } from '../../domain/roles';
import { idSchema } from '../../ids';
import { defineMethod } from '../define';

export const passwordSchema = z
  .string()
  .min(8, 'use at least 8 characters')
  .max(200, 'use at most 200 characters');

/** A people CSV, as base64; the same for checking it and for importing it. */
const peopleFileSchema = z
  .object({
    base64: z
      .string()
      .max(4_000_000, 'the file is too large (at most about 3 MB)')
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64'),
    skipInvalid: z.boolean().default(false),
  })
  .strict();

export const peopleMethods = {
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

  /** Clears a proctor's or admin's PIN at once (a PIN told to someone, a proctor who left); they set a new one themselves. */
  'people.resetPin': defineMethod<Person>()({
    input: z.object({ id: idSchema }).strict(),
    roles: ['admin'],
    mutates: true,
  }),

  'people.importPreview': defineMethod<PeopleImportReport>()({
    input: peopleFileSchema,
    roles: AUTHORING_ROLES,
    mutates: false,
  }),

  'people.import': defineMethod<PeopleImportReport>()({
    input: peopleFileSchema,
    roles: AUTHORING_ROLES,
    mutates: true,
  }),
} as const;
