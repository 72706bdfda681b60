/** A test as a student sees it before starting: rules, time and what is left to them. */
export interface AvailableTest {
  id: string;
  name: string;
  description: string | null;
  timerMinutes: number | null;
  questionCount: number;
  totalMarks: number;
  /** With the student's extra attempts, when they have an accommodation. */
  attemptsAllowed: number;
  attemptsUsed: number;
  /** The student's own window when their accommodation gives one, else the test's. */
  availableFrom: string | null;
  availableUntil: string | null;
  /** Extra time from the student's accommodation (on top of `timerMinutes`), 0 for none. */
  accommodationMs: number;
  /** Rest break time per attempt from the student's accommodation, 0 for none. */
  breakAllowanceMs: number;
  startCodeRequired: boolean;
  allowReview: boolean;
  /** An attempt the student started and has not submitted; resuming it comes first. */
  inProgressAttemptId: string | null;
}

/** Whether a test is open now, by its window (either end may be open). */
export function isWithinWindow(nowMs: number, from: string | null, until: string | null): boolean {
  if (from !== null && nowMs < Date.parse(from)) return false;
  if (until !== null && nowMs >= Date.parse(until)) return false;
  return true;
}
