import type { Core } from '@main/app/core';
import { appendAudit } from '@db/repositories/audit-logs';
import { upsertDevice } from '@db/repositories/devices';
import { insertOrganisation } from '@db/repositories/organisations';
import { reconcileQuestion } from '@db/repositories/question-conflicts';
import { insertSetAside } from '@db/repositories/sync-set-aside';
import { insertPerson } from '@db/repositories/profiles';
import { insertMedia, insertMediaChunks } from '@db/repositories/media';
import { insertQuestion } from '@db/repositories/questions';
import { prepareMedia } from '@main/services/media/media-file';
import { insertTest, replaceTestQuestions } from '@db/repositories/tests';
import { clientSubscriptions } from '@db/schema/index';
import type { TenantContext } from '@db/tenant';
import { hashSecret } from '@main/services/auth/passwords';
import { sequentialIds } from '@shared/ids';
import { questionContentSchema } from '@shared/domain/questions';
import { testSettingsSchema } from '@shared/domain/tests';
import { DEMO_PASSWORD, TEST_SCRYPT } from './core';
import { insertAttempt } from './fixtures';

/** Everything organisation B owns, by id. */
export interface SecondTenant {
  clientId: string;
  adminId: string;
  authorId: string;
  studentId: string;
  questionId: string;
  questionVersionId: string;
  testId: string;
  testQuestionId: string;
  attemptId: string;
  answerId: string;
  subscriptionId: string;
  auditId: string;
  /** B's device record, a row B's server refused and set aside, and a second version of B's question that forks it. */
  deviceId: string;
  setAsideId: string;
  forkVersionId: string;
  /** A stored image (a one-pixel PNG), and B's attempt has two plays counted on B's question. */
  mediaHash: string;
  /** B's student's accommodation at B's test (10 minutes of breaks), and a break running on B's attempt. */
  accommodationId: string;
  breakId: string;
  admin: TenantContext;
  author: TenantContext;
  student: TenantContext;
}

export const SECOND_TENANT_EMAILS = {
  admin: 'admin@southfield.example',
  author: 'author@southfield.example',
  student: 'student@southfield.example',
} as const;

/** A one-pixel PNG, stored by B (A never stores it). */
const SECOND_TENANT_PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';

/** B's device: its audit rows chain separately from the test core's device. */
export const SECOND_TENANT_DEVICE = 'device-southfield';
/** The hash B's attempt clock names as its last save's. */
export const SECOND_TENANT_RECEIPT = 'southfield-last-save';

/**
 * Adds organisation B to the test core's database, with names and content that
 * deliberately look like the demo organisation's, so any query that forgets
 * the tenant would pick B's rows up. Written through the repositories (and
 * raw SQL for the attempt), outside the API.
 */
