import type { ExamQuestion, ExamSession } from '@shared/domain/exam';
import type { AnswerValue } from '@shared/domain/questions';
import { signedIn, type TestClient } from '../../../helpers/core';
import { demoTestId } from '../../../helpers/exam';
import type { Device } from './devices';

/** A student of a device in a started exam, and the questions it can answer in a loop. */
export interface ExamTaker {
  student: TestClient;
  session: ExamSession;
  questions: ExamQuestion[];
}

export async function startExam(
  device: Device,
  who: 'student1' | 'student2' | 'student3',
): Promise<ExamTaker> {
  const student = await signedIn(device.core, who);
  const session = await student.ok('exams.start', { testId: await demoTestId(student) });
  const questions = session.questions.filter((q) =>
    ['true_false', 'single_choice', 'essay'].includes(q.type),
  );
  return { student, session, questions };
}

/** A different valid answer to one of the paper's questions for every `i`. */
export function answerFor(q: ExamQuestion, i: number): AnswerValue {
  if (q.type === 'true_false') return { type: 'true_false', value: i % 2 === 0 };
  if (q.type === 'single_choice') {
    const options = q.options ?? [];
    return { type: 'single_choice', optionId: options[i % options.length]?.id ?? '' };
  }
  return { type: 'essay', text: `Draft ${i}: the answer grows a little with every pause.` };
}

export interface SaveOutcome {
  /** Acknowledged saves: the last answer to each question, as the student was told it was kept. */
  acknowledged: Map<string, AnswerValue>;
  saves: number;
  /** Every save that failed, with its error code and message. */
  failures: string[];
}

/** Saves answers back to back, one question after another, until `stop()` says so. */
export async function saveUntil(taker: ExamTaker, stop: () => boolean): Promise<SaveOutcome> {
  const outcome: SaveOutcome = { acknowledged: new Map(), saves: 0, failures: [] };
  for (let i = 0; !stop(); i += 1) {
    const q = taker.questions[i % taker.questions.length];
    if (!q) throw new Error('the demo paper has no question to answer');
    const answer = answerFor(q, i);
    const result = await taker.student.call('exams.saveAnswer', {
      attemptId: taker.session.attemptId,
      questionId: q.questionId,
      answer,
    });
    outcome.saves += 1;
    if (result.ok) outcome.acknowledged.set(q.questionId, answer);
    else outcome.failures.push(`${result.error.code}: ${result.error.message}`);
    // Each save reaches the main process as its own message (IPC or HTTP), so sync's network
    // callbacks run between two saves; a loop of bare awaits would never let them.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return outcome;
}
