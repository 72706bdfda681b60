import { z } from 'zod';
import type { Difficulty, QuestionType } from './questions';
import { validationSentences } from '../validation/sentences';

export const testStatuses = ['draft', 'published', 'closed', 'archived'] as const;
export const testStatusSchema = z.enum(testStatuses);
export type TestStatus = z.infer<typeof testStatusSchema>;

/** When a student sees their score. */
export const showScoreModes = ['immediately', 'after_grading', 'never'] as const;
export const showScoreSchema = z.enum(showScoreModes);
export type ShowScore = z.infer<typeof showScoreSchema>;

/** What a student's per-question review shows once their score is visible. */
export const reviewReleaseModes = ['none', 'answers', 'answers_and_feedback'] as const;
export const reviewReleaseSchema = z.enum(reviewReleaseModes, {
  error: 'the review release is "none", "answers" or "answers_and_feedback"',
});
export type ReviewRelease = z.infer<typeof reviewReleaseSchema>;
export const defaultReviewRelease: ReviewRelease = 'none';

/** How an ordering question earns marks: only when fully right, or per item in its place. */
export const orderingCreditModes = ['all_or_nothing', 'per_position'] as const;
export const orderingCreditSchema = z.enum(orderingCreditModes, {
  error: 'ordering credit is "all_or_nothing" or "per_position"',
});
export type OrderingCredit = z.infer<typeof orderingCreditSchema>;
export const defaultOrderingCredit: OrderingCredit = 'all_or_nothing';

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
  /** What the student's per-question review shows once the score is visible. */
  reviewRelease: ReviewRelease;
  /** How ordering questions earn marks. */
  orderingCredit: OrderingCredit;
  /** The questions' content is sealed at rest until the start time or the start code releases it. */
  sealed: boolean;
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
  /** The group this question belongs to (a description and the questions that refer to it), or null. */
  groupId: string | null;
}

export interface TestDetail extends TestSummary {
  questions: TestQuestionEntry[];
}

const isoDateTime = z.iso.datetime({ offset: true, error: 'must be an ISO-8601 date and time' });

/** The settings an author sets on a test. */
/** Why a sealed test needs a start time or a start code: one of them is what opens it. */
export const SEALED_NEEDS_RELEASE = validationSentences['sentence.sealedNeedsRelease'];

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
    /** Absent means `defaultReviewRelease`; settings saved before it existed parse as they did. */
    reviewRelease: reviewReleaseSchema.optional(),
    /** Absent means `defaultOrderingCredit`. */
    orderingCredit: orderingCreditSchema.optional(),
    /** Absent keeps what the test has (not sealed for a new one). */
    sealed: z.boolean().optional(),
  })
  .superRefine((t, ctx) => {
    if (t.sealed === true && t.availableFrom === null && !t.startCodeRequired) {
      ctx.addIssue({
        code: 'custom',
        path: ['sealed'],
        message: SEALED_NEEDS_RELEASE,
      });
    }
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
