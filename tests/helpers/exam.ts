import { eq } from 'drizzle-orm';
import type { Core } from '@main/app/core';
import type { Scheduler } from '@main/services/exams/scheduler';
import { persistedClock } from '@db/repositories/attempt-clock';
import { questionsByVersion } from '@db/repositories/exam-attempts';
import { replaceTestQuestions, updateTestRow } from '@db/repositories/tests';
import { attempts, auditLogs, questions, type tests } from '@db/schema/index';
import type { TenantContext } from '@db/tenant';
import type { StoredQuestion } from '@shared/domain/bank';
import type { ExamQuestion, ExamSession } from '@shared/domain/exam';
import type { AnswerValue } from '@shared/domain/questions';
import { createTestCore, signedIn, type TestClient, type TestCore } from './core';

/** A scheduler that never fires by itself: tests step the exam clock with `core.exam.runtime.tick()`. */
export function manualScheduler(): Scheduler & { stopped: boolean } {
  const s = {
    stopped: false,
    after: () => () => undefined,
    every: () => () => {
      s.stopped = true;
    },
  };
  return s;
}

export function createExamCore(
  options: Parameters<typeof createTestCore>[0] = {},
): Promise<TestCore> {
  return createTestCore({ scheduler: manualScheduler(), ...options });
}

export const DEMO_TEST_NAME = 'General Knowledge — Demo Exam';

export async function demoTestId(student: TestClient): Promise<string> {
  const list = await student.ok('exams.available', {});
  const found = list.find((t) => t.name === DEMO_TEST_NAME);
  if (!found) throw new Error('The demo test is not available');
  return found.id;
}

/** The organisation's admin as a tenant context, for reading keys and arranging data in tests. */
export async function adminTenant(core: Core): Promise<TenantContext> {
  const admin = await signedIn(core, 'admin');
  const session = core.sessions.get(admin.key);
  if (!session) throw new Error('no admin session');
  return session.tenant;
}

/** The stored questions (with keys) of a session's paper, read as staff. */
export async function keysOf(
  core: Core,
  session: ExamSession,
): Promise<Map<string, StoredQuestion>> {
  const tenant = await adminTenant(core);
  const byVersion = await questionsByVersion(
    core.env.db(),
    tenant,
    session.questions.map((q) => q.versionId).filter((v): v is string => v !== null),
  );
  return new Map(session.questions.map((q) => [q.questionId, byVersion.get(q.versionId ?? '')!]));
}

/** A fully correct answer to a question (an essay gets some text). */
export function correctAnswer(q: ExamQuestion, stored: StoredQuestion): AnswerValue {
  const key = stored.key;
  switch (q.type) {
    case 'single_choice':
      return { type: 'single_choice', optionId: (key as { optionId: string }).optionId };
    case 'multiple_response':
      return {
        type: 'multiple_response',
        optionIds: [...(key as { optionIds: string[] }).optionIds],
      };
    case 'true_false':
      return { type: 'true_false', value: (key as { value: boolean }).value };
    case 'short_answer':
      return {
        type: 'short_answer',
        text: ` ${(key as { accepted: string[] }).accepted[0]!.toUpperCase()} `,
      };
    case 'numeric':
      return { type: 'numeric', value: (key as { value: number }).value };
    case 'essay':
      return { type: 'essay', text: 'An algorithm is a finite list of steps, like a recipe.' };
    case 'matching':
      return { type: 'matching', pairs: { ...(key as { pairs: Record<string, string> }).pairs } };
    case 'ordering':
      return { type: 'ordering', order: [...(key as { order: string[] }).order] };
    case 'cloze': {
      const gapKeys = (key as { gaps: Record<string, Record<string, unknown>> }).gaps;
      const gaps = Object.fromEntries(
        Object.entries(gapKeys).map(([id, k]) => {
          if (typeof k.optionId === 'string') return [id, k.optionId];
          if (Array.isArray(k.accepted)) return [id, String(k.accepted[0])];
          return [id, String(k.value)];
        }),
      );
      return { type: 'cloze', gaps };
    }
    case 'description':
      throw new Error('a description takes no answer');
  }
}

