import type { SyncClient } from '@db/client';
import type { Core } from '@main/app/core';
import { setQuestionDeletion } from '@main/services/questions/bank-service';
import { reconcileQuestion } from '@db/repositories/question-conflicts';
import { insertSetAside } from '@db/repositories/sync-set-aside';
import { startSyncServer } from './sync-server';
import { duplicateTest, moveTest, publishTest } from '@main/services/tests/lifecycle-service';
import type { TenantContext } from '@db/tenant';
import type { Role } from '@shared/domain/roles';
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
  /** This test core's device id (sync writes its device record and audit rows under it). */
  deviceId: string;
  /** A fresh, empty sync server for this fixture (enrolling publishes into it). */
  syncUrl: string;
  /** A row the server refused, set aside for an admin. */
  setAsideId: string;
  /** "Spiders are insects." edited on two computers offline: in conflict, with two heads. */
  conflictedQuestionId: string;
  /** The head the question shows (the sample keeps it) and the other one (resolved by keeping the first). */
  conflictKeepVersionId: string;
  conflictOtherVersionId: string;
  /** A closed copy of the published test (published, then closed, through the services). */
  closedTestId: string;
  /** An attempt of student1 in progress at the published test, started through the exam service. */
  openAttemptId: string;
  /** The first question on that attempt's paper (a single choice one when there is one). */
  openQuestionId: string;
  /** The demo exam's image (an SVG) and its audio clip, both on every paper of it. */
  imageHash: string;
  audioHash: string;
  /** The demo exam's passage that plays the clip, with a limit of two plays. */
  listeningQuestionId: string;
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
    | 'deviceId'
    | 'syncUrl'
    | 'setAsideId'
    | 'conflictedQuestionId'
    | 'conflictKeepVersionId'
    | 'conflictOtherVersionId'
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
    imageHash: await idOf(client, "SELECT sha256 AS id FROM media WHERE mime = 'image/svg+xml'"),
    audioHash: await idOf(client, "SELECT sha256 AS id FROM media WHERE mime LIKE 'audio/%'"),
    listeningQuestionId: await idOf(
      client,
      "SELECT id FROM questions WHERE question_type = 'description' AND question_text LIKE '%chime%'",
    ),
  };
}

/** Fixed ids for rows the fixtures write by hand (UUIDs, so they pass `idSchema`). */
export const fixtureIds = {
  attempt1: '0190e6a0-0000-7000-8000-00000000a001',
  attempt2: '0190e6a0-0000-7000-8000-00000000a002',
  answer1: '0190e6a0-0000-7000-8000-00000000b001',
  answer2: '0190e6a0-0000-7000-8000-00000000b002',
  answer3: '0190e6a0-0000-7000-8000-00000000b003',
  setAside: '0190e6a0-0000-7000-8000-00000000c001',
  forkA: '0190e6a0-0000-7000-8000-00000000c002',
  forkB: '0190e6a0-0000-7000-8000-00000000c003',
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
  const sync = await prepareSyncFixture(core, ids.clientId);
  return {
    ...ids,
    closedTestId: closed.id,
    deletedQuestionId,
    attemptId: fixtureIds.attempt1,
    otherAttemptId: fixtureIds.attempt2,
    openAttemptId: open.attemptId,
    openQuestionId: firstQuestion.questionId,
    deviceId: core.device.deviceId,
    ...sync,
  };
}

/**
 * What the sync methods need: an empty sync server of the fixture's own, a
 * set-aside row, and a question edited on two computers (two versions with the
 * same parent, written like a pull would leave them, then reconciled).
 */
async function prepareSyncFixture(
  core: Core,
  clientId: string,
): Promise<
  Pick<
    DemoFixture,
    | 'syncUrl'
    | 'setAsideId'
    | 'conflictedQuestionId'
    | 'conflictKeepVersionId'
    | 'conflictOtherVersionId'
  >
> {
  const client = core.database.client;
  const server = await startSyncServer({ until: 'file' });
  const at = '2026-05-30T11:00:00.000Z';
  await insertSetAside(
    core.env.db(),
    { clientId },
    {
      id: fixtureIds.setAside,
      deviceId: 'device-other',
      tableName: 'profiles',
      rowId: '0190e6a0-0000-7000-8000-00000000e001',
      reason:
        'The server already has a profiles row with the same email (created on another computer).',
      row: { email: 'dana@northfield.example', name: 'Dana', password_hash: '[removed]' },
      createdAt: at,
    },
  );
  const questionId = await idOf(
    client,
    "SELECT id FROM questions WHERE question_text = 'Spiders are insects.'",
  );
  for (const [id, text] of [
    [fixtureIds.forkA, 'Spiders are insects. (edited in room A)'],
    [fixtureIds.forkB, 'Spiders are insects. (edited in room B)'],
  ] as const) {
    await client.run(
      `INSERT INTO question_versions (id, client_id, question_id, version, parent_version_id, question_text, question_type, options, correct_answer, marks, difficulty, tags, settings, created_by, device_id, created_at)
       SELECT ?, client_id, id, version + 1, current_version_id, ?, question_type, options, correct_answer, COALESCE(marks, 1), difficulty, tags, settings, created_by, 'device-other', ? FROM questions WHERE id = ?`,
      id,
      text,
      at,
      questionId,
    );
  }
  const outcome = await reconcileQuestion(core.env.db(), { clientId }, questionId, at);
  const keep = outcome.headVersionId ?? fixtureIds.forkA;
  return {
    syncUrl: server.url,
    setAsideId: fixtureIds.setAside,
    conflictedQuestionId: questionId,
    conflictKeepVersionId: keep,
    conflictOtherVersionId: keep === fixtureIds.forkA ? fixtureIds.forkB : fixtureIds.forkA,
  };
}

/** The demo person who holds a role (the first student for `student`). */
export const personForRole: Record<Role, DemoPerson> = {
  admin: 'admin',
  author: 'author',
  proctor: 'proctor',
  student: 'student1',
};
