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

const VERSION = 's1';

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
 * question ids, the marks, the answered flags and the picks, a line each,
 * with cells in question id order (so attempts at one test share their id
 * line, and a reader maps it once). Null when a mark could not be written
 * exactly (not a finite number), so that attempt is read from its answers.
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
    JSON.stringify(cells.map((c) => c.picks)),
  ].join('\n');
}

const isStringArray = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((x) => typeof x === 'string');

/**
 * Reads summaries one after another, parsing an id line only when it differs
 * from the one before (the attempts at a test nearly always share it).
 */
export class SummaryReader {
  private lastIdLine = '';
  private lastIds: string[] = [];

  /** The cells of a summary, or null when it is not one this version wrote. */
  read(summary: string): SummaryCell[] | null {
    const lines = summary.split('\n');
    if (lines.length !== 5 || lines[0] !== VERSION) return null;
    const [, idLine = '', marksLine = '', answeredLine = '', picksLine = ''] = lines;
    try {
      if (idLine !== this.lastIdLine) {
        const ids: unknown = JSON.parse(idLine);
        if (!isStringArray(ids)) return null;
        this.lastIdLine = idLine;
        this.lastIds = ids;
      }
      const ids = this.lastIds;
      const marks: unknown = JSON.parse(marksLine);
      const picked: unknown = JSON.parse(picksLine);
      if (
        !Array.isArray(marks) ||
        !Array.isArray(picked) ||
        marks.length !== ids.length ||
        picked.length !== ids.length ||
        answeredLine.length !== ids.length
      )
        return null;
      const cells: SummaryCell[] = [];
      for (let i = 0; i < ids.length; i += 1) {
        const m: unknown = marks[i];
        const p: unknown = picked[i];
        if ((m !== null && typeof m !== 'number') || !isStringArray(p)) return null;
        cells.push({
          questionId: ids[i] ?? '',
          marks: m,
          answered: answeredLine[i] === '1',
          picks: p,
        });
      }
      return cells;
    } catch {
      return null;
    }
  }
}