/** A wrong answer of the right type. */
export function wrongAnswer(q: ExamQuestion, stored: StoredQuestion): AnswerValue {
  const right = correctAnswer(q, stored);
  switch (right.type) {
    case 'single_choice':
      return {
        type: 'single_choice',
        optionId: q.options!.find((o) => o.id !== right.optionId)!.id,
      };
    case 'multiple_response':
      return {
        type: 'multiple_response',
        optionIds: q.options!.filter((o) => !right.optionIds.includes(o.id)).map((o) => o.id),
      };
    case 'true_false':
      return { type: 'true_false', value: !right.value };
    case 'short_answer':
      return { type: 'short_answer', text: 'not it' };
    case 'numeric':
      return { type: 'numeric', value: right.value + 1_000 };
    case 'essay':
      return right;
    case 'matching': {
      // Every premise gets a response other than its own.
      const responses = (stored.responses ?? []).map((r) => r.id);
      const pairs = Object.fromEntries(
        Object.entries(right.pairs).map(([premise, response]) => [
          premise,
          responses.find((r) => r !== response) ?? null,
        ]),
      );
      return { type: 'matching', pairs };
    }
    case 'ordering':
      return { type: 'ordering', order: [...right.order].reverse() };
    case 'cloze': {
      const gaps = Object.fromEntries(
        (stored.gaps ?? []).map((gap) => {
          if (gap.kind === 'choice') {
            const other = gap.options?.find((o) => o.id !== right.gaps[gap.id]);
            return [gap.id, other?.id ?? null];
          }
          return [gap.id, gap.kind === 'numeric' ? '-987654321' : 'not it'];
        }),
      );
      return { type: 'cloze', gaps };
    }
  }
}

/** Changes a published test's settings directly (the authoring API only edits drafts). */
export async function setTestColumns(
  core: Core,
  testId: string,
  values: Partial<typeof tests.$inferInsert>,
): Promise<void> {
  const tenant = await adminTenant(core);
  await updateTestRow(
    core.env.db(),
    tenant,
    testId,
    values,
    new Date(core.env.clock.nowMs()).toISOString(),
  );
}

/** Publishes a test made through the authoring API, pinning each question's current version. */
export async function publishTest(core: Core, testId: string): Promise<void> {
  const tenant = await adminTenant(core);
  const nowIso = new Date(core.env.clock.nowMs()).toISOString();
  const links = await core.env
    .db()
    .select({ id: questions.id, version: questions.currentVersionId })
    .from(questions)
    .where(eq(questions.clientId, tenant.clientId));
  const pins = new Map(links.map((l) => [l.id, l.version]));
  const admin = await signedIn(core, 'admin');
  const detail = await admin.ok('tests.get', { id: testId });
  await replaceTestQuestions(
    core.env.db(),
    tenant,
    testId,
    detail.questions.map((q) => ({
      questionId: q.questionId,
      marks: q.marks,
      questionVersionId: pins.get(q.questionId) ?? null,
    })),
    core.env.ids,
    nowIso,
  );
  await updateTestRow(
    core.env.db(),
    tenant,
    testId,
    { status: 'published', publishedAt: nowIso },
    nowIso,
  );
}

export async function auditCount(core: Core): Promise<number> {
  return (await core.env.db().select({ id: auditLogs.id }).from(auditLogs)).length;
}

export async function auditRowsFor(core: Core, resourceId: string) {
  return core.env.db().select().from(auditLogs).where(eq(auditLogs.resourceId, resourceId));
}

/**
 * The attempt's clock as persisted, read as a resume after a crash reads it
 * (`persistedClock`, under `withRunningClock`): the later of the clock row's
 * heartbeat and the newest answer save.
 */
export async function persistedClockOf(core: Core, attemptId: string) {
  const [attempt] = await core.env
    .db()
    .select({ clientId: attempts.clientId })
    .from(attempts)
    .where(eq(attempts.id, attemptId));
  if (!attempt?.clientId) throw new Error(`no attempt ${attemptId}`);
  return persistedClock(core.env.db(), { clientId: attempt.clientId }, attemptId);
}
