import type { QuestionType } from '@shared/domain/questions';
import type { TestDetail } from '@shared/domain/tests';

/** One question of the test as the author edits it; marks stay text until saved. */
export interface TestLine {
  questionId: string;
  text: string;
  type: QuestionType;
  marks: string;
  hasKey: boolean;
  /** The description group it belongs to (see description-groups.ts), or null. */
  groupId: string | null;
}

export function linesFromTest(test: TestDetail): TestLine[] {
  return test.questions.map((q) => ({
    questionId: q.questionId,
    text: q.text,
    type: q.type,
    marks: String(q.marks),
    hasKey: q.hasKey,
    groupId: q.groupId,
  }));
}

/** The list as `tests.setQuestions` takes it. */
export function questionsFromLines(lines: readonly TestLine[]) {
  return lines.map((l) => ({
    questionId: l.questionId,
    marks: Number(l.marks),
    groupId: l.groupId,
  }));
}

/** Whether the list differs from what is saved: order, membership, marks or groups. */
export function linesChanged(lines: readonly TestLine[], test: TestDetail | null): boolean {
  const saved = test?.questions ?? [];
  if (lines.length !== saved.length) return true;
  return lines.some((l, i) => {
    const s = saved[i];
    return (
      s === undefined ||
      s.questionId !== l.questionId ||
      Number(l.marks) !== s.marks ||
      s.groupId !== l.groupId
    );
  });
}

export function totalMarksOf(lines: readonly TestLine[]): number {
  return lines.reduce((sum, l) => sum + (Number(l.marks) || 0), 0);
}
