import type { Db, SyncClient } from '@db/client';
import type { TransactionRunner } from '@db/transaction';
import * as accommodationsRepo from '@db/repositories/accommodations';
import * as attemptBreaksRepo from '@db/repositories/attempt-breaks';
import * as attemptClockRepo from '@db/repositories/attempt-clock';
import * as displaySettingsRepo from '@db/repositories/display-settings';
import * as answerAuditRepo from '@db/repositories/answer-audit';
import {
  accommodationCoveredFunctionNames,
  accommodationValues,
} from './accommodation-repository-cases';
import * as answerSavesRepo from '@db/repositories/answer-saves';
import { adminCoveredFunctionNames, adminRepositoryModules } from './admin-repository-cases';
import { backupCoveredFunctionNames } from './backup-query-cases';
import { dataLayerNotTenantScoped } from './data-layer-reasons';
import { deliveryCoveredFunctionNames, deliveryRepositoryModules } from './delivery-query-cases';
import { searchCoveredFunctionNames } from './search-cases';
import { guardCoveredFunctionNames, guardRepositoryModules } from './guard-repository-cases';
import * as attemptsRepo from '@db/repositories/attempts';
import * as auditRepo from '@db/repositories/audit-logs';
import {
  auditSigningCoveredFunctionNames,
  auditSigningRepositoryModules,
} from './audit-signing-repository-cases';
import * as demoOrganisationRepo from '@db/repositories/demo-organisation';
import * as devicesRepo from '@db/repositories/devices';
import * as examAttemptsRepo from '@db/repositories/exam-attempts';
import * as integrityRepo from '@db/repositories/integrity-events';
import * as mediaPlaysRepo from '@db/repositories/media-plays';
import * as organisationsRepo from '@db/repositories/organisations';
import * as profilesRepo from '@db/repositories/profiles';
import * as questionConflictsRepo from '@db/repositories/question-conflicts';
import * as questionMappingRepo from '@db/repositories/question-mapping';
import * as questionsRepo from '@db/repositories/questions';
import * as sealingHashesRepo from '@db/repositories/sealing-hashes';
import { sealedTestCoveredFunctionNames, sealedTestRepositoryModules } from './sealed-test-cases';
import * as sealingUpgradeRepo from '@db/repositories/sealing-upgrade';
import * as subscriptionsRepo from '@db/repositories/subscriptions';
import * as syncLocalRepo from '@db/repositories/sync-local';
import * as setAsideRepo from '@db/repositories/sync-set-aside';
import * as stagedImportsRepo from '@db/repositories/staged-imports';
import * as testsRepo from '@db/repositories/tests';
import type { TenantContext } from '@db/tenant';
import { questionContentSchema } from '@shared/domain/questions';
import { testSettingsSchema } from '@shared/domain/tests';
import { sequentialIds } from '@shared/ids';
import type { DemoFixture } from '../../helpers/fixtures';
import { sampleQuestion } from '../../helpers/sample-inputs';
import type { SecondTenant } from '../../helpers/second-tenant';

/**
 * Every repository module, by file name. The coverage test fails when a file in
 * db/repositories is missing here, or when one of these exports a function no
 * case below names: a new repository function needs a tenancy case (or a
 * reason it needs none) before the suite passes.
 */
export const repositoryModules: Record<string, Record<string, unknown>> = {
  accommodations: accommodationsRepo,
  'attempt-breaks': attemptBreaksRepo,
  'attempt-clock': attemptClockRepo,
  'display-settings': displaySettingsRepo,
  'answer-audit': answerAuditRepo,
  'answer-saves': answerSavesRepo,
  attempts: attemptsRepo,
  'audit-logs': auditRepo,
  'demo-organisation': demoOrganisationRepo,
  devices: devicesRepo,
  'exam-attempts': examAttemptsRepo,
  'integrity-events': integrityRepo,
  organisations: organisationsRepo,
  profiles: profilesRepo,
  'question-conflicts': questionConflictsRepo,
  'question-mapping': questionMappingRepo,
  questions: questionsRepo,
  'sealing-hashes': sealingHashesRepo,
  'sealing-upgrade': sealingUpgradeRepo,
  subscriptions: subscriptionsRepo,
  'sync-local': syncLocalRepo,
  'sync-set-aside': setAsideRepo,
  'staged-imports': stagedImportsRepo,
  tests: testsRepo,
  ...adminRepositoryModules,
  ...deliveryRepositoryModules,
  ...guardRepositoryModules,
  ...auditSigningRepositoryModules,
  ...sealedTestRepositoryModules,
};

