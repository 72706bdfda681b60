import { describe, expect, it } from 'vitest';
import { apiContract, type MethodName } from '@shared/api/contract';
import { clientOf, signedIn } from '../../helpers/core';
import { createTestCore, type TestCore } from '../../helpers/core';
import { auditChainBreaks, newAuditRows, readAuditRows } from '../../helpers/audit';
import { allowedCallers, mutatingMethods } from '../../helpers/contract';
import {
  type DemoFixture,
  fixtureIds,
  personForRole,
  prepareDemoFixture,
} from '../../helpers/fixtures';
import { prepareSample, sampleInputs } from '../../helpers/sample-inputs';
import { RESCUE_TABLES } from '@db/backup/rescue-rows';
import { readRescueFile } from '@main/services/backup/rescue-file';
import { loadOrCreateSigningKey } from '@main/services/backup/rescue-key';
import { readManifest } from '@main/services/backup/snapshot-store';

const NOW = '2026-06-01T09:00:00.000Z';

type Changes = Record<string, [unknown, unknown]>;

interface AuditExpectation {
  action: string;
  resourceType: string;
  resourceId: (fx: DemoFixture, value: unknown) => string | null;
  /** The whole recorded diff, or null when nothing but the session changed (read before the call). */
  changes: (fx: DemoFixture, core: TestCore) => Changes | null | Promise<Changes>;
}

const idOf = (value: unknown): string => (value as { id: string }).id;

