import { fieldMessage, plainIssueMessage } from '../validation/messages';
import type { StoredQuestion } from './bank';
import { isObjective, questionContentSchema } from './questions';
import type { PublishProblem, TestDetail } from './tests';

const sameMarks = (a: number, b: number) => Math.abs(a - b) < 1e-9;

/**
 * Everything that stops a test being published, each naming its field:
 * at least one question, every objective question keyed and valid, every
 * question worth marks, the marks adding up to the intended total, and a
 * window that has not already closed.
 */
export function publishProblems(
  test: TestDetail,
  bank: ReadonlyMap<string, StoredQuestion & { deletedAt: string | null }>,
  nowMs: number,
): PublishProblem[] {
  const problems: PublishProblem[] = [];
  if (test.questions.length === 0) {
    problems.push({ field: 'questions', message: 'add at least one question' });
  }
  test.questions.forEach((entry, i) => {
    const n = i + 1;
    const q = bank.get(entry.questionId);
    if (!q || q.deletedAt !== null) {
      problems.push({
        field: `questions.${i}.questionId`,
        message: `question ${n} was deleted from the bank; restore it or take it out`,
      });
      return;
    }
    if (isObjective(q.type) && q.key === null) {
      problems.push({ field: `questions.${i}.key`, message: `question ${n} has no answer key` });
      return;
    }
    // zod's own wording never reaches the author: its issues are put in plain words.
    const valid = questionContentSchema.safeParse(q, { error: plainIssueMessage });
    if (!valid.success) {
      const issue = valid.error.issues[0];
      const path = issue?.path.join('.') ?? '';
      problems.push({
        field: `questions.${i}.${path}`.replace(/\.$/, ''),
        message: `question ${n}: ${fieldMessage(path === '' ? undefined : path, issue?.message ?? 'is not valid')}`,
      });
    }
    if (!(entry.marks > 0)) {
      problems.push({ field: `questions.${i}.marks`, message: `question ${n} is worth no marks` });
    }
  });
  const total = test.questions.reduce((sum, q) => sum + q.marks, 0);
  if (test.expectedTotalMarks !== null && !sameMarks(total, test.expectedTotalMarks)) {
    problems.push({
      field: 'expectedTotalMarks',
      message: `the question marks add up to ${total}, not the intended ${test.expectedTotalMarks}`,
    });
  }
  if (test.availableUntil !== null && Date.parse(test.availableUntil) <= nowMs) {
    problems.push({
      field: 'availableUntil',
      message: `the availability window already closed on ${test.availableUntil}`,
    });
  }
  return problems;
}
