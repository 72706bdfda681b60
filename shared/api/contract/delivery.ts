import { z } from 'zod';
import type { AvailableTest } from '../../domain/delivery';
import { defineMethod } from '../define';

const STUDENT = ['student'] as const;

export const deliveryMethods = {
  'exams.available': defineMethod<AvailableTest[]>()({
    input: z.object({}).strict(),
    roles: STUDENT,
    mutates: false,
  }),
} as const;