export interface TenancyWorld {
  db: Db;
  /** The same database's engine client, for reads that keep their statement (db/kept-read.ts). */
  client: SyncClient;
  /** Transactions on the same database, for repositories that write plain SQL. */
  transaction: TransactionRunner;
  fx: DemoFixture;
  b: SecondTenant;
  /** Organisation A's admin. */
  a: TenantContext;
}

const at = '2026-06-01T09:00:00.000Z';
const content = questionContentSchema.parse(sampleQuestion);
const settings = testSettingsSchema.parse({ name: 'Renamed' });

/** Asked from organisation A for an object of organisation B: must answer NOT_FOUND and write nothing. */
export interface ByIdCase {
  fn: string;
  label: string;
  run: (w: TenancyWorld) => Promise<unknown>;
}

export const byIdCases: ByIdCase[] = [
  {
    fn: 'getAttemptRow',
    label: "B's attempt",
    run: (w) => attemptsRepo.getAttemptRow(w.db, w.a, w.b.attemptId),
  },
  {
    fn: 'getAttempt',
    label: "B's attempt",
    run: (w) => attemptsRepo.getAttempt(w.db, w.a, w.b.attemptId),
  },
  {
    fn: 'getPerson',
    label: "B's student",
    run: (w) => profilesRepo.getPerson(w.db, w.a, w.b.studentId),
  },
  {
    fn: 'updatePerson',
    label: "B's admin",
    run: (w) =>
      profilesRepo.updatePerson(w.db, w.a, w.b.adminId, { role: 'student', active: false }, at),
  },
  {
    fn: 'getQuestion',
    label: "B's question",
    run: (w) => questionsRepo.getQuestion(w.db, w.a, w.b.questionId),
  },
  {
    fn: 'saveQuestionVersion',
    label: "B's question",
    run: (w) =>
      questionsRepo.saveQuestionVersion(w.db, w.a, w.b.questionId, content, {
        versionId: '0190e6a0-0000-7000-8000-0000000c0001',
        nowIso: at,
        deviceId: 'device-a',
      }),
  },
  {
    fn: 'setQuestionDeleted',
    label: "B's question",
    run: (w) => questionsRepo.setQuestionDeleted(w.db, w.a, w.b.questionId, at, at),
  },
  {
    fn: 'listQuestionVersions',
    label: "B's question",
    run: (w) => questionsRepo.listQuestionVersions(w.db, w.a, w.b.questionId),
  },
  {
    fn: 'getQuestionVersion',
    label: "B's question version",
    run: (w) => questionsRepo.getQuestionVersion(w.db, w.a, w.b.questionVersionId),
  },
  { fn: 'getTestRow', label: "B's test", run: (w) => testsRepo.getTestRow(w.db, w.a, w.b.testId) },
  { fn: 'getTest', label: "B's test", run: (w) => testsRepo.getTest(w.db, w.a, w.b.testId) },
  {
    fn: 'updateTestRow',
    label: "B's test",
    run: (w) =>
      testsRepo.updateTestRow(w.db, w.a, w.b.testId, testsRepo.settingsToColumns(settings), at),
  },
  {
    fn: 'replaceTestQuestions',
    label: "B's test",
    run: (w) =>
      testsRepo.replaceTestQuestions(
        w.db,
        w.a,
        w.b.testId,
        [{ questionId: w.fx.questionId, marks: 1 }],
        sequentialIds(Date.UTC(2026, 4, 1), 5),
        at,
      ),
  },
  {
    fn: 'replaceTestQuestions',
    label: "B's question into A's draft test",
    run: (w) =>
      testsRepo.replaceTestQuestions(
        w.db,
        w.a,
        w.fx.draftTestId,
        [{ questionId: w.b.questionId, marks: 1 }],
        sequentialIds(Date.UTC(2026, 4, 2), 6),
        at,
      ),
  },
  {
    fn: 'resolveSetAside',
    label: "B's set-aside row",
    run: (w) => setAsideRepo.resolveSetAside(w.db, w.a, w.b.setAsideId, at),
  },
  {
    fn: 'reconcileQuestion',
    label: "B's forked question",
    run: (w) => questionConflictsRepo.reconcileQuestion(w.db, w.a, w.b.questionId, at),
  },
  {
    fn: 'saveResolvingVersion',
    label: "B's forked question",
    run: (w) =>
      questionConflictsRepo.saveResolvingVersion(
        w.db,
        w.a,
        w.b.questionId,
        w.b.forkVersionId,
        null,
        {
          versionId: '0190e6a0-0000-7000-8000-0000000c0001',
          nowIso: at,
          deviceId: 'd',
        },
      ),
  },
  {
    fn: 'commitAnswerSave',
    label: "B's attempt",
    run: (w) =>
      answerSavesRepo.commitAnswerSave(
        w.transaction,
        { ...w.a, profileId: w.b.studentId },
        {
          answerId: '0190e6a0-0000-7000-8000-0000000d0001',
          auditId: '0190e6a0-0000-7000-8000-0000000d0002',
          attemptId: w.b.attemptId,
          questionId: w.b.questionId,
          versionId: null,
          answer: { type: 'single_choice', optionId: 'a' },
          flagged: undefined,
          elapsedMs: 1,
          nowIso: at,
          deviceId: 'device-a',
        },
      ),
  },
  {
    fn: 'insertAttempt',
    label: "B's test",
    run: (w) =>
      examAttemptsRepo.insertAttempt(
        w.db,
        { ...w.a, profileId: w.fx.people.student1, role: 'student' },
        {
          id: '0190e6a0-0000-7000-8000-0000000d0003',
          testId: w.b.testId,
          attemptNo: 1,
          testVersion: 1,
          seed: 'seed',
          paper: { seed: 'seed', shuffled: false, entries: [] },
          timeLimitMs: null,
          deviceId: 'device-a',
          nowIso: at,
        },
      ),
  },
  {
    fn: 'persistAttemptClock',
    label: "B's attempt",
    run: (w) =>
      examAttemptsRepo.persistAttemptClock(w.db, w.a, w.b.attemptId, { elapsedMs: 1, nowIso: at }),
  },
  {
    fn: 'updateAttemptFields',
    label: "B's attempt",
    run: (w) =>
      examAttemptsRepo.updateAttemptFields(w.db, w.a, w.b.attemptId, { extraTimeMs: 60_000 }),
  },
  {
    fn: 'writeAnswerScores',
    label: "B's attempt",
    run: (w) =>
      examAttemptsRepo.writeAnswerScores(
        w.db,
        w.a,
        w.b.attemptId,
        [{ questionId: w.b.questionId, versionId: null, isCorrect: true, marksObtained: 1 }],
        sequentialIds(Date.UTC(2026, 4, 3), 7),
        at,
      ),
  },
  {
    fn: 'commitMediaPlay',
    label: "B's attempt",
    run: (w) =>
      mediaPlaysRepo.commitMediaPlay(
        w.transaction,
        { ...w.a, profileId: w.b.studentId, role: 'student' },
        {
          playId: '0190e6a0-0000-7000-8000-0000000d0005',
          auditId: '0190e6a0-0000-7000-8000-0000000d0006',
          attemptId: w.b.attemptId,
          questionId: w.b.questionId,
          sha256: w.b.mediaHash,
          limit: null,
          nowIso: at,
          deviceId: 'device-a',
        },
      ),
  },
  {
    fn: 'insertIntegrityEvent',
    label: "B's attempt",
    run: (w) =>
      integrityRepo.insertIntegrityEvent(w.db, w.a, {
        id: '0190e6a0-0000-7000-8000-0000000d0004',
        attemptId: w.b.attemptId,
        kind: 'window_blur',
        detail: null,
        deviceId: 'device-a',
        occurredAt: at,
      }),
  },
  {
    fn: 'getAccommodationRow',
    label: "B's accommodation",
    run: (w) => accommodationsRepo.getAccommodationRow(w.db, w.a, w.b.accommodationId),
  },
  {
    fn: 'updateAccommodation',
    label: "B's accommodation",
    run: (w) =>
      accommodationsRepo.updateAccommodation(
        w.db,
        w.a,
        w.b.accommodationId,
        accommodationValues,
        at,
      ),
  },
  {
    fn: 'deleteAccommodation',
    label: "B's accommodation",
    run: (w) => accommodationsRepo.deleteAccommodation(w.db, w.a, w.b.accommodationId, at),
  },
  {
    fn: 'insertBreak',
    label: "B's attempt",
    run: (w) =>
      attemptBreaksRepo.insertBreak(w.db, w.a, {
        id: '0190e6a0-0000-7000-8000-0000000d0005',
        attemptId: w.b.attemptId,
        status: 'requested',
        requestedAt: at,
        approvedAt: null,
        approvedBy: null,
        startedAt: null,
        deviceId: 'device-a',
        nowIso: at,
      }),
  },
  {
    fn: 'updateBreak',
    label: "B's running break",
    run: (w) =>
      attemptBreaksRepo.updateBreak(w.db, w.a, w.b.breakId, 'running', {
        status: 'ended',
        endedAt: at,
        usedMs: 1,
        updatedAt: at,
      }),
  },
];

