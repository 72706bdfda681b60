import type { Core } from '@main/app/core';
import { replaceTestQuestions, updateTestRow } from '@db/repositories/tests';
import type { QuestionContentInput } from '@shared/domain/questions';
import type { BenchClient } from './exam-fixtures';

/** Creates these questions and publishes a test of them, each pinned to its first version. */
export async function publishTest(
  core: Core,
  author: BenchClient,
  name: string,
  contents: QuestionContentInput[],
): Promise<string> {
  const created = [];
  for (const content of contents) created.push(await author.ok('questions.create', { content }));
  const test = await author.ok('tests.create', {
    settings: { name, timerMinutes: 180, attemptsAllowed: 100 },
  });
  const session = core.sessions.get('bench-author@northfield.example');
  if (!session) throw new Error('no author session');
  const nowIso = new Date().toISOString();
  await replaceTestQuestions(
    core.env.db(),
    session.tenant,
    test.id,
    created.map((q) => ({ questionId: q.id, marks: q.marks, questionVersionId: q.versionId })),
    core.env.ids,
    nowIso,
  );
  await updateTestRow(
    core.env.db(),
    session.tenant,
    test.id,
    { status: 'published', publishedAt: nowIso },
    nowIso,
  );
  return test.id;
}
