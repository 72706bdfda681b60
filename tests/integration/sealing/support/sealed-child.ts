/**
 * A student who has started a sealed test with its start code and saved an
 * answer, in a process the sealed-test kill test ends with SIGKILL. Prints
 * STATE with the ids once the answer is saved, then waits to be killed.
 */
import { openChildCore, say } from '../../../helpers/child-core';
import type { MethodInput, MethodName, MethodOutput } from '@shared/api/contract';
import type { ApiResult } from '@shared/api/result';
import { publishSealedTest } from './sealed-paper';

const dataDir = process.argv[2] ?? '';

async function main(): Promise<void> {
  const core = await openChildCore(dataDir);
  const callerAs = (sessionKey: string) => ({
    ok: async <K extends MethodName>(method: K, input: MethodInput<K>) => {
      const r = (await core.router.dispatch(method, input, {
        sessionKey,
        transport: 'test',
        ipAddress: null,
      })) as ApiResult<MethodOutput<K>>;
      if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
      return r.value;
    },
  });
  const signedIn = async (who: string) => {
    const client = callerAs(`sealed-child-${who}`);
    await client.ok('auth.signIn', { email: `${who}@northfield.example`, password: 'demo1234' });
    return client;
  };
  const { testId, questionIds } = await publishSealedTest(await signedIn('author'));
  const { code } = await (await signedIn('proctor')).ok('proctor.issueStartCode', { testId });
  const student = await signedIn('student1');
  const session = await student.ok('exams.start', { testId, startCode: code });
  await student.ok('exams.saveAnswer', {
    attemptId: session.attemptId,
    questionId: questionIds[0] ?? '',
    answer: { type: 'single_choice', optionId: 'a' },
  });
  say(`STATE ${JSON.stringify({ testId, attemptId: session.attemptId, questionIds })}`);
  // Kept alive until the test kills it.
  setInterval(() => undefined, 60_000);
}

main().catch((error: unknown) => {
  say(`FATAL ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
