import type { AttemptStatus } from './attempts';
import type { QuestionType } from './questions';
import type { TestStatus } from './tests';

export interface GradebookRow {
  attemptId: string;
  studentId: string;
  studentName: string;
  studentEmail: string;
  attemptNo: number;
  status: AttemptStatus;
  score: number | null;
  totalMarks: number | null;
  /** Score as a percentage of the attempt's total, one decimal. */
  percentage: number | null;
  /** Against the test's pass mark; null with no pass mark or no score yet. */
  passed: boolean | null;
  startedAt: string | null;
  submittedAt: string | null;
  /** Exam-clock time used, which a crash or a clock change cannot inflate. */
  timeTakenMs: number | null;
  integrityEvents: number;
  integrityKinds: Record<string, number>;
  deviceId: string | null;
  /** Answers still waiting for a grader. */
  pendingGrading: number;
  testVersion: number;
}

export interface GradebookSummary {
  attempts: number;
  finished: number;
  mean: number | null;
  median: number | null;
  highest: number | null;
  lowest: number | null;
  /** Share of finished attempts at or above the pass mark, 0..1. */
  passRate: number | null;
  pendingGrading: number;
}

export interface Gradebook {
  test: {
    id: string;
    name: string;
    status: TestStatus;
    version: number;
    totalMarks: number;
    passMark: number | null;
  };
  rows: GradebookRow[];
  summary: GradebookSummary;
}

export interface GradingItem {
  answerId: string;
  attemptId: string;
  testId: string;
  testName: string;
  /** Hidden when the grader asked for anonymous marking. */
  studentName: string | null;
  questionId: string;
  questionText: string;
  answerText: string;
  wordCount: number;
  minWords: number | null;
  maxWords: number | null;
  maxMarks: number;
  marks: number | null;
  comment: string | null;
  gradedAt: string | null;
  gradedBy: string | null;
}

export interface OptionStat {
  id: string;
  text: string;
  correct: boolean;
  count: number;
}

export interface ItemStats {
  questionId: string;
  position: number;
  type: QuestionType;
  text: string;
  maxMarks: number;
  /** Attempts whose paper held this question. */
  attempts: number;
  answered: number;
  omitted: number;
  /** Mean share of the marks obtained, 0..1; null until something is graded. */
  facility: number | null;
  /** Upper 27% minus lower 27% facility, -1..1; null with fewer than 4 attempts. */
  discrimination: number | null;
  /** Correlation of the item with the rest of the test (item removed), -1..1. */
  pointBiserial: number | null;
  /** How often each option was picked (choice and true/false questions). */
  options: OptionStat[] | null;
  /** Plain-words warnings: a possible wrong key, a distractor nobody picks. */
  flags: string[];
}

export interface ItemAnalysis {
  testId: string;
  attempts: number;
  meanScore: number | null;
  sdScore: number | null;
  /** Cronbach's alpha of the test's items; null with fewer than 2 items or no spread. */
  alpha: number | null;
  items: ItemStats[];
}

export interface RegradeChange {
  attemptId: string;
  studentName: string;
  before: number | null;
  after: number;
  statusBefore: AttemptStatus;
  statusAfter: AttemptStatus;
}

export interface RegradeReport {
  testId: string;
  applied: boolean;
  attempts: number;
  changed: RegradeChange[];
}
