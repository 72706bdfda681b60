import { eq } from 'drizzle-orm';
import {
  attemptAnswers,
  attempts,
  clientSubscriptions,
  integrityEvents,
  profiles,
  subscriptionPlans,
} from '@db/schema/index';
import type { QuestionContentInput } from '@shared/domain/questions';
import type { PlanFeatures, SubscriptionStatus } from '@shared/domain/subscriptions';
import type { TestClient, TestCore } from '../../helpers/core';

/** Puts the organisation on a plan with these features (and status and end date). */
export async function setPlan(
  core: TestCore,
  features: PlanFeatures,
  sub: { status?: SubscriptionStatus; endDate?: string | null } = {},
): Promise<void> {
  const [row] = await core.env.db().select().from(clientSubscriptions).limit(1);
  if (!row) throw new Error('the demo organisation has no subscription');
  await core.env
    .db()
    .update(subscriptionPlans)
    .set({ features: JSON.stringify(features) })
    .where(eq(subscriptionPlans.id, row.planId));
  if (sub.status === undefined && sub.endDate === undefined) return;
  await core.env
    .db()
    .update(clientSubscriptions)
    .set({
      ...(sub.status !== undefined && { status: sub.status }),
      ...(sub.endDate !== undefined && { endDate: sub.endDate }),
    })
    .where(eq(clientSubscriptions.id, row.id));
}

export async function profileId(core: TestCore, email: string): Promise<string> {
  const [row] = await core.env.db().select().from(profiles).where(eq(profiles.email, email));
  if (!row) throw new Error(`no profile ${email}`);
  return row.id;
}

export const choice = (text: string, key = 'b', marks = 1): QuestionContentInput => ({
  type: 'single_choice',
  text,
  options: [
    { id: 'a', text: 'First' },
    { id: 'b', text: 'Second' },
    { id: 'c', text: 'Third' },
    { id: 'd', text: 'Fourth' },
  ],
  key: { optionId: key },
  marks,
});

export const essay = (text: string, marks = 5): QuestionContentInput => ({
  type: 'essay',
  text,
  options: null,
  key: null,
  marks,
});

/** A draft test with these questions (marks per question as given). */
export async function draftTest(
  author: TestClient,
  name: string,
  questions: Array<{ content: QuestionContentInput; marks?: number }>,
) {
  const ids: string[] = [];
  for (const q of questions)
    ids.push((await author.ok('questions.create', { content: q.content })).id);
  const test = await author.ok('tests.create', { settings: { name } });
  return author.ok('tests.setQuestions', {
    id: test.id,
    questions: ids.map((questionId, i) => ({
      questionId,
      marks: questions[i]?.marks ?? (questions[i]?.content.marks as number),
    })),
  });
}

export interface SeedAnswer {
  questionId: string;
  answer: unknown;
  marks: number | null;
  correct?: boolean | null;
  graded?: boolean;
}

/** Writes a sat attempt straight into the tables, as the delivery side would have. */
export async function seedAttempt(
  core: TestCore,
  a: {
    id: string;
    testId: string;
    studentId: string;
    clientId: string;
    status: 'in_progress' | 'submitted' | 'needs_grading' | 'graded';
    answers: SeedAnswer[];
    totalMarks: number;
    startedAt?: string;
    submittedAt?: string | null;
    elapsedMs?: number;
    attemptNo?: number;
    integrity?: string[];
  },
): Promise<void> {
  const score = a.answers.reduce((s, x) => s + (x.marks ?? 0), 0);
  await core.env
    .db()
    .insert(attempts)
    .values({
      id: a.id,
      testId: a.testId,
      studentId: a.studentId,
      clientId: a.clientId,
      status: a.status,
      score: a.status === 'in_progress' ? null : score,
      totalMarks: a.totalMarks,
      startedAt: a.startedAt ?? '2026-06-01T09:00:00.000Z',
      submittedAt: a.submittedAt === undefined ? '2026-06-01T09:30:00.000Z' : a.submittedAt,
      elapsedMs: a.elapsedMs ?? 30 * 60_000,
      attemptNo: a.attemptNo ?? 1,
      deviceId: 'device-lab-1',
    });
  if (a.answers.length > 0) {
    await core.env
      .db()
      .insert(attemptAnswers)
      .values(
        a.answers.map((x, i) => ({
          id: `${a.id.slice(0, 24)}${a.id.slice(-4)}${String(i).padStart(8, '0')}`,
          attemptId: a.id,
          questionId: x.questionId,
          clientId: a.clientId,
          studentAnswer: x.answer === null ? null : JSON.stringify(x.answer),
          marksObtained: x.marks,
          isCorrect: x.correct === undefined || x.correct === null ? null : x.correct ? 1 : 0,
          ...(x.graded && { gradedAt: '2026-06-01T10:00:00.000Z' }),
        })),
      );
  }
  for (const [i, kind] of (a.integrity ?? []).entries()) {
    await core.env
      .db()
      .insert(integrityEvents)
      .values({
        id: `${a.id.slice(0, 24)}${a.id.slice(-4)}9${String(i).padStart(7, '0')}`,
        clientId: a.clientId,
        attemptId: a.id,
        kind,
        occurredAt: '2026-06-01T09:10:00.000Z',
      });
  }
}