export async function createSecondTenant(core: Core): Promise<SecondTenant> {
  const ids = sequentialIds(Date.UTC(2026, 2, 1), 77);
  const nowIso = '2026-05-01T08:00:00.000Z';
  const clientId = ids();
  const [adminId, authorId, studentId] = [ids(), ids(), ids()];
  const passwordHash = await hashSecret(DEMO_PASSWORD, TEST_SCRYPT);
  const admin: TenantContext = { clientId, profileId: adminId, role: 'admin' };
  const author: TenantContext = { clientId, profileId: authorId, role: 'author' };
  const student: TenantContext = { clientId, profileId: studentId, role: 'student' };
  const questionId = ids();
  const questionVersionId = ids();
  const testId = ids();
  const attemptId = ids();
  const answerId = ids();
  const subscriptionId = ids();

  const auditId = await core.env.transaction(async ({ db: tx, sql }) => {
    await insertOrganisation(tx, {
      id: clientId,
      name: 'Southfield School',
      address: '1 Other Road',
      nowIso,
    });
    const people = [
      { id: adminId, name: 'Bea Admin', email: SECOND_TENANT_EMAILS.admin, role: 'admin' as const },
      {
        id: authorId,
        name: 'Bob Author',
        email: SECOND_TENANT_EMAILS.author,
        role: 'author' as const,
      },
      {
        id: studentId,
        name: 'Sam Student',
        email: SECOND_TENANT_EMAILS.student,
        role: 'student' as const,
      },
    ];
    for (const p of people) await insertPerson(tx, { clientId }, { ...p, passwordHash, nowIso });
    const content = questionContentSchema.parse({
      type: 'single_choice',
      text: 'What is the capital city of Australia? (Southfield)',
      options: [
        { id: 'a', text: 'Sydney' },
        { id: 'b', text: 'Canberra' },
      ],
      key: { optionId: 'b' },
      marks: 1,
      difficulty: 'easy',
      tags: ['geography'],
    });
    await insertQuestion(tx, author, questionId, content, {
      versionId: questionVersionId,
      nowIso,
      deviceId: SECOND_TENANT_DEVICE,
    });
    const settings = testSettingsSchema.parse({
      name: 'General Knowledge — Demo Exam',
      timerMinutes: 30,
    });
    await insertTest(tx, author, testId, settings, nowIso);
    await replaceTestQuestions(tx, author, testId, [{ questionId, marks: 1 }], ids, nowIso);
    return appendAudit(
      sql,
      { clock: core.env.clock, ids, deviceId: SECOND_TENANT_DEVICE },
      { clientId, profileId: authorId },
      {
        action: 'question.create',
        resourceType: 'question',
        resourceId: questionId,
        changes: { text: [null, content.text] },
      },
    );
  });
  const client = core.database.client;
  const planRow = (await client.get(
    'SELECT id FROM subscription_plans ORDER BY monthly_price LIMIT 1',
  )) as { id: string };
  await core.env.db().insert(clientSubscriptions).values({
    id: subscriptionId,
    clientId,
    planId: planRow.id,
    status: 'active',
    startDate: nowIso,
    endDate: '2027-05-01T08:00:00.000Z',
    createdAt: nowIso,
    updatedAt: nowIso,
  });
  await insertAttempt(client, {
    id: attemptId,
    clientId,
    studentId,
    testId,
    answers: [{ id: answerId, questionId, answer: { type: 'single_choice', optionId: 'b' } }],
  });
  // B's attempt's clock, with the receipt of its last save, so the audit check has one of B's.
  await client.run(
    `INSERT INTO attempt_clocks (attempt_id, client_id, elapsed_ms, last_saved_at, updated_at, last_save_hash)
     VALUES (?, ?, 0, ?, ?, ?)`,
    attemptId,
    clientId,
    nowIso,
    nowIso,
    SECOND_TENANT_RECEIPT,
  );
  // An integrity event on B's attempt, so the proctor's per-attempt counts have something of B's.
  await client.run(
    `INSERT INTO integrity_events (id, client_id, attempt_id, kind, detail, device_id, occurred_at)
     VALUES (?, ?, ?, 'window_blur', NULL, ?, ?)`,
    ids(),
    clientId,
    attemptId,
    SECOND_TENANT_DEVICE,
    nowIso,
  );
  const link = (await client.get('SELECT id FROM test_questions WHERE test_id = ?', testId)) as {
    id: string;
  };
  const deviceId = ids();
  const setAsideId = ids();
  const forkVersionId = ids();
  await upsertDevice(
    core.env.db(),
    { clientId },
    {
      id: deviceId,
      name: 'Southfield Lab PC',
      role: 'exam',
      appVersion: '0.1.0',
      schemaVersion: 10,
      lastPushAt: nowIso,
      lastPullAt: nowIso,
      pendingChanges: 0,
      lastError: null,
      updatedAt: nowIso,
    },
  );
  await insertSetAside(
    core.env.db(),
    { clientId },
    {
      id: setAsideId,
      deviceId: SECOND_TENANT_DEVICE,
      tableName: 'profiles',
      rowId: ids(),
      reason: 'clash',
      row: { email: 'dup@southfield.example' },
      createdAt: nowIso,
    },
  );
  await client.run(
    `INSERT INTO question_versions (id, client_id, question_id, version, parent_version_id, question_text, question_type, options, correct_answer, marks, difficulty, tags, settings, created_at)
     SELECT ?, client_id, question_id, 2, id, question_text || ' (edited offline)', question_type, options, correct_answer, marks, difficulty, tags, settings, ? FROM question_versions WHERE id = ?`,
    forkVersionId,
    nowIso,
    questionVersionId,
  );
  await client.run(
    `INSERT INTO question_versions (id, client_id, question_id, version, parent_version_id, question_text, question_type, options, correct_answer, marks, difficulty, tags, settings, created_at)
     SELECT ?, client_id, question_id, 2, id, question_text || ' (edited elsewhere)', question_type, options, correct_answer, marks, difficulty, tags, settings, ? FROM question_versions WHERE id = ?`,
    ids(),
    nowIso,
    questionVersionId,
  );
  await reconcileQuestion(core.env.db(), { clientId }, questionId, nowIso);
  // A stored image, and plays of a clip on B's attempt.
  const image = prepareMedia('dot.png', Buffer.from(SECOND_TENANT_PNG, 'base64'));
  await core.env.transaction(async ({ db }) => {
    await insertMediaChunks(db, { clientId }, image.sha256, image.chunks);
    await insertMedia(db, author, {
      sha256: image.sha256,
      mime: image.type.mime,
      size: image.bytes.length,
      chunkCount: image.chunks.length,
      nowIso,
    });
  });
  await client.run(
    `INSERT INTO attempt_media_plays (id, client_id, attempt_id, question_id, media_sha256, plays, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, 2, ?, ?)`,
    ids(),
    clientId,
    attemptId,
    questionId,
    image.sha256,
    nowIso,
    nowIso,
  );
  const accommodationId = ids();
  const breakId = ids();
  await client.run(
    `INSERT INTO accommodations (id, client_id, student_id, test_id, rest_break_minutes, note, created_at, updated_at)
     VALUES (?, ?, ?, ?, 10, 'Southfield plan', ?, ?)`,
    accommodationId,
    clientId,
    studentId,
    testId,
    nowIso,
    nowIso,
  );
  await client.run(
    `INSERT INTO attempt_breaks (id, client_id, attempt_id, status, requested_at, approved_at, started_at, used_ms, device_id, updated_at)
     VALUES (?, ?, ?, 'running', ?, ?, ?, 0, ?, ?)`,
    breakId,
    clientId,
    attemptId,
    nowIso,
    nowIso,
    nowIso,
    SECOND_TENANT_DEVICE,
    nowIso,
  );
  // B's student reads in the dark theme; nobody in A has chosen one.
  await client.run(
    `INSERT INTO display_settings (profile_id, client_id, text_size, line_spacing, contrast, theme, updated_at)
     VALUES (?, ?, 'largest', 'wider', 'high', 'dark', ?)`,
    studentId,
    clientId,
    nowIso,
  );
  return {
    mediaHash: image.sha256,
    clientId,
    adminId,
    authorId,
    studentId,
    questionId,
    questionVersionId,
    testId,
    testQuestionId: link.id,
    attemptId,
    answerId,
    subscriptionId,
    auditId,
    deviceId,
    setAsideId,
    forkVersionId,
    accommodationId,
    breakId,
    admin,
    author,
    student,
  };
}
