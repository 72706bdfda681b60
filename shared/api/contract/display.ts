import { z } from 'zod';
import { type DisplaySettings, displaySettingsSchema } from '../../domain/display';
import { OPEN_DURING_AN_EXAM } from '../../domain/write-access';
import { defineMethod } from '../define';

const STUDENT = ['student'] as const;

export const displayMethods = {
  /** The signed-in student's text size, line spacing, contrast and theme. */
  'display.settings': defineMethod<DisplaySettings>()({
    input: z.object({}).strict(),
    roles: STUDENT,
    mutates: false,
  }),

  /** Saves them; they follow the student to every computer and into the exam. */
  'display.update': defineMethod<DisplaySettings>()({
    input: displaySettingsSchema,
    roles: STUDENT,
    mutates: true,
    // A student may change them in the middle of an exam, which nothing stops.
    openWhen: OPEN_DURING_AN_EXAM,
  }),
} as const;
