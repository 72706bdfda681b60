import type { AnalysisQuestion } from './item-analysis';
import type { ReadSummary, SummaryCell } from './answer-summary';

/** No answer row for this question on this attempt. */
export const NO_ROW = 0;
/** An answer row with marks. */
export const MARKED = 1;
/** An answer row waiting for a grader. */
export const UNGRADED = 2;

/**
 * Every finished attempt's answers to a test's questions as flat arrays,
 * attempt by attempt in the order the attempts were read (cell `a * Q + q`):
 * about 10 bytes per answer, where a row object per answer took kilobytes.
 * Options picked and answers given are counted per question on the way in,
 * over the attempts whose paper holds the question.
 */
export interface AnswerColumns {
  attemptIds: string[];
  marks: Float64Array;
  state: Uint8Array;
  onPaper: Uint8Array;
  answered: number[];
  picks: Array<Map<string, number>>;
}

/** Builds the columns one attempt at a time, from summaries or from answer rows alike. */
export class AnswerColumnsBuilder {
  /** Where each question sits in the test (a question placed twice has two places). */
  private readonly questionIndex = new Map<string, number[]>();
  private readonly count: number;
  private readonly columns: AnswerColumns;
  private attempt = -1;

  constructor(
    questions: readonly AnalysisQuestion[],
    private readonly capacity: number,
  ) {
    this.count = questions.length;
    questions.forEach((q, i) => {
      this.questionIndex.set(q.questionId, [...(this.questionIndex.get(q.questionId) ?? []), i]);
    });
    const cells = capacity * this.count;
    this.columns = {
      attemptIds: [],
      marks: new Float64Array(cells),
      state: new Uint8Array(cells),
      onPaper: new Uint8Array(cells),
      answered: questions.map(() => 0),
      picks: questions.map(() => new Map<string, number>()),
    };
  }

  /** The next attempt; `paper` holds the questions on its paper, undefined when all are. */
  startAttempt(attemptId: string, paper: ReadonlySet<string> | undefined): void {
    if (this.attempt + 1 >= this.capacity) throw new Error('more attempts than the columns hold');
    this.attempt += 1;
    this.columns.attemptIds.push(attemptId);
    const base = this.attempt * this.count;
    if (!paper) {
      this.columns.onPaper.fill(1, base, base + this.count);
      return;
    }
    for (const [questionId, places] of this.questionIndex)
      for (const q of places) this.columns.onPaper[base + q] = paper.has(questionId) ? 1 : 0;
  }

  /** One answer of the current attempt; answers to questions not on the test are left out. */
  addCell(cell: SummaryCell): void {
    for (const q of this.questionIndex.get(cell.questionId) ?? [])
      this.put(q, cell.marks, cell.answered, cell.picks, 0, cell.picks.length);
  }

  /** Every answer of the current attempt, from its summary. */
  addSummary(summary: ReadSummary): void {
    if (summary.questionIds !== this.placesOf) {
      this.placesOf = summary.questionIds;
      this.places = summary.questionIds.map((id) => this.questionIndex.get(id) ?? []);
    }
    let next = 0;
    for (let i = 0; i < this.places.length; i += 1) {
      const count = summary.pickCounts[i] ?? 0;
      const marks = summary.marks[i] ?? null;
      const answered = summary.answered.charCodeAt(i) === 49;
      for (const q of this.places[i] ?? [])
        this.put(q, marks, answered, summary.picks, next, next + count);
      next += count;
    }
  }

  // The places of the last summary's questions: the attempts at a test share one id list.
  private placesOf: readonly string[] | null = null;
  private places: Array<readonly number[]> = [];

  private put(
    q: number,
    marks: number | null,
    answered: boolean,
    picks: readonly string[],
    from: number,
    to: number,
  ): void {
    const at = this.attempt * this.count + q;
    this.columns.state[at] = marks === null ? UNGRADED : MARKED;
    this.columns.marks[at] = marks ?? 0;
    if (this.columns.onPaper[at] !== 1) return;
    if (answered) this.columns.answered[q] = (this.columns.answered[q] ?? 0) + 1;
    const counts = this.columns.picks[q];
    if (!counts) return;
    for (let i = from; i < to; i += 1) {
      const id = picks[i] ?? '';
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }

  finish(): AnswerColumns {
    const used = (this.attempt + 1) * this.count;
    return {
      ...this.columns,
      marks: this.columns.marks.subarray(0, used),
      state: this.columns.state.subarray(0, used),
      onPaper: this.columns.onPaper.subarray(0, used),
    };
  }
}
