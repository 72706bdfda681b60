import { z } from 'zod';
import { type Accommodation, accommodationInputSchema } from '../../domain/accommodations';
import { AUTHORING_ROLES, STAFF_ROLES } from '../../domain/roles';
import { idSchema } from '../../ids';
import { defineMethod } from '../define';

export const accommodationsMethods = {
  /** Live accommodations of the organisation, of one student or one test when asked. */
  'accommodations.list': defineMethod<Accommodation[]>()({
    input: z.object({ studentId: idSchema.optional(), testId: idSchema.optional() }).strict(),
    roles: STAFF_ROLES,
    mutates: false,
  }),

  /**
   * Sets what a student is given, for every test (`testId` null) or for one:
   * it replaces the student's accommodation for that test, or adds one. It
   * applies to attempts started from now on.
   */
  'accommodations.set': defineMethod<Accommodation>()({
    input: accommodationInputSchema,
    roles: AUTHORING_ROLES,
    mutates: true,
  }),

  /** Removes an accommodation; attempts already started keep what they were given. */
  'accommodations.remove': defineMethod<{ id: string }>()({
    input: z.object({ id: idSchema }).strict(),
    roles: AUTHORING_ROLES,
    mutates: true,
  }),
} as const;
