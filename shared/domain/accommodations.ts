import { z } from 'zod';
import { accommodatedLimitMs } from '../exam-clock/granted-time';
import { idSchema } from '../ids';

/**
 * Accommodations, as Examplify, Inspera and Moodle's user overrides offer
 * them: per student for every test, or per student for one test. What a
 * student is given at a test is the per-test accommodation's terms where it
 * sets them, and the general one's elsewhere (`resolveAccommodation`).
 */

/** What an accommodation grants; a null term grants nothing of that kind. */
export interface AccommodationTerms {
  /** The time allowed times this (1.5 is time and a half). */
  timeMultiplier: number | null;
  /** Minutes added to the time allowed, after the multiplier. */
  extraMinutes: number | null;
  /** The student's own window for the test (per-test accommodations only). */
  availableFrom: string | null;
  availableUntil: string | null;
  /** Attempts on top of the test's own. */
  extraAttempts: number | null;
  /** Rest break time per attempt, each break approved by a proctor. */
  restBreakMinutes: number | null;
}

export interface Accommodation extends AccommodationTerms {
  id: string;
  studentId: string;
  studentName: string;
  /** Null: for every test. */
  testId: string | null;
  testName: string | null;
  note: string | null;
  updatedAt: string;
  updatedByName: string | null;
}

export const MAX_TIME_MULTIPLIER = 4;

const isoDateTime = z.iso.datetime({ offset: true, error: 'must be an ISO-8601 date and time' });

/** Hundredths at most: 1.25 and 1.5 are fine, 1.333 is not a multiplier a person sets. */
const hundredths = (v: number) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-9;

const termsShape = {
  timeMultiplier: z
    .number({ error: 'must be a number, such as 1.5 for time and a half' })
    .min(1, 'must be at least 1 (the usual time)')
    .max(MAX_TIME_MULTIPLIER, `must be at most ${MAX_TIME_MULTIPLIER}`)
    .refine(hundredths, 'can have at most two decimal places')
    .nullable()
    .default(null),
  extraMinutes: z
    .number({ error: 'must be a number of minutes' })
    .int('must be whole minutes')
    .min(1, 'must be at least 1 minute')
    .max(600, 'must be at most 600 minutes')
    .nullable()
    .default(null),
  availableFrom: isoDateTime.nullable().default(null),
  availableUntil: isoDateTime.nullable().default(null),
  extraAttempts: z
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(20, 'must be at most 20')
    .nullable()
    .default(null),
  restBreakMinutes: z
    .number({ error: 'must be a number of minutes' })
    .int('must be whole minutes')
    .min(1, 'must be at least 1 minute')
    .max(240, 'must be at most 240 minutes')
    .nullable()
    .default(null),
};

/** What staff send to set one accommodation (`accommodations.set`). */
export const accommodationInputSchema = z
  .object({
    studentId: idSchema,
    testId: idSchema.nullable().default(null),
    ...termsShape,
    note: z
      .string()
      .trim()
      .max(500, 'must be at most 500 characters')
      .transform((v) => (v === '' ? null : v))
      .nullable()
      .default(null),
  })
  .strict()
  .superRefine((a, ctx) => {
    const grants =
      a.timeMultiplier !== null ||
      a.extraMinutes !== null ||
      a.availableFrom !== null ||
      a.availableUntil !== null ||
      a.extraAttempts !== null ||
      a.restBreakMinutes !== null;
    if (!grants) {
      ctx.addIssue({
        code: 'custom',
        path: ['timeMultiplier'],
        message: 'grant at least one thing: extra time, a window, attempts or rest breaks',
      });
    }
    if (a.testId === null && (a.availableFrom !== null || a.availableUntil !== null)) {
      ctx.addIssue({
        code: 'custom',
        path: [a.availableFrom !== null ? 'availableFrom' : 'availableUntil'],
        message: 'a window of their own needs a test: choose the test it is for',
      });
    }
    if (
      a.availableFrom !== null &&
      a.availableUntil !== null &&
      Date.parse(a.availableFrom) >= Date.parse(a.availableUntil)
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['availableUntil'],
        message: 'the window must end after it starts',
      });
    }
  });
export type AccommodationInput = z.output<typeof accommodationInputSchema>;

/** The accommodation that applies at one test: the terms, and which rows they came from. */
export interface ResolvedAccommodation {
  terms: AccommodationTerms;
  /** The rows that gave the terms: the per-test one first. */
  sourceIds: string[];
}

type Row = Pick<Accommodation, 'id' | 'testId' | 'updatedAt'> & AccommodationTerms;

/** The newest of the rows (two computers may each have added one offline); ties by id. */
function newest<T extends Row>(rows: readonly T[]): T | null {
  let best: T | null = null;
  for (const r of rows) {
    if (
      best === null ||
      r.updatedAt > best.updatedAt ||
      (r.updatedAt === best.updatedAt && r.id > best.id)
    )
      best = r;
  }
  return best;
}

/**
 * What a student is given at a test, from all of their live accommodations:
 * the per-test one's terms where it sets them, the general one's elsewhere.
 * A window is only ever the per-test one's. Null when nothing applies.
 */
export function resolveAccommodation(
  rows: readonly Row[],
  testId: string,
): ResolvedAccommodation | null {
  const specific = newest(rows.filter((r) => r.testId === testId));
  const general = newest(rows.filter((r) => r.testId === null));
  if (!specific && !general) return null;
  const pick = <K extends keyof AccommodationTerms>(k: K): AccommodationTerms[K] | null =>
    specific?.[k] ?? general?.[k] ?? null;
  return {
    terms: {
      timeMultiplier: pick('timeMultiplier'),
      extraMinutes: pick('extraMinutes'),
      availableFrom: specific?.availableFrom ?? null,
      availableUntil: specific?.availableUntil ?? null,
      extraAttempts: pick('extraAttempts'),
      restBreakMinutes: pick('restBreakMinutes'),
    },
    sourceIds: [specific, general].flatMap((r) => (r ? [r.id] : [])),
  };
}

/** A test's delivery rules as one student meets them, with their accommodation applied. */
export interface AccommodatedRules {
  availableFrom: string | null;
  availableUntil: string | null;
  attemptsAllowed: number;
  /** Extra exam time from the accommodation (0 for an untimed test). */
  accommodationMs: number;
  /** Rest break time per attempt. */
  breakAllowanceMs: number;
}

export function accommodatedRules(
  test: {
    timerMinutes: number | null;
    availableFrom: string | null;
    availableUntil: string | null;
    attemptsAllowed: number;
  },
  terms: AccommodationTerms | null,
): AccommodatedRules {
  const limitMs = test.timerMinutes === null ? null : test.timerMinutes * 60_000;
  const granted = accommodatedLimitMs(limitMs, terms);
  return {
    availableFrom: terms?.availableFrom ?? test.availableFrom,
    availableUntil: terms?.availableUntil ?? test.availableUntil,
    attemptsAllowed: test.attemptsAllowed + (terms?.extraAttempts ?? 0),
    accommodationMs: limitMs === null || granted === null ? 0 : granted - limitMs,
    // Breaks pause a clock; an untimed test has none to pause.
    breakAllowanceMs: limitMs === null ? 0 : (terms?.restBreakMinutes ?? 0) * 60_000,
  };
}