/** What the audit row of each changing method says, for its sample input. */
const expectations: Record<string, AuditExpectation> = {
  'auth.signIn': {
    action: 'auth.sign_in',
    resourceType: 'profile',
    resourceId: (fx) => fx.people.admin,
    changes: () => ({ last_login_at: [null, NOW] }),
  },
  'auth.signOut': {
    action: 'auth.sign_out',
    resourceType: 'profile',
    resourceId: (fx) => fx.people.admin,
    changes: () => null,
  },
  'auth.setPin': {
    action: 'person.change_pin',
    resourceType: 'profile',
    resourceId: (fx) => fx.people.admin,
    changes: () => ({ pin: ['(hidden)', '(changed)'] }),
  },
  'people.resetPin': {
    action: 'person.reset_pin',
    resourceType: 'profile',
    resourceId: (fx) => fx.people.proctor,
    changes: () => ({ pin: ['(hidden)', null] }),
  },
  'organisation.update': {
    action: 'organisation.update',
    resourceType: 'client',
    resourceId: (fx) => fx.clientId,
    changes: () => ({ name: ['Northfield College', 'Northfield Academy'] }),
  },
  'people.create': {
    action: 'person.create',
    resourceType: 'profile',
    resourceId: (_fx, value) => idOf(value),
    changes: () => ({
      active: [null, true],
      email: [null, 'nina@northfield.example'],
      name: [null, 'Nina New'],
      role: [null, 'student'],
    }),
  },
  'people.update': {
    action: 'person.update',
    resourceType: 'profile',
    resourceId: (fx) => fx.people.student1,
    changes: () => ({ name: ['Sam Student', 'Samuel Student'] }),
  },
  'people.resetPassword': {
    action: 'person.reset_password',
    resourceType: 'profile',
    resourceId: (fx) => fx.people.student1,
    changes: () => ({ password: ['(hidden)', '(changed)'] }),
  },
  'questions.create': {
    action: 'question.create',
    resourceType: 'question',
    resourceId: (_fx, value) => idOf(value),
    changes: () => ({
      difficulty: [null, 'easy'],
      key: [null, '(set)'],
      marks: [null, 2],
      options: [
        null,
        [
          { id: 'a', text: 'Nile' },
          { id: 'b', text: 'Danube' },
        ],
      ],
      settings: [null, {}],
      tags: [null, ['geography']],
      text: [null, 'Which river flows through Cairo?'],
      type: [null, 'single_choice'],
    }),
  },
  'questions.update': {
    action: 'question.update',
    resourceType: 'question',
    resourceId: (fx) => fx.questionId,
    changes: () => ({
      text: ['What is the capital city of Australia?', 'What is the capital of Australia?'],
      version: [1, 2],
    }),
  },
  'questions.delete': {
    action: 'question.delete',
    resourceType: 'question',
    resourceId: (fx) => fx.questionId,
    changes: () => ({ deletedAt: [null, NOW] }),
  },
  'questions.restore': {
    action: 'question.restore',
    resourceType: 'question',
    resourceId: (fx) => fx.deletedQuestionId,
    changes: () => ({ deletedAt: [NOW, null] }),
  },
  'tests.create': {
    action: 'test.create',
    resourceType: 'test',
    resourceId: (_fx, value) => idOf(value),
    changes: () => ({
      allowReview: [null, true],
      attemptsAllowed: [null, 1],
      name: [null, 'Geography Quiz'],
      negativeMarking: [null, false],
      showScore: [null, 'immediately'],
      shuffle: [null, false],
      startCodeRequired: [null, false],
      timerMinutes: [null, 20],
    }),
  },
  'tests.update': {
    action: 'test.update',
    resourceType: 'test',
    resourceId: (fx) => fx.draftTestId,
    changes: () => ({ name: ['Science Mid-Term (draft)', 'Science Mid-Term'] }),
  },
  'tests.setQuestions': {
    action: 'test.set_questions',
    resourceType: 'test',
    resourceId: (fx) => fx.draftTestId,
    changes: async (fx, core) => {
      const links = (await core.database.client.all(
        'SELECT question_id AS questionId, marks FROM test_questions WHERE test_id = ? AND deleted_at IS NULL ORDER BY position',
        fx.draftTestId,
      )) as unknown[];
      expect(links).toHaveLength(6);
      return { questions: [links, [{ questionId: fx.questionId, marks: 5 }]] };
    },
  },
  'sync.enrol': {
    action: 'device.enrol',
    resourceType: 'device',
    resourceId: (fx) => fx.deviceId,
    changes: (fx, core) => ({
      mode: [null, 'publish'],
      name: [null, 'Front desk PC'],
      role: [null, 'exam'],
      url: [null, fx.syncUrl],
      // The key this computer signs its rescue files with (made on first use), for the organisation.
      signingKey: [null, loadOrCreateSigningKey(core.dataDir).publicKey],
    }),
  },
  'sync.enrolFromFile': {
    action: 'device.enrol',
    resourceType: 'device',
    resourceId: (fx) => fx.deviceId,
    changes: (fx, core) => ({
      mode: [null, 'publish'],
      name: [null, 'Front desk PC'],
      role: [null, 'exam'],
      url: [null, fx.syncUrl],
      // The key this computer signs its rescue files with (made on first use), for the organisation.
      signingKey: [null, loadOrCreateSigningKey(core.dataDir).publicKey],
    }),
  },
  'sync.unenrol': {
    action: 'device.unenrol',
    resourceType: 'device',
    resourceId: (fx) => fx.deviceId,
    changes: (fx) => ({ url: [fx.syncUrl, null], unenrolledAt: [null, NOW] }),
  },
  'sync.resolveSetAside': {
    action: 'sync.set_aside_resolved',
    resourceType: 'sync_set_aside',
    resourceId: (fx) => fx.setAsideId,
    changes: () => ({ resolvedAt: [null, NOW] }),
  },
  'questions.resolveConflict': {
    action: 'question.resolve_conflict',
    resourceType: 'question',
    resourceId: (fx) => fx.conflictedQuestionId,
    changes: (fx) => ({
      conflict: [true, false],
      version: [2, 3],
      keptVersionId: [null, fx.conflictKeepVersionId],
      resolvedVersionIds: [null, [fx.conflictOtherVersionId]],
    }),
  },
  // The student already has an attempt in progress, so starting again resumes it.
  'exams.start': {
    action: 'attempt.resume',
    resourceType: 'attempt',
    resourceId: (fx) => fx.openAttemptId,
    changes: () => null,
  },
  'exams.resume': {
    action: 'attempt.resume',
    resourceType: 'attempt',
    resourceId: (fx) => fx.openAttemptId,
    changes: () => null,
  },
  'exams.saveAnswer': {
    action: 'answer.save',
    resourceType: 'attempt',
    resourceId: (fx) => fx.openAttemptId,
    changes: (fx) => ({ [`flagged.${fx.openQuestionId}`]: [false, true] }),
  },
  'exams.submit': {
    action: 'attempt.submit',
    resourceType: 'attempt',
    resourceId: (fx) => fx.openAttemptId,
    changes: () => ({
      score: [null, 0],
      status: ['in_progress', 'graded'],
      submittedBy: [null, 'student'],
      totalMarks: [null, 30],
    }),
  },
  'exams.recordPlay': {
    action: 'attempt.play',
    resourceType: 'attempt',
    resourceId: (fx) => fx.openAttemptId,
    changes: (fx) => ({ [`plays.${fx.listeningQuestionId}`]: [0, 1] }),
  },
  'media.upload': {
    action: 'media.upload',
    resourceType: 'media',
    resourceId: (_fx, value) => (value as { hash: string }).hash,
    changes: () => ({ name: [null, 'dot.png'], mime: [null, 'image/png'], size: [null, 70] }),
  },
  'exams.reportIntegrity': {
    action: 'attempt.integrity',
    resourceType: 'attempt',
    resourceId: (fx) => fx.openAttemptId,
    changes: () => ({ integrity: [null, 'window_blur'] }),
  },
  'exams.unlockQuit': {
    action: 'lockdown.quit_unlocked',
    resourceType: 'attempt',
    resourceId: (fx) => fx.openAttemptId,
    changes: (fx) => ({ quitUnlockedBy: [null, fx.people.admin] }),
  },
  'proctor.extendTime': {
    action: 'attempt.extend_time',
    resourceType: 'attempt',
    resourceId: (fx) => fx.openAttemptId,
    changes: () => ({ extraTimeMs: [0, 300_000], reason: [null, 'Fire alarm'] }),
  },
  'proctor.issueResumeCode': {
    action: 'attempt.resume_code',
    resourceType: 'attempt',
    resourceId: (fx) => fx.openAttemptId,
    changes: () => ({ resumeCode: [null, '(new)'] }),
  },
  'proctor.endAttempt': {
    action: 'attempt.submit',
    resourceType: 'attempt',
    resourceId: (fx) => fx.openAttemptId,
    changes: () => ({
      reason: [null, 'Unwell'],
      score: [null, 0],
      status: ['in_progress', 'graded'],
      submittedBy: [null, 'proctor'],
      totalMarks: [null, 30],
    }),
  },
  'exams.requestBreak': {
    action: 'attempt.break_request',
    resourceType: 'attempt',
    resourceId: (fx) => fx.openAttemptId,
    changes: () => ({ break: [null, 'requested'] }),
  },
  // The student asked for a break first (prepareSample); ending it before it ran withdraws it.
  'exams.endBreak': {
    action: 'attempt.break_cancel',
    resourceType: 'attempt',
    resourceId: (fx) => fx.openAttemptId,
    changes: () => ({ break: ['requested', 'cancelled'] }),
  },
  // The attempt runs on this computer: the approval starts the break at once.
  'proctor.approveBreak': {
    action: 'attempt.break_approve',
    resourceType: 'attempt',
    resourceId: (fx) => fx.openAttemptId,
    changes: () => ({ break: [null, 'running'], breakLeftMs: [null, 600_000] }),
  },
  'accommodations.set': {
    action: 'accommodation.create',
    resourceType: 'accommodation',
    resourceId: (_fx, value) => idOf(value),
    changes: (fx) => ({ studentId: [null, fx.people.student2], timeMultiplier: [null, 1.5] }),
  },
  'accommodations.remove': {
    action: 'accommodation.delete',
    resourceType: 'accommodation',
    resourceId: (fx) => fx.accommodationId,
    changes: (fx) => ({
      restBreakMinutes: [10, null],
      studentId: [fx.people.student1, null],
      testId: [fx.publishedTestId, null],
    }),
  },
  'display.update': {
    action: 'display.update',
    resourceType: 'profile',
    resourceId: (fx) => fx.people.student1,
    changes: () => ({
      contrast: ['standard', 'high'],
      lineSpacing: ['standard', 'wide'],
      textSize: ['standard', 'largest'],
      theme: ['light', 'dark'],
    }),
  },
  'proctor.issueStartCode': {
    action: 'test.start_code',
    resourceType: 'test',
    resourceId: (fx) => fx.publishedTestId,
    changes: () => ({ startCode: [null, '(new)'] }),
  },
};

