/**
 * A student on the real services, in a process the crash-safety test kills.
 * Prints STATE once resumed, then SEND before and ACK after each save returns.
 * Lines go out with writeSync, so an ACK is on the pipe before the next step.
 */
import { openChildCore, say } from '../../../helpers/child-core';
import type { ExamQuestion } from '@shared/domain/exam';
import type { AnswerValue } from '@shared/domain/questions';
import type { MethodInput, MethodName, MethodOutput } from '@shared/api/contract';
import type { ApiResult } from '@shared/api/result';

const dataDir = process.argv[2] ?? '';
const salt = Number(process.argv[3] ?? '0');

function answerFor(q: ExamQuestion, n: number): AnswerValue {
  const options = q.options ?? [];
  switch (q.type) {
    case 'single_choice':
      return { type: 'single_choice', optionId: options[n % options.length]!.id };
    case 'multiple_response':
      return {
        type: 'multiple_response',
        optionIds: options.filter((_, i) => (n >> i) & 1).map((o) => o.id),
      };
    case 'true_false':
      return { type: 'true_false', value: n % 2 === 0 };
    case 'short_answer':
      return { type: 'short_answer', text: `answer ${n}` };
    case 'numeric':
      return { type: 'numeric', value: n };
    case 'essay':
      return { type: 'essay', text: `Essay draft number ${n}. `.repeat(1 + (n % 5)) };
    case 'matching': {
      const responses = q.responses ?? [];
      return {
        type: 'matching',
        pairs: Object.fromEntries(
          (q.premises ?? []).map((p, i) => [
            p.id,
            responses[(n + i) % responses.length]?.id ?? null,
          ]),
        ),
      };
    }
    case 'ordering': {
      const ids = (q.items ?? []).map((i) => i.id);
      const turn = n % Math.max(1, ids.length);
      return { type: 'ordering', order: [...ids.slice(turn), ...ids.slice(0, turn)] };
    }
    case 'cloze':
      // Half filled: every other gap has an answer, the rest are left as they were.
      return {
        type: 'cloze',
        gaps: Object.fromEntries(
          (q.gaps ?? [])
            .filter((_, i) => (i + n) % 2 === 0)
            .map((g) => [g.id, g.options ? (g.options[n % g.options.length]?.id ?? null) : `${n}`]),
        ),
      };
    case 'description':
      throw new Error('a description takes no answer');
  }
}

async function main(): Promise<void> {
  const core = await openChildCore(dataDir);
  const caller = { sessionKey: 'crash-child', transport: 'test' as const, ipAddress: null };
  const call = <K extends MethodName>(method: K, input: MethodInput<K>) =>
    core.router.dispatch(method, input, caller) as Promise<ApiResult<MethodOutput<K>>>;
  const ok = async <K extends MethodName>(method: K, input: MethodInput<K>) => {
    const r = await call(method, input);
    if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
    return r.value;
  };
  const student = { call, ok };
  await student.ok('auth.signIn', { email: 'student1@northfield.example', password: 'demo1234' });
  const available = await student.ok('exams.available', {});
  const demo = available.find((t) => t.name.startsWith('General Knowledge'));
  if (!demo) throw new Error('demo test missing');
  const session = demo.inProgressAttemptId
    ? await student.ok('exams.resume', { attemptId: demo.inProgressAttemptId })
    : await student.ok('exams.start', { testId: demo.id });
  say(
    `STATE ${JSON.stringify({
      attemptId: session.attemptId,
      order: session.questions.map((q) => q.questionId),
      answers: Object.fromEntries(session.answers.map((a) => [a.questionId, a.answer])),
      elapsedMs: session.clock.elapsedMs,
    })}`,
  );
  let n = salt * 100_000;
  // A description is read, not answered.
  const answerable = session.questions.filter((q) => q.type !== 'description');
  for (;;) {
    n += 1;
    const q = answerable[n % answerable.length]!;
    const answer = answerFor(q, n);
    say(`SEND ${q.questionId} ${JSON.stringify(answer)}`);
    const result = await student.call('exams.saveAnswer', {
      attemptId: session.attemptId,
      questionId: q.questionId,
      answer,
    });
    if (!result.ok) {
      say(`ERR ${result.error.code} ${result.error.message}`);
      return;
    }
    say(`ACK ${q.questionId} ${JSON.stringify(answer)}`);
  }
}

main().catch((error: unknown) => {
  say(`FATAL ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
