import type { AnswerValue } from '../domain/questions';
import { isAnswered, picks } from './answer-facts';
import { readStoredAnswer } from './answer-reading';

/** One answer as item analysis sees it. */
export interface SummaryCell {
  questionId: string;
  /** Null while it waits for a grader. */
  marks: number | null;
  answered: boolean;
  picks: string[];
}

/** A summary as read: one entry per cell in each list, the picks of all cells in one list. */
export interface ReadSummary {
  /** The same array (by identity) for consecutive summaries with the same questions. */
  questionIds: readonly string[];
  marks: ReadonlyArray<number | null>;
  /** '1' where the cell's answer was given. */
  answered: string;
  /** How many of `picks` belong to each cell, in cell order. */
  pickCounts: readonly number[];
  picks: readonly string[];
}

const VERSION = 's1';

/** How many of the summary's answers wait for a grader (no marks yet). */
export function ungradedCount(summary: ReadSummary): number {
  let count = 0;
  for (const marks of summary.marks) if (marks === null) count += 1;
  return count;
}

/** The cell of a stored answer: what item analysis reads of it, and nothing else. */
export function cellOf(
  questionId: string,
  answer: AnswerValue | null,
  marks: number | null,
): SummaryCell {
  return { questionId, marks, answered: isAnswered(answer), picks: picks(answer) };
}

/**
 * A scored attempt's answers in brief, as text: a version line, then the
 * question ids, the marks, the answered flags, how many options each answer
 * picked and the options picked, a line each, with cells in question id
 * order (so the attempts at one test share their id line and a reader maps
 * it once). Null when a mark could not be written exactly (not a finite
 * number), so that attempt is read from its answers.
 */
export function summariseAnswers(
  rows: ReadonlyArray<{ questionId: string; answer: string | null; marks: number | null }>,
): string | null {
  const cells = rows
    .map((r) => cellOf(r.questionId, readStoredAnswer(r.answer), r.marks))
    .sort((a, b) => (a.questionId < b.questionId ? -1 : a.questionId > b.questionId ? 1 : 0));
  if (cells.some((c) => c.marks !== null && !Number.isFinite(c.marks))) return null;
  return [
    VERSION,
    JSON.stringify(cells.map((c) => c.questionId)),
    JSON.stringify(cells.map((c) => c.marks)),
    cells.map((c) => (c.answered ? '1' : '0')).join(''),
    JSON.stringify(cells.map((c) => c.picks.length)),
    JSON.stringify(cells.flatMap((c) => c.picks)),
  ].join('\n');
}

const isStringArray = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((x) => typeof x === 'string');
const isCountArray = (v: unknown): v is number[] =>
  Array.isArray(v) && v.every((x) => Number.isInteger(x) && (x as number) >= 0);
const isMarksArray = (v: unknown): v is Array<number | null> =>
  Array.isArray(v) && v.every((x) => x === null || typeof x === 'number');

/**
 * Reads summaries one after another, parsing an id line only when it differs
 * from the one before (the attempts at a test nearly always share it).
 */
export class SummaryReader {
  private lastIdLine = '';
  private lastIds: string[] = [];
  // Most attempts at a test pick as many options per question as the last one did.
  private lastCountsLine = '';
  private lastCounts: number[] = [];

  /** The summary's lists, or null when it is not one this version wrote. */
  read(summary: string): ReadSummary | null {
    const lines = summary.split('\n');
    if (lines.length !== 6 || lines[0] !== VERSION) return null;
    const [, idLine = '', marksLine = '', answered = '', countsLine = '', picksLine = ''] = lines;
    try {
      if (idLine !== this.lastIdLine) {
        const ids: unknown = JSON.parse(idLine);
        if (!isStringArray(ids)) return null;
        this.lastIdLine = idLine;
        this.lastIds = ids;
      }
      const questionIds = this.lastIds;
      const marks: unknown = JSON.parse(marksLine);
      if (countsLine !== this.lastCountsLine) {
        const counts: unknown = JSON.parse(countsLine);
        if (!isCountArray(counts)) return null;
        this.lastCountsLine = countsLine;
        this.lastCounts = counts;
      }
      const pickCounts = this.lastCounts;
      const picked: unknown = JSON.parse(picksLine);
      const cells = questionIds.length;
      if (
        !isMarksArray(marks) ||
        !isStringArray(picked) ||
        marks.length !== cells ||
        pickCounts.length !== cells ||
        answered.length !== cells ||
        pickCounts.reduce((sum, n) => sum + n, 0) !== picked.length
      )
        return null;
      return { questionIds, marks, answered, pickCounts, picks: picked };
    } catch {
      return null;
    }
  }
}
