/**
 * A student playing a listening clip over and over, in a process the plays
 * crash test kills. Prints STATE once resumed, then SEND before and ACK
 * after each play is counted, and LIMIT once main refuses one more.
 */
import { openChildCore, say } from '../../../helpers/child-core';
import type { MethodInput, MethodName, MethodOutput } from '@shared/api/contract';
import type { ApiResult } from '@shared/api/result';
import { PLAY_LIMIT } from './plays-limit';

const dataDir = process.argv[2] ?? '';

async function main(): Promise<void> {
  const core = await openChildCore(dataDir);
  // The demo clip may be played twice; this run allows more, so the kills land mid-count.
  await core.database.client.run(
    `UPDATE question_versions SET settings = ? WHERE question_type = 'description' AND question_text LIKE '%chime%'`,
    JSON.stringify({ audioPlayLimit: PLAY_LIMIT }),
  );
  const caller = { sessionKey: 'plays-child', transport: 'test' as const, ipAddress: null };
  const call = <K extends MethodName>(method: K, input: MethodInput<K>) =>
    core.router.dispatch(method, input, caller) as Promise<ApiResult<MethodOutput<K>>>;
  const ok = async <K extends MethodName>(method: K, input: MethodInput<K>) => {
    const r = await call(method, input);
    if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
    return r.value;
  };
  await ok('auth.signIn', { email: 'student1@northfield.example', password: 'demo1234' });
  const demo = (await ok('exams.available', {})).find((t) => t.name.startsWith('General'));
  if (!demo) throw new Error('demo test missing');
  const session = demo.inProgressAttemptId
    ? await ok('exams.resume', { attemptId: demo.inProgressAttemptId })
    : await ok('exams.start', { testId: demo.id });
  const passage = session.questions.find((q) => q.type === 'description');
  const hash = /media:([0-9a-f]{64})"><\/audio>/.exec(passage?.text ?? '')?.[1];
  if (!passage || !hash) throw new Error('no listening passage on the paper');
  say(`STATE ${JSON.stringify({ plays: session.audioPlays?.[passage.questionId] ?? 0 })}`);
  for (;;) {
    say('SEND');
    const result = await call('exams.recordPlay', {
      attemptId: session.attemptId,
      questionId: passage.questionId,
      hash,
    });
    if (!result.ok) {
      say(result.error.code === 'CONFLICT' ? 'LIMIT' : `ERR ${result.error.message}`);
      await core.close();
      return;
    }
    say(`ACK ${result.value.plays}`);
  }
}

main().catch((error: unknown) => {
  say(`FATAL ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
