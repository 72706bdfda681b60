import { z } from 'zod';

export const attemptStatuses = ['in_progress', 'submitted', 'needs_grading', 'graded'] as const;
export const attemptStatusSchema = z.enum(attemptStatuses);
export type AttemptStatus = z.infer<typeof attemptStatusSchema>;

export interface AttemptSummary {
  id: string;
  testId: string;
  testName: string;
  studentId: string;
  studentName: string;
  status: AttemptStatus;
  attemptNo: number;
  score: number | null;
  totalMarks: number | null;
  startedAt: string | null;
  submittedAt: string | null;
  deviceId: string | null;
  /** Against the test's pass mark, when the score is shown and fully marked; null otherwise. */
  passed: boolean | null;
  /** The per-question review can be opened (`exams.review`): released by the test, and the score shown. */
  reviewAvailable: boolean;
}
