import { eq } from 'drizzle-orm';
import type { Core } from '@main/app/core';
import type { Caller } from '@main/api/router';
import { replaceTestQuestions, updateTestRow } from '@db/repositories/tests';
import { questions } from '@db/schema/index';
import type { MethodInput, MethodName, MethodOutput } from '@shared/api/contract';
import type { QuestionContentInput } from '@shared/domain/questions';

export interface BenchClient {
  ok<K extends MethodName>(method: K, input: MethodInput<K>): Promise<MethodOutput<K>>;
}

export function benchClient(core: Core, key: string): BenchClient {
  const caller: Caller = { sessionKey: key, transport: 'test', ipAddress: null };
  return {
    async ok(method, input) {
      const r = await core.router.dispatch(method, input, caller);
      if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
      return r.value as never;
    },
  };
}

export async function signIn(core: Core, email: string): Promise<BenchClient> {
  const client = benchClient(core, `bench-${email}`);
  await client.ok('auth.signIn', { email, password: 'demo1234' });
  return client;
}

/** A question of each type in turn, so a long test has the demo's mix. */
function questionNo(i: number): QuestionContentInput {
  const options = ['a', 'b', 'c', 'd'].map((id) => ({
    id,
    text: `Option ${id.toUpperCase()} of ${i}`,
  }));
  switch (i % 6) {
    case 0:
      return {
        type: 'single_choice',
        text: `Question ${i}: pick one.`,
        marks: 1,
        options,
        key: { optionId: 'b' },
      };
    case 1:
      return {
        type: 'multiple_response',
        text: `Question ${i}: pick all that apply.`,
        marks: 2,
        options,
        key: { optionIds: ['a', 'c'] },
      };
    case 2:
      return {
        type: 'true_false',
        text: `Question ${i}: true or false?`,
        marks: 1,
        options: null,
        key: { value: true },
      };
    case 3:
      return {
        type: 'short_answer',
        text: `Question ${i}: one word.`,
        marks: 1,
        options: null,
        key: { accepted: ['word'] },
      };
    case 4:
      return {
        type: 'numeric',
        text: `Question ${i}: a number.`,
        marks: 1,
        options: null,
        key: { value: i, tolerance: 0.5 },
      };
    default:
      return { type: 'essay', text: `Question ${i}: explain.`, marks: 5, options: null, key: null };
  }
}

/** Publishes a timed test of `count` questions through the authoring API, pinned like a real publish. */
export async function publishLongTest(core: Core, count: number, name: string): Promise<string> {
  const admin = await signIn(core, 'admin@northfield.example');
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) {
    ids.push((await admin.ok('questions.create', { content: questionNo(i) })).id);
  }
  const test = await admin.ok('tests.create', {
    settings: { name, timerMinutes: 180, shuffle: true, attemptsAllowed: 100 },
  });
  await admin.ok('tests.setQuestions', {
    id: test.id,
    questions: ids.map((questionId) => ({ questionId, marks: 1 })),
  });
  const session = core.sessions.get('bench-admin@northfield.example');
  if (!session) throw new Error('no admin session');
  const tenant = session.tenant;
  const nowIso = new Date().toISOString();
  const heads = await core.env
    .db()
    .select({ id: questions.id, version: questions.currentVersionId })
    .from(questions)
    .where(eq(questions.clientId, tenant.clientId));
  const pins = new Map(heads.map((h) => [h.id, h.version]));
  await replaceTestQuestions(
    core.env.db(),
    tenant,
    test.id,
    ids.map((questionId) => ({
      questionId,
      marks: 1,
      questionVersionId: pins.get(questionId) ?? null,
    })),
    core.env.ids,
    nowIso,
  );
  await updateTestRow(
    core.env.db(),
    tenant,
    test.id,
    { status: 'published', publishedAt: nowIso },
    nowIso,
  );
  return test.id;
}