/**
 * Reads that return many rows (or the tenant's own one): asked by A they hold
 * none of B's ids, asked by B they hold B's (so the filter really was tested).
 */
export interface ListCase {
  fn: string;
  label: string;
  ids: (w: TenancyWorld, tenant: TenantContext) => Promise<string[]>;
}

const idsOf = (rows: ReadonlyArray<{ id: string }>): string[] => rows.map((r) => r.id);

export const listCases: ListCase[] = [
  {
    fn: 'listAttempts',
    label: 'all',
    ids: async (w, t) => idsOf(await attemptsRepo.listAttempts(w.db, t)),
  },
  {
    fn: 'listAttempts',
    label: "filtered on B's test and student",
    ids: async (w, t) =>
      idsOf(
        await attemptsRepo.listAttempts(w.db, t, { testId: w.b.testId, studentId: w.b.studentId }),
      ),
  },
  { fn: 'listAudit', label: 'all', ids: async (w, t) => idsOf(await auditRepo.listAudit(w.db, t)) },
  {
    fn: 'listAudit',
    label: "filtered on B's author and question",
    ids: async (w, t) =>
      idsOf(
        await auditRepo.listAudit(w.db, t, { userId: w.b.authorId, resourceId: w.b.questionId }),
      ),
  },
  { fn: 'chainRows', label: 'all', ids: async (w, t) => idsOf(await auditRepo.chainRows(w.db, t)) },
  {
    fn: 'listPeople',
    label: 'searching a name both have',
    ids: async (w, t) =>
      idsOf(
        await profilesRepo.listPeople(w.db, t, { search: 'Sam Student', includeInactive: true }),
      ),
  },
  {
    fn: 'listQuestions',
    label: 'searching a text both have, deleted too',
    ids: async (w, t) =>
      idsOf(
        (await questionsRepo.listQuestions(w.db, t, { search: 'capital city', state: 'all' }))
          .items,
      ),
  },
  {
    fn: 'listQuestions',
    label: "on B's test",
    ids: async (w, t) =>
      idsOf((await questionsRepo.listQuestions(w.db, t, { testId: w.b.testId })).items),
  },
  {
    fn: 'getQuestionsByIds',
    label: "A's and B's question",
    ids: async (w, t) =>
      idsOf(await questionsRepo.getQuestionsByIds(w.db, t, [w.fx.questionId, w.b.questionId])),
  },
  { fn: 'listTests', label: 'all', ids: async (w, t) => idsOf(await testsRepo.listTests(w.db, t)) },
  {
    fn: 'listTestsUsingQuestion',
    label: "B's question",
    ids: async (w, t) => idsOf(await testsRepo.listTestsUsingQuestion(w.db, t, w.b.questionId)),
  },
  {
    fn: 'listTestQuestions',
    label: "B's test",
    ids: async (w, t) => idsOf(await testsRepo.listTestQuestions(w.db, t, w.b.testId)),
  },
  {
    fn: 'getOrganisation',
    label: 'the caller’s own',
    ids: async (w, t) => [(await organisationsRepo.getOrganisation(w.db, t)).id],
  },
  {
    fn: 'getSubscription',
    label: 'the caller’s own',
    ids: async (w, t) => {
      const sub = await subscriptionsRepo.getSubscription(w.db, t);
      return sub ? [sub.id] : [];
    },
  },
  {
    fn: 'requireSubscription',
    label: 'the caller’s own',
    ids: async (w, t) => [(await subscriptionsRepo.requireSubscription(w.db, t)).id],
  },
  {
    fn: 'getSessionProfile',
    label: 'a session naming B’s admin under A',
    ids: async (w, t) => {
      const row = await profilesRepo.getSessionProfile(w.db, { ...t, profileId: w.b.adminId });
      return row ? [row.id] : [];
    },
  },
  {
    fn: 'getSessionStanding',
    label: 'a session naming B’s admin under A',
    ids: async (w, t) => {
      const row = await profilesRepo.getSessionStanding(w, { ...t, profileId: w.b.adminId });
      return row ? [row.id] : [];
    },
  },
  {
    fn: 'listDevices',
    label: 'all',
    ids: async (w, t) => idsOf(await devicesRepo.listDevices(w.db, t, 'this-device')),
  },
  {
    fn: 'getDeviceRow',
    label: "B's device",
    ids: async (w, t) => {
      const row = await devicesRepo.getDeviceRow(w.db, t, w.b.deviceId);
      return row ? [row.id] : [];
    },
  },
  {
    fn: 'listSetAside',
    label: 'open and resolved',
    ids: async (w, t) => idsOf(await setAsideRepo.listSetAside(w.db, t, true)),
  },
  {
    fn: 'listConflictedQuestions',
    label: 'all',
    ids: async (w, t) => idsOf(await questionConflictsRepo.listConflictedQuestions(w.db, t)),
  },
  {
    fn: 'versionRowsOf',
    label: "B's forked question",
    ids: async (w, t) => idsOf(await questionConflictsRepo.versionRowsOf(w.db, t, w.b.questionId)),
  },
  {
    fn: 'studentAttemptsAt',
    label: "B's test, each asking as its own student",
    ids: async (w, t) =>
      (
        await examAttemptsRepo.studentAttemptsAt(
          w.db,
          {
            ...t,
            role: 'student',
            profileId: t.clientId === w.b.clientId ? w.b.studentId : w.fx.people.student1,
          },
          w.b.testId,
        )
      ).ids,
  },
  {
    fn: 'paperSources',
    label: "B's test",
    ids: async (w, t) =>
      (await examAttemptsRepo.paperSources(w.db, t, w.b.testId)).map((q) => q.questionId),
  },
  {
    fn: 'questionsByVersion',
    label: "A's and B's versions",
    ids: async (w, t) => [
      ...(await examAttemptsRepo.questionsByVersion(w.db, t, [w.b.questionVersionId])).keys(),
    ],
  },
  {
    fn: 'questionHeads',
    label: "A's and B's questions",
    ids: async (w, t) => [
      ...(await examAttemptsRepo.questionHeads(w.db, t, [w.fx.questionId, w.b.questionId])).keys(),
    ],
  },
  {
    fn: 'paperQuestions',
    label: "a paper naming B's question",
    ids: async (w, t) => [
      ...(
        await examAttemptsRepo.paperQuestions(w.db, t, {
          seed: 's',
          shuffled: false,
          entries: [
            {
              questionId: w.b.questionId,
              versionId: w.b.questionVersionId,
              marks: 1,
              optionOrder: null,
            },
          ],
        })
      ).keys(),
    ],
  },
  {
    fn: 'listAnswers',
    label: "B's attempt",
    ids: async (w, t) =>
      (await examAttemptsRepo.listAnswers(w.db, t, w.b.attemptId)).map((a) => a.questionId),
  },
  {
    fn: 'listAccommodations',
    label: 'all',
    ids: async (w, t) => idsOf(await accommodationsRepo.listAccommodations(w.db, t)),
  },
  {
    fn: 'listAccommodations',
    label: "filtered on B's student and test",
    ids: async (w, t) =>
      idsOf(
        await accommodationsRepo.listAccommodations(w.db, t, {
          studentId: w.b.studentId,
          testId: w.b.testId,
        }),
      ),
  },
  {
    fn: 'studentAccommodationRows',
    label: "B's student",
    ids: async (w, t) =>
      idsOf(await accommodationsRepo.studentAccommodationRows(w.db, t, w.b.studentId)),
  },
  {
    fn: 'findLiveAccommodation',
    label: "B's student at B's test",
    ids: async (w, t) => {
      const row = await accommodationsRepo.findLiveAccommodation(
        w.db,
        t,
        w.b.studentId,
        w.b.testId,
      );
      return row ? [row.id] : [];
    },
  },
  {
    fn: 'openBreakOf',
    label: "B's attempt",
    ids: async (w, t) => {
      const open = await attemptBreaksRepo.openBreakOf(w.db, t, w.b.attemptId);
      return open ? [open.id] : [];
    },
  },
  {
    fn: 'listBreaks',
    label: "B's attempt",
    ids: async (w, t) => idsOf(await attemptBreaksRepo.listBreaks(w.db, t, w.b.attemptId)),
  },
  {
    fn: 'persistedClock',
    label: "B's attempt",
    ids: async (w, t) =>
      (await attemptClockRepo.persistedClock(w.db, t, w.b.attemptId)) ? [w.b.attemptId] : [],
  },
  {
    fn: 'proctorAttemptRows',
    label: 'everything since 2000',
    ids: async (w, t) =>
      (await examAttemptsRepo.proctorAttemptRows(w.db, t, '2000-01-01T00:00:00.000Z')).map(
        (r) => r.attempt.id,
      ),
  },
];

