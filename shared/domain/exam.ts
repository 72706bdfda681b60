import { z } from 'zod';
import type { AttemptStatus } from './attempts';
import type { QuestionOption, QuestionSettings, QuestionType, AnswerValue } from './questions';
import type { ShowScore } from './tests';

/**
 * What the student's exam screen is given. Built in main from the attempt's
 * paper and the pinned question versions; it never carries an answer key.
 */
export interface ExamQuestion {
  questionId: string;
  versionId: string | null;
  /** 1-based position on this student's paper. */
  number: number;
  type: QuestionType;
  text: string;
  /** Choice options in this student's order; null for other types. */
  options: QuestionOption[] | null;
  marks: number;
  settings: QuestionSettings;
}

export interface SavedAnswer {
  questionId: string;
  answer: AnswerValue | null;
  flagged: boolean;
  /** Local commit time: the student's receipt. */
  savedAt: string;
}

export interface ExamClockView {
  /** Null for an untimed test. */
  limitMs: number | null;
  extraMs: number;
  elapsedMs: number;
  remainingMs: number | null;
}

export interface ExamSession {
  attemptId: string;
  testId: string;
  testName: string;
  attemptNo: number;
  status: AttemptStatus;
  allowReview: boolean;
  startedAt: string;
  questions: ExamQuestion[];
  answers: SavedAnswer[];
  clock: ExamClockView;
}

/** What a save returns once the answer is committed on this computer. */
export interface SaveReceipt {
  questionId: string;
  /** The flag as saved, or null when this save did not change it. */
  flagged: boolean | null;
  savedAt: string;
  clock: ExamClockView;
}

export interface ExamResult {
  attemptId: string;
  testName: string;
  status: AttemptStatus;
  submittedAt: string | null;
  submittedBy: SubmittedBy | null;
  showScore: ShowScore;
  /** Present only when the test's settings let the student see it now. */
  score: number | null;
  totalMarks: number | null;
  /** Answers still waiting for a grader. */
  pendingCount: number;
  answeredCount: number;
  questionCount: number;
}

export const submittedByValues = ['student', 'timeout', 'proctor'] as const;
export type SubmittedBy = (typeof submittedByValues)[number];

/** Integrity events the renderer may report; main records its own (clock jumps, sleep, restarts). */
export const reportedIntegrityKinds = [
  'window_blur',
  'visibility_hidden',
  'fullscreen_exit',
  'paste_blocked',
] as const;
export const reportedIntegrityKindSchema = z.enum(reportedIntegrityKinds);

export const integrityKinds = [
  ...reportedIntegrityKinds,
  'focus_lost',
  'clock_jump',
  'suspend',
  'restart',
  'multiple_displays',
  'device_change',
  'resume_code_used',
  'quit_unlocked',
  'blocked_shortcut',
  'guess_lockout',
] as const;
export type IntegrityKind = (typeof integrityKinds)[number];

export const integrityKindLabels: Record<IntegrityKind, string> = {
  window_blur: 'Left the exam window',
  visibility_hidden: 'Exam hidden',
  fullscreen_exit: 'Left full screen',
  paste_blocked: 'Paste blocked',
  focus_lost: 'Focus lost',
  clock_jump: 'System clock changed',
  suspend: 'Computer slept',
  restart: 'App restarted',
  multiple_displays: 'Extra display attached',
  device_change: 'Moved to another computer',
  resume_code_used: 'Resumed with a code',
  quit_unlocked: 'Quit with proctor PIN',
  blocked_shortcut: 'Blocked shortcut',
  guess_lockout: 'Locked out after wrong PINs or codes',
};

/** One row of the proctor console. */
export interface ProctorAttempt {
  attemptId: string;
  testId: string;
  testName: string;
  studentId: string;
  studentName: string;
  status: AttemptStatus;
  deviceId: string | null;
  /** True when this computer runs the attempt (its clock is live here). */
  onThisDevice: boolean;
  startedAt: string | null;
  submittedAt: string | null;
  submittedBy: string | null;
  lastSavedAt: string | null;
  limitMs: number | null;
  extraMs: number;
  elapsedMs: number;
  /** Live on this computer; estimated from the last persisted tick for other computers. */
  remainingMs: number | null;
  answeredCount: number;
  questionCount: number;
  integrity: Partial<Record<IntegrityKind, number>>;
  integrityTotal: number;
  /** The app restarted under this attempt and it needs a resume code before the student can go on. */
  awaitingResumeCode: boolean;
}

/** A published test as the proctor sees it, for issuing start codes. */
export interface ProctorTest {
  id: string;
  name: string;
  startCodeRequired: boolean;
  startCodeSet: boolean;
  timerMinutes: number | null;
  inProgress: number;
}

/** A start or resume code, shown to the proctor once. */
export interface IssuedCode {
  code: string;
  issuedAt: string;
}
