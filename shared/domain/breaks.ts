import { z } from 'zod';

/**
 * A rest break's life: asked for by the student (or given by a proctor
 * directly), approved by a proctor, running on the computer that runs the
 * attempt (the exam clock paused, up to the allowance), then ended; or
 * cancelled before it ran.
 */
export const breakStatuses = ['requested', 'approved', 'running', 'ended', 'cancelled'] as const;
export const breakStatusSchema = z.enum(breakStatuses);
export type BreakStatus = z.infer<typeof breakStatusSchema>;

/** The statuses of a break that is not over yet; an attempt has at most one. */
export const breakStateSchema = z.enum(['requested', 'approved', 'running']).nullable();
export type OpenBreakStatus = NonNullable<z.infer<typeof breakStateSchema>>;

/** How an attempt stands with rest breaks, as the exam screen and the proctor console show it. */
export interface BreakView {
  /** Break time the attempt may take in all; 0 when none was granted. */
  allowanceMs: number;
  /** Break time taken so far. */
  usedMs: number;
  /** The break not over yet, if any. */
  state: OpenBreakStatus | null;
}
