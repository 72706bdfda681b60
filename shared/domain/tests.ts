import { z } from 'zod';
import type { Difficulty, QuestionType } from './questions';

export const testStatuses = ['draft', 'published', 'closed', 'archived'] as const;
export const testStatusSchema = z.enum(testStatuses);
export type TestStatus = z.infer<typeof testStatusSchema>;

/** When a student sees their score. */
export const showScoreModes = ['immediately', 'after_grading', 'never'] as const;
export const showScoreSchema = z.enum(showScoreModes);
export type ShowScore = z.infer<typeof showScoreSchema>;

export interface TestSummary {
  id: string;
  name: string;
  description: string | null;
  status: TestStatus;
  /** Minutes allowed; null means untimed. */
  timerMinutes: number | null;
  shuffle: boolean;
  allowReview: boolean;
  attemptsAllowed: number;
  availableFrom: string | null;
  availableUntil: string | null;
  startCodeRequired: boolean;
  showScore: ShowScore;
  negativeMarking: boolean;
  passMark: number | null;
  /** The total the author means the test to be worth; publishing checks the marks add up to it. */
  expectedTotalMarks: number | null;
  version: number;
  questionCount: number;
  totalMarks: number;
  publishedAt: string | null;
  createdAt: string | null;
  updatedAt: string | null;
}

export interface TestQuestionEntry {
  id: string;
  questionId: string;
  questionVersionId: string | null;
  position: number;
  marks: number;
  type: QuestionType;
  text: string;
  difficulty: Difficulty | null;
  hasKey: boolean;
}

export interface TestDetail extends TestSummary {
  questions: TestQuestionEntry[];
}

const isoDateTime = z.iso.datetime({ offset: true, error: 'must be an ISO-8601 date and time' });

/** The settings an author sets on a test. */
export const testSettingsSchema = z
  .object({
    name: z.string().trim().min(1, 'a test needs a name').max(200),
    description: z.string().trim().max(5_000).nullable().default(null),
    timerMinutes: z
      .number()
      .int()
      .min(1, 'the timer must be at least 1 minute')
      .max(24 * 60)
      .nullable()
      .default(null),
    shuffle: z.boolean().default(false),
    allowReview: z.boolean().default(true),
    attemptsAllowed: z.number().int().min(1, 'allow at least one attempt').max(100).default(1),
    availableFrom: isoDateTime.nullable().default(null),
    availableUntil: isoDateTime.nullable().default(null),
    startCodeRequired: z.boolean().default(false),
    showScore: showScoreSchema.default('immediately'),
    negativeMarking: z.boolean().default(false),
    passMark: z
      .number()
      .min(0, 'the pass mark is a percentage from 0 to 100')
      .max(100, 'the pass mark is a percentage from 0 to 100')
      .nullable()
      .default(null),
    expectedTotalMarks: z
      .number()
      .positive('the total must be more than 0')
      .max(100_000)
      .nullable()
      .default(null),
  })
  .superRefine((t, ctx) => {
    if (
      t.availableFrom &&
      t.availableUntil &&
      Date.parse(t.availableFrom) >= Date.parse(t.availableUntil)
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['availableUntil'],
        message: 'the window must end after it starts',
      });
    }
  });
export type TestSettings = z.output<typeof testSettingsSchema>;

/** One reason a test cannot be published, naming the field. */
export interface PublishProblem {
  field: string;
  message: string;
}

/** Which way a test may move through its life. */
export const lifecycleMoves: Record<TestStatus, readonly TestStatus[]> = {
  draft: ['published'],
  published: ['closed'],
  closed: ['published', 'archived'],
  // Unarchiving puts a test back among the closed ones.
  archived: ['closed'],
};

/** Whether a student may see the score of an attempt, by the test's setting and the attempt's state. */
export function scoreVisibleToStudent(showScore: ShowScore, status: string): boolean {
  if (status === 'in_progress' || status === 'submitted') return false;
  return showScore === 'immediately' || (showScore === 'after_grading' && status === 'graded');
}

/** A test that lists a question, for warning before the question is deleted. */
export interface TestUsingQuestion {
  id: string;
  name: string;
  status: TestStatus;
}
