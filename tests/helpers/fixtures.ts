import type { SyncClient } from '../../db/client';
import type { Core } from '../../electron/app/core';
import { setQuestionDeletion } from '../../electron/services/bank-service';
import {
  duplicateTest,
  moveTest,
  publishTest,
} from '../../electron/services/test-builder/lifecycle-service';
import type { TenantContext } from '../../db/tenant';
import type { Role } from '../../shared/domain/roles';
import { demoEmail } from './core';

export type DemoPerson = keyof typeof demoEmail;

/** Ids of the seeded demo organisation, plus an attempt per student for the results methods and one in progress. */
export interface DemoFixture {
  clientId: string;
  people: Record<DemoPerson, string>;
  /** A live single-choice question ("capital city of Australia"), at version 1. */
  questionId: string;
  /** Another live question, deleted through the API by `prepareDemoFixture`. */
  deletedQuestionId: string;
  publishedTestId: string;
  draftTestId: string;
  /** A submitted attempt of student1 at the published test, with two answers. */
  attemptId: string;
  /** A submitted attempt of student2 at the published test. */
  otherAttemptId: string;
  /** A closed copy of the published test (published, then closed, through the services). */
  closedTestId: string;
  /** An attempt of student1 in progress at the published test, started through the exam service. */
  openAttemptId: string;
  /** The first question on that attempt's paper (a single choice one when there is one). */
  openQuestionId: string;
}

async function idOf(client: SyncClient, sql: string, ...params: unknown[]): Promise<string> {
  const row = (await client.get(sql, ...params)) as { id: string } | undefined;
  if (!row) throw new Error(`fixture lookup found nothing: ${sql}`);
  return row.id;
}

export interface NewAttempt {
  id: string;
  clientId: string;
  studentId: string;
  testId: string;
  status?: string;
  answers?: ReadonlyArray<{ id: string; questionId: string; answer: unknown }>;
}

/**
 * Writes an attempt and its answers straight into the tables, as the exam
 * runner on a device would (there is no API to start one in this layer yet).
 */
export async function insertAttempt(client: SyncClient, a: NewAttempt): Promise<void> {
  const at = '2026-05-30T10:00:00.000Z';
  await client.run(
    `INSERT INTO attempts (id, client_id, student_id, test_id, status, score, total_marks, started_at, submitted_at, created_at, updated_at, device_id)
     VALUES (?, ?, ?, ?, ?, 1, 2, ?, ?, ?, ?, 'device-fixture')`,
    a.id,
    a.clientId,
    a.studentId,
    a.testId,
    a.status ?? 'submitted',
    at,
    at,
    at,
    at,
  );
  for (const answer of a.answers ?? []) {
    await client.run(
      `INSERT INTO attempt_answers (id, client_id, attempt_id, question_id, student_answer, is_correct, marks_obtained, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, 1, 1, ?, ?)`,
      answer.id,
      a.clientId,
      a.id,
      answer.questionId,
      JSON.stringify(answer.answer),
      at,
      at,
    );
  }
}

/** Reads the demo organisation's ids from the database (no writes). */
export async function readDemoIds(
  core: Core,
): Promise<
  Omit<
    DemoFixture,
    | 'deletedQuestionId'
    | 'attemptId'
    | 'otherAttemptId'
    | 'openAttemptId'
    | 'openQuestionId'
    | 'closedTestId'
  >
> {
  const client = core.database.client;
  const clientId = await idOf(client, "SELECT id FROM clients WHERE name = 'Northfield College'");
  const people = {} as Record<DemoPerson, string>;
  for (const [who, email] of Object.entries(demoEmail) as Array<[DemoPerson, string]>) {
    people[who] = await idOf(client, 'SELECT id FROM profiles WHERE email = ?', email);
  }
  return {
    clientId,
    people,
    questionId: await idOf(
      client,
      "SELECT id FROM questions WHERE question_text LIKE 'What is the capital city%'",
    ),
    publishedTestId: await idOf(client, "SELECT id FROM tests WHERE status = 'published'"),
    draftTestId: await idOf(client, "SELECT id FROM tests WHERE status = 'draft'"),
  };
}

/** Fixed ids for rows the fixtures write by hand (UUIDs, so they pass `idSchema`). */
export const fixtureIds = {
  attempt1: '0190e6a0-0000-7000-8000-00000000a001',
  attempt2: '0190e6a0-0000-7000-8000-00000000a002',
  answer1: '0190e6a0-0000-7000-8000-00000000b001',
  answer2: '0190e6a0-0000-7000-8000-00000000b002',
  answer3: '0190e6a0-0000-7000-8000-00000000b003',
} as const;

/**
 * Completes the demo data for tests that need every kind of object: one
 * attempt per student (written like a device would) and one deleted question
 * (deleted through the API, so its audit row is there too).
 */
export async function prepareDemoFixture(core: Core): Promise<DemoFixture> {
  const ids = await readDemoIds(core);
  const client = core.database.client;
  const deletedQuestionId = await idOf(
    client,
    "SELECT id FROM questions WHERE question_text LIKE 'Which planet%'",
  );
  const secondQuestionId = await idOf(
    client,
    "SELECT id FROM questions WHERE question_text LIKE 'Light travels%'",
  );
  await insertAttempt(client, {
    id: fixtureIds.attempt1,
    clientId: ids.clientId,
    studentId: ids.people.student1,
    testId: ids.publishedTestId,
    answers: [
      {
        id: fixtureIds.answer1,
        questionId: ids.questionId,
        answer: { type: 'single_choice', optionId: 'b' },
      },
      {
        id: fixtureIds.answer2,
        questionId: secondQuestionId,
        answer: { type: 'true_false', value: true },
      },
    ],
  });
  await insertAttempt(client, {
    id: fixtureIds.attempt2,
    clientId: ids.clientId,
    studentId: ids.people.student2,
    testId: ids.publishedTestId,
    answers: [
      {
        id: fixtureIds.answer3,
        questionId: ids.questionId,
        answer: { type: 'single_choice', optionId: 'a' },
      },
    ],
  });
  const author: TenantContext = {
    clientId: ids.clientId,
    profileId: ids.people.author,
    role: 'author',
  };
  await setQuestionDeletion(core.env, author, deletedQuestionId, true);
  const student1: TenantContext = {
    clientId: ids.clientId,
    profileId: ids.people.student1,
    role: 'student',
  };
  const open = await core.exam.exams.start(student1, { testId: ids.publishedTestId }, 'fixture');
  const firstQuestion = open.questions.find((q) => q.type === 'single_choice') ?? open.questions[0];
  if (!firstQuestion) throw new Error('the demo paper has no questions');
  const closed = await duplicateTest(core.env, author, ids.publishedTestId);
  await publishTest(core.env, author, closed.id);
  await moveTest(core.env, author, closed.id, 'closed');
  return {
    ...ids,
    closedTestId: closed.id,
    deletedQuestionId,
    attemptId: fixtureIds.attempt1,
    otherAttemptId: fixtureIds.attempt2,
    openAttemptId: open.attemptId,
    openQuestionId: firstQuestion.questionId,
  };
}

/** The demo person who holds a role (the first student for `student`). */
export const personForRole: Record<Role, DemoPerson> = {
  admin: 'admin',
  author: 'author',
  proctor: 'proctor',
  student: 'student1',
};