const importChanges = (detail: Record<string, unknown>): Changes => ({ import: [null, detail] });

/** Admin mode's changing methods. */
Object.assign(expectations, {
  'organisation.setActive': {
    action: 'organisation.update',
    resourceType: 'client',
    resourceId: (fx: DemoFixture) => fx.clientId,
    // Already active: nothing changed but the time, which the diff leaves out.
    changes: () => ({}),
  },
  'people.import': {
    action: 'people.import',
    resourceType: 'profile',
    resourceId: () => null,
    changes: () => ({
      import: [
        null,
        {
          created: 1,
          skipped: 0,
          people: [
            {
              id: expect.any(String) as unknown,
              email: 'nia.new@northfield.example',
              role: 'student',
            },
          ],
        },
      ],
    }),
  },
  'questions.import': {
    action: 'questions.import',
    resourceType: 'question_import',
    resourceId: (_fx: DemoFixture, value: unknown) => (value as { importId: string }).importId,
    changes: () =>
      importChanges({
        format: 'aiken',
        fileName: 'bank.txt',
        total: 1,
        imported: 1,
        importable: 1,
        skipped: 0,
        duplicates: 0,
      }),
  },
  'questions.duplicate': {
    action: 'question.duplicate',
    resourceType: 'question',
    resourceId: (_fx: DemoFixture, value: unknown) => idOf(value),
    changes: (fx: DemoFixture) => ({
      difficulty: [null, 'easy'],
      duplicatedFrom: [null, fx.questionId],
      key: [null, '(set)'],
      marks: [null, 1],
      options: [
        null,
        [
          { id: 'a', text: 'Sydney' },
          { id: 'b', text: 'Canberra' },
          { id: 'c', text: 'Melbourne' },
          { id: 'd', text: 'Perth' },
        ],
      ],
      settings: [null, {}],
      tags: [null, ['geography']],
      text: [null, 'What is the capital city of Australia?'],
      type: [null, 'single_choice'],
    }),
  },
  'tests.publish': {
    action: 'test.reopen',
    resourceType: 'test',
    resourceId: (fx: DemoFixture) => fx.closedTestId,
    changes: () => ({ status: ['closed', 'published'] }),
  },
  'tests.close': {
    action: 'test.close',
    resourceType: 'test',
    resourceId: (fx: DemoFixture) => fx.publishedTestId,
    changes: () => ({ status: ['published', 'closed'] }),
  },
  'tests.archive': {
    action: 'test.archive',
    resourceType: 'test',
    resourceId: (fx: DemoFixture) => fx.closedTestId,
    changes: () => ({ status: ['closed', 'archived'] }),
  },
  'tests.duplicate': {
    action: 'test.duplicate',
    resourceType: 'test',
    resourceId: (_fx: DemoFixture, value: unknown) => idOf(value),
    changes: (fx: DemoFixture) => ({
      duplicatedFrom: [null, fx.publishedTestId],
      name: [null, 'General Knowledge — Demo Exam (copy)'],
    }),
  },
  'tests.delete': {
    action: 'test.delete',
    resourceType: 'test',
    resourceId: (fx: DemoFixture) => fx.draftTestId,
    changes: () => ({
      allowReview: [true, null],
      attemptsAllowed: [1, null],
      description: ['Work in progress for the spring term.', null],
      name: ['Science Mid-Term (draft)', null],
      negativeMarking: [false, null],
      showScore: ['after_grading', null],
      shuffle: [false, null],
      startCodeRequired: [false, null],
      timerMinutes: [45, null],
    }),
  },
  'tests.drawRandom': {
    action: 'test.set_questions',
    resourceType: 'test',
    resourceId: (fx: DemoFixture) => fx.draftTestId,
    changes: async (fx: DemoFixture, core: TestCore) => {
      const links = (await core.database.client.all(
        'SELECT question_id AS questionId, marks FROM test_questions WHERE test_id = ? AND deleted_at IS NULL ORDER BY position',
        fx.draftTestId,
      )) as unknown[];
      return {
        questions: [links, [...links, { questionId: expect.any(String) as unknown, marks: 1 }]],
      };
    },
  },
  'grading.grade': {
    action: 'answer.grade',
    resourceType: 'attempt_answer',
    resourceId: () => fixtureIds.answer1,
    // The sample answer was auto-marked 1 of 1; the grader confirms it with a comment.
    changes: () => ({ comment: [null, 'Checked by hand'], attemptStatus: ['submitted', 'graded'] }),
  },
  'results.regrade': {
    action: 'test.regrade',
    resourceType: 'test',
    resourceId: (fx: DemoFixture) => fx.publishedTestId,
    // The fixture's attempts were stored with 1 mark each; scored on the keys, student1 has
    // both answers right (2) and student2 picked the wrong capital (0).
    changes: (fx: DemoFixture) => ({
      scores: [
        { [fx.attemptId]: 1, [fx.otherAttemptId]: 1 },
        { [fx.attemptId]: 2, [fx.otherAttemptId]: 0 },
      ],
    }),
  },
  'backup.restore': {
    action: 'backup.restore',
    resourceType: 'snapshot',
    resourceId: (fx: DemoFixture) => sampleInputs['backup.restore'](fx).name,
    changes: async (fx: DemoFixture, core: TestCore) => {
      const name = sampleInputs['backup.restore'](fx).name;
      const snapshot = readManifest(core.dataDir, name);
      if (!snapshot) throw new Error(`no snapshot ${name} prepared`);
      // Before: the rows as they are now, which the restore keeps as its pre-restore snapshot.
      const now: Record<string, number> = {};
      for (const table of Object.keys(snapshot.rowCounts)) {
        const row = (await core.database.client.get(`SELECT count(*) AS n FROM "${table}"`)) as {
          n: number;
        };
        now[table] = row.n;
      }
      return {
        data: [
          { snapshot: expect.stringMatching(/-pre-restore$/) as unknown, rowCounts: now },
          {
            snapshot: name,
            takenAt: snapshot.createdAt,
            reason: 'manual',
            syncIdentity: 'local-only',
            restoredBy: fx.people.admin,
            rowCounts: snapshot.rowCounts,
          },
        ],
      };
    },
  },
  'backup.writeRescue': {
    action: 'rescue.export',
    resourceType: 'rescue',
    resourceId: (_fx: DemoFixture, value: unknown) =>
      (value as { rescueId?: string } | null)?.rescueId ?? null,
    // The sample rescues this computer, from a snapshot taken for it, and hands the file back.
    changes: (_fx: DemoFixture, core: TestCore) => ({
      export: [
        null,
        {
          fromDevice: core.device.deviceId,
          fromDeviceName: core.device.name,
          folder: null,
          readFrom: [expect.stringMatching(/manual/) as unknown],
          problems: [],
          counts: Object.fromEntries(RESCUE_TABLES.map((t) => [t, expect.any(Number) as unknown])),
          savedTo: null,
        },
      ],
    }),
  },
  'backup.importRescue': {
    action: 'rescue.import',
    resourceType: 'rescue',
    resourceId: (fx: DemoFixture) =>
      readRescueFile(sampleInputs['backup.importRescue'](fx).fileText).payload.rescueId,
    changes: (fx: DemoFixture) => {
      const { payload } = readRescueFile(sampleInputs['backup.importRescue'](fx).fileText);
      return {
        import: [
          null,
          {
            fromDevice: payload.deviceId,
            fromDeviceName: payload.deviceName,
            writtenAt: payload.createdAt,
            readFrom: payload.readFrom,
            problems: payload.problems,
            // The file was written from this computer's own data: every row is already here.
            tables: Object.fromEntries(
              RESCUE_TABLES.map((t) => [
                t,
                { added: 0, updated: 0, unchanged: payload.tables[t].length },
              ]),
            ),
          },
        ],
      };
    },
  },
} satisfies Record<string, AuditExpectation>);