/** Writes with no id to aim at another tenant: they change the caller's organisation only. */
export const ownTenantWriteFns = [
  'updateOrganisation',
  'insertPerson',
  'insertQuestion',
  'insertTest',
  'appendAudit',
  'recordSignInResult',
  'upgradePasswordHash',
  'upsertDevice',
  'insertSetAside',
  'mutate',
  'beginStagedImport',
  'insertAccommodation',
] as const;

/** Functions that need no tenancy case, and why. */
export const notTenantScoped: Record<string, string> = {
  auditedAnswer: 'shapes an answer for the audit trail; reads nothing',
  answerSaveChanges: 'builds the audit diff of one save from rows the save already read',
  attemptScope: 'builds the WHERE of the attempt reads above; tested through them',
  toAttemptSummary: 'maps a row already read',
  toStoredAnswer: 'maps a row already read',
  withNewestSave: 'lays one clock read over another; reads nothing',
  newestSaveJson:
    'builds a subquery of the proctor console’s read, scoped by the organisation it is given; tested through proctorAttemptRows',
  newestSaveOf: 'maps a value already read',
  withRunningClock:
    'lays the clock of an attempt row already read (and scoped) over it, reading under the same organisation',
  paperOf: 'reads the paper of a row already read',
  inProgressOnDevice:
    'runs at start-up before anyone signs in; each row is then handled under its own organisation',
  unscoredOnDevice:
    'runs at start-up before anyone signs in; each row is then handled under its own organisation',
  sha256Hex: 'hashing',
  appendChainedRow:
    'writes under the organisation its caller names: appendAudit (the actor’s) and commitAnswerSave (the student’s), both tested here',
  chainedRow:
    'reads the tip of one device’s chain, the caller’s own device; its row is written under the organisation its caller names (commitAnswerSave, tested here)',
  chainRowAfter:
    'hashes a draft after a chain tip its caller read (commitAnswerSave, in its own transaction); reads nothing',
  insertChainedRow:
    'writes the row its caller chained, under the organisation the caller names: appendChainedRow and commitAnswerSave, tested here',
  toOrganisation: 'maps a row already read',
  insertOrganisation:
    'creates a tenant; only the demo seed, first-run setup (on a computer with no organisation) and enrolment call it',
  toPerson: 'maps a row already read',
  normaliseEmail: 'string helper',
  findForSignIn:
    'the sign-in lookup happens before there is a tenant; only the auth service calls it',
  emailTaken:
    'email is UNIQUE across the whole database (published schema), so the check is global',
  contentToColumns: 'maps content to columns',
  columnsToStored: 'maps columns to content',
  listedColumnsToStored: 'maps the listed columns of a bank page to content',
  toQuestionRecord: 'maps a row already read',
  toQuestionSummary: 'maps a row already read',
  toVersionRecord: 'maps a row already read',
  toPlan: 'maps a row already read',
  listPlans: 'the plan catalogue is shared by every organisation and has no tenant column',
  toTestSummary: 'maps a row already read',
  settingsToColumns: 'maps settings to columns',
  toDeviceRecord: 'maps a row already read',
  toSetAsideRow: 'maps a row already read',
  toVersionNode: 'maps a row already read',
  tenantOrganisationId:
    'the sync runner’s bookkeeping names the organisation its tenant database belongs to, before any session',
  questionsToReconcile:
    'runs after a pull over the whole database; each question it finds is then reconciled in its own organisation’s scope',
  demoOrganisationAccounts:
    'the login screen asks before anyone signs in; it answers only organisations the demo seed marked, and only the demo data’s own accounts (its own test shows another organisation gets nothing)',
  liveImportRows: 'builds the WHERE that hides staged rows; tested through the reads that use it',
  setImportLive:
    'changes only an import of the caller’s organisation (its WHERE names the organisation); staged-imports.test.ts shows another organisation’s import stays staged',
  unfinishedImportsOfDevice:
    'runs at start-up before anyone signs in; each import it finds is then cleaned under its own organisation',
  deleteStagedRows:
    'deletes only rows of the named organisation’s import (its WHERE names the organisation); staged-imports.test.ts shows another organisation’s rows stay',
  dropStagedImport:
    'deletes only an import of the named organisation (its WHERE names the organisation)',
  deleteUnrecordedMediaChunks:
    'deletes only chunks of the named organisation (its WHERE names the organisation, and every file id it builds starts with that organisation’s id); import-media-cleanup.test.ts shows a recorded file’s chunks stay',
  examRunningOn:
    'asks about this computer’s own attempts (by device id) to pace pulls; returns no rows',
};

export function coveredFunctionNames(): Set<string> {
  return new Set([
    ...byIdCases.map((c) => c.fn),
    ...listCases.map((c) => c.fn),
    ...ownTenantWriteFns,
    ...Object.keys(notTenantScoped),
    ...adminCoveredFunctionNames(),
    ...deliveryCoveredFunctionNames(),
    ...searchCoveredFunctionNames(),
    ...backupCoveredFunctionNames(),
    ...guardCoveredFunctionNames(),
    ...auditSigningCoveredFunctionNames(),
    ...accommodationCoveredFunctionNames(),
    ...sealedTestCoveredFunctionNames(),
    ...Object.keys(dataLayerNotTenantScoped),
  ]);
}