/**
 * The changing methods a signed-in organisation calls. First-run methods only
 * run on a computer with no organisation; tests/integration/setup/ checks their
 * audit rows there the same way.
 */
const organisationMutations = mutatingMethods.filter((m) => !apiContract[m].firstRun);

describe('audit of changing methods', () => {
  it('has an expectation for every method that mutates, and none for one that does not', () => {
    expect(organisationMutations.filter((m) => !(m in expectations))).toEqual([]);
    expect(
      Object.keys(expectations).filter((m) => !organisationMutations.includes(m as MethodName)),
    ).toEqual([]);
  });

  it.each(organisationMutations)(
    '%s, called successfully, leaves exactly one chained audit row saying what changed',
    async (method) => {
      const core = await createTestCore();
      const fx = await prepareDemoFixture(core);
      await prepareSample(method, core, fx);
      const role = allowedCallers(method)[0] ?? null;
      const client = role === null ? clientOf(core) : await signedIn(core, personForRole[role]);
      const actorId = fx.people[personForRole[role ?? 'admin']];
      const expected = expectations[method];
      if (!expected) throw new Error(`no expectation for ${method}`);
      const before = await readAuditRows(core.database.client);
      const expectedChanges = await expected.changes(fx, core);

      const result = await client.raw(method, sampleInputs[method](fx));
      expect(result.ok ? 'ok' : result.error).toBe('ok');

      const rows = await newAuditRows(core.database.client, before);
      expect(rows).toHaveLength(1);
      const row = rows[0];
      expect({
        action: row?.action,
        resourceType: row?.resourceType,
        resourceId: row?.resourceId,
        clientId: row?.clientId,
        userId: row?.userId,
        deviceId: row?.deviceId,
        createdAt: row?.createdAt,
      }).toEqual({
        action: expected.action,
        resourceType: expected.resourceType,
        resourceId: expected.resourceId(fx, result.ok ? result.value : null),
        clientId: fx.clientId,
        userId: actorId,
        deviceId: core.device.deviceId,
        createdAt: NOW,
      });
      const changes =
        row?.changes === null || row?.changes === undefined
          ? null
          : (JSON.parse(row.changes) as Changes);
      expect(changes).toEqual(expectedChanges);
      // A diff records changes only: no field whose before and after are the same.
      const unchanged = Object.entries(changes ?? {}).filter(
        ([, [a, b]]) => JSON.stringify(a) === JSON.stringify(b),
      );
      expect(unchanged).toEqual([]);
      expect(row?.changes ?? '').not.toMatch(/scrypt\$|another-password|a-long-password/);
      expect(await auditChainBreaks(core.database.client)).toEqual([]);
    },
  );
});
