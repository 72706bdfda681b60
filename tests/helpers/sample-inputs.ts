import { methodNames, type MethodInput, type MethodName } from '@shared/api/contract';
import type { QuestionContentInput } from '@shared/domain/questions';
import { demoEmail, DEMO_PASSWORD } from './core';
import { fixtureIds, type DemoFixture } from './fixtures';
import type { Core } from '@main/app/core';
import { enrol } from '@main/services/sync/enrolment-service';
import { exportRescue } from '@main/services/backup/rescue-export';
import { registerSigningKey } from '@main/services/backup/signing-key-registration';
import { endOpenAttempts } from './backup';
import type { TenantContext } from '@db/tenant';

/**
 * One valid input per API method, for the first role the contract allows.
 * The mapped type makes a method without a sample a type error; the API tests
 * check the same at run time (`methodsWithoutSample`).
 */
export type SampleInputs = { readonly [K in MethodName]: (fx: DemoFixture) => MethodInput<K> };

export const sampleQuestion: QuestionContentInput = {
  type: 'single_choice',
  text: 'Which river flows through Cairo?',
  options: [
    { id: 'a', text: 'Nile' },
    { id: 'b', text: 'Danube' },
  ],
  key: { optionId: 'a' },
  marks: 2,
  difficulty: 'easy',
  tags: ['geography'],
};

const b64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

/** The smallest PNG there is: one transparent pixel. */
export const ONE_PIXEL_PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

/** A one-question Aiken file and a one-person CSV, for the import samples. */
export const sampleAikenFile = b64(
  'Which river flows through Cairo?\nA. Nile\nB. Danube\nANSWER: A\n',
);
export const samplePeopleCsv = b64('name,email,role\nNia New,nia.new@northfield.example,student\n');

export const sampleInputs: SampleInputs = {
  'app.info': () => ({}),
  'auth.demoAccounts': () => ({}),
  'auth.session': () => ({}),
  'auth.signIn': () => ({ email: demoEmail.admin, password: DEMO_PASSWORD }),
  'auth.signOut': () => ({}),
  'auth.keepAlive': () => ({}),
  'auth.pinStatus': () => ({}),
  'auth.setPin': () => ({ password: DEMO_PASSWORD, pin: '583920' }),
  'organisation.get': () => ({}),
  'organisation.update': () => ({ name: 'Northfield Academy' }),
  'people.list': () => ({ includeInactive: true }),
  'people.get': (fx) => ({ id: fx.people.student1 }),
  'people.create': () => ({
    name: 'Nina New',
    email: 'nina@northfield.example',
    role: 'student',
    password: 'a-long-password',
  }),
  'people.update': (fx) => ({ id: fx.people.student1, name: 'Samuel Student' }),
  'people.resetPassword': (fx) => ({ id: fx.people.student1, password: 'another-password' }),
  'people.resetPin': (fx) => ({ id: fx.people.proctor }),
  'audit.list': () => ({ limit: 50 }),
  'billing.subscription': () => ({}),
  'questions.list': () => ({ search: 'capital' }),
  'questions.get': (fx) => ({ id: fx.questionId }),
  'questions.versions': (fx) => ({ id: fx.questionId }),
  'questions.usage': (fx) => ({ id: fx.questionId }),
  'questions.create': () => ({ content: sampleQuestion }),
  'questions.update': (fx) => ({
    id: fx.questionId,
    baseVersion: 1,
    content: {
      type: 'single_choice',
      text: 'What is the capital of Australia?',
      options: [
        { id: 'a', text: 'Sydney' },
        { id: 'b', text: 'Canberra' },
        { id: 'c', text: 'Melbourne' },
        { id: 'd', text: 'Perth' },
      ],
      key: { optionId: 'b' },
      marks: 1,
      difficulty: 'easy',
      tags: ['geography'],
    },
  }),
  'questions.delete': (fx) => ({ id: fx.questionId }),
  'questions.restore': (fx) => ({ id: fx.deletedQuestionId }),
  'tests.list': () => ({}),
  'tests.get': (fx) => ({ id: fx.publishedTestId }),
  'tests.create': () => ({ settings: { name: 'Geography Quiz', timerMinutes: 20 } }),
  'tests.update': (fx) => ({
    id: fx.draftTestId,
    settings: {
      name: 'Science Mid-Term',
      description: 'Work in progress for the spring term.',
      timerMinutes: 45,
      shuffle: false,
      allowReview: true,
      attemptsAllowed: 1,
      showScore: 'after_grading',
    },
  }),
  'tests.setQuestions': (fx) => ({
    id: fx.draftTestId,
    questions: [{ questionId: fx.questionId, marks: 5 }],
  }),
  'exams.attempts': () => ({}),
  'exams.attempt': (fx) => ({ id: fx.attemptId }),
  'exams.available': () => ({}),
  'sync.status': () => ({}),
  'sync.overview': () => ({}),
  'sync.now': () => ({}),
  'sync.history': () => ({ limit: 10 }),
  'sync.devices': () => ({}),
  'sync.checkServer': (fx) => ({ url: fx.syncUrl, token: 'fixture-token' }),
  'sync.enrol': (fx) => ({ url: fx.syncUrl, token: 'fixture-token', deviceName: 'Front desk PC' }),
  'sync.enrolFromFile': (fx) => ({
    fileText: JSON.stringify({
      format: 'exam-desk-enrolment',
      version: 1,
      url: fx.syncUrl,
      token: 'fixture-token',
    }),
    deviceName: 'Front desk PC',
  }),
  'sync.unenrol': () => ({}),
  'sync.exportUnsynced': () => ({}),
  'sync.setAside': () => ({ includeResolved: true }),
  'sync.resolveSetAside': (fx) => ({ id: fx.setAsideId }),
  'backup.snapshots': () => ({}),
  'backup.snapshot': () => ({}),
  'backup.restore': () => ({ name: preparedSample.snapshotName }),
  'backup.writeRescue': () => ({ from: 'this-computer' }),
  'backup.importRescue': () => ({ fileText: preparedSample.rescueFile }),
  // First-run setup: these run on a computer with no organisation (tests/integration/setup/).
  'setup.status': () => ({}),
  'setup.createOrganisation': () => ({
    organisationName: 'Eastfield Academy',
    adminName: 'Erin Admin',
    adminEmail: 'erin@eastfield.example',
    adminPassword: 'copper kettle lantern marsh',
    adminPin: '583920',
  }),
  'setup.openDemo': () => ({}),
  'setup.checkServer': (fx) => ({ url: fx.syncUrl, token: 'fixture-token' }),
  'setup.enrol': (fx) => ({ url: fx.syncUrl, token: 'fixture-token', deviceName: 'Lab PC 7' }),
  'setup.enrolFromFile': (fx) => ({
    fileText: JSON.stringify({
      format: 'exam-desk-enrolment',
      version: 1,
      url: fx.syncUrl,
      token: 'fixture-token',
    }),
    deviceName: 'Lab PC 8',
  }),
  'questions.conflicts': () => ({}),
  'questions.resolveConflict': (fx) => ({
    id: fx.conflictedQuestionId,
    keepVersionId: fx.conflictKeepVersionId,
  }),
  'exams.start': (fx) => ({ testId: fx.publishedTestId }),
  'exams.resume': (fx) => ({ attemptId: fx.openAttemptId }),
  'exams.saveAnswer': (fx) => ({
    attemptId: fx.openAttemptId,
    questionId: fx.openQuestionId,
    flagged: true,
  }),
  'exams.submit': (fx) => ({ attemptId: fx.openAttemptId }),
  'exams.result': (fx) => ({ attemptId: fx.attemptId }),
  'exams.review': (fx) => ({ attemptId: fx.attemptId }),
  'exams.recordPlay': (fx) => ({
    attemptId: fx.openAttemptId,
    questionId: fx.listeningQuestionId,
    hash: fx.audioHash,
  }),
  'media.upload': () => ({ name: 'dot.png', data: ONE_PIXEL_PNG }),
  'media.get': (fx) => ({ hash: fx.imageHash }),
  'exams.reportIntegrity': (fx) => ({ attemptId: fx.openAttemptId, kind: 'window_blur' }),
  'exams.unlockQuit': () => ({ pin: '2468' }),
  'proctor.attempts': () => ({}),
  'proctor.lockouts': () => ({}),
  'proctor.tests': () => ({}),
  'proctor.extendTime': (fx) => ({ attemptId: fx.openAttemptId, minutes: 5, reason: 'Fire alarm' }),
  'proctor.issueResumeCode': (fx) => ({ attemptId: fx.openAttemptId }),
  'proctor.endAttempt': (fx) => ({ attemptId: fx.openAttemptId, reason: 'Unwell' }),
  'proctor.issueStartCode': (fx) => ({ testId: fx.publishedTestId }),
  'organisation.setActive': () => ({ active: true }),
  'people.importPreview': () => ({ base64: samplePeopleCsv }),
  'people.import': () => ({ base64: samplePeopleCsv }),
  'audit.verify': () => ({}),
  'audit.exportCsv': () => ({ action: 'question.delete' }),
  'audit.facets': () => ({}),
  'billing.overview': () => ({}),
  'questions.importPreview': () => ({
    format: 'aiken',
    fileName: 'bank.txt',
    base64: sampleAikenFile,
  }),
  'questions.import': () => ({ format: 'aiken', fileName: 'bank.txt', base64: sampleAikenFile }),
  'questions.importUpload': () => ({
    size: Buffer.from(sampleAikenFile, 'base64').length,
    offset: 0,
    base64: sampleAikenFile,
  }),
  'questions.importPick': () => ({}),
  'questions.importUploadDiscard': () => ({ uploadId: '0190a0b0-0000-7000-8000-000000000000' }),
  'questions.importCancel': () => ({ progressToken: 'import-no-such-token' }),
  'questions.export': (fx) => ({ format: 'gift', ids: [fx.questionId] }),
  'questions.duplicate': (fx) => ({ id: fx.questionId }),
  'questions.tags': () => ({}),
  'tests.checkPublish': (fx) => ({ id: fx.draftTestId }),
  'tests.publish': (fx) => ({ id: fx.closedTestId }),
  'tests.close': (fx) => ({ id: fx.publishedTestId }),
  'tests.archive': (fx) => ({ id: fx.closedTestId }),
  'tests.duplicate': (fx) => ({ id: fx.publishedTestId }),
  'tests.delete': (fx) => ({ id: fx.draftTestId }),
  'tests.drawRandom': (fx) => ({ id: fx.draftTestId, count: 1, tag: 'literature', marks: 1 }),
  'results.gradebook': (fx) => ({ testId: fx.publishedTestId }),
  'results.gradebookCsv': (fx) => ({ testId: fx.publishedTestId }),
  'results.itemAnalysis': (fx) => ({ testId: fx.publishedTestId }),
  'grading.queue': (fx) => ({ testId: fx.publishedTestId }),
  'results.regradePreview': (fx) => ({ testId: fx.publishedTestId }),
  'results.regrade': (fx) => ({ testId: fx.publishedTestId }),
  'grading.grade': () => ({ answerId: fixtureIds.answer1, marks: 1, comment: 'Checked by hand' }),
  'exams.requestBreak': (fx) => ({ attemptId: fx.openAttemptId }),
  'exams.endBreak': (fx) => ({ attemptId: fx.openAttemptId }),
  'proctor.approveBreak': (fx) => ({ attemptId: fx.openAttemptId }),
  'accommodations.list': (fx) => ({ studentId: fx.people.student1 }),
  'accommodations.set': (fx) => ({ studentId: fx.people.student2, timeMultiplier: 1.5 }),
  'accommodations.remove': (fx) => ({ id: fx.accommodationId }),
  'display.settings': () => ({}),
  'display.update': () => ({
    textSize: 'largest',
    lineSpacing: 'wide',
    contrast: 'high',
    theme: 'dark',
  }),
};

/**
 * Methods whose sample only succeeds on a device in a given state. The
 * changing-method tests run this after the fixture and before the call.
 */
/** What `prepareSample` made for the samples that name something on disk. */
const preparedSample = {
  snapshotName: 'no-snapshot-prepared',
  rescueFile: 'no rescue file prepared',
};

export async function prepareSample(
  method: MethodName,
  core: Core,
  fx: DemoFixture,
): Promise<void> {
  if (method === 'backup.restore') {
    // A restore is refused while an exam runs on the computer; the fixture's open attempt ends first.
    await endOpenAttempts(core);
    preparedSample.snapshotName = (await core.backup.snapshot('manual')).name;
  }
  if (method === 'backup.importRescue') {
    await registerSigningKey(core.env, core.dataDir);
    const written = await exportRescue({
      dataDir: core.dataDir,
      nowIso: new Date(core.env.clock.nowMs()).toISOString(),
      newId: core.env.ids,
    });
    preparedSample.rescueFile = written.text;
  }
  if (method === 'exams.endBreak') {
    // Ending a break needs one asked for: the student asks first.
    const student1: TenantContext = {
      clientId: fx.clientId,
      profileId: fx.people.student1,
      role: 'student',
    };
    await core.exam.exams.requestBreak(student1, fx.openAttemptId);
  }
  if (method === 'sync.unenrol') {
    const admin: TenantContext = {
      clientId: fx.clientId,
      profileId: fx.people.admin,
      role: 'admin',
    };
    await enrol(core.sync, admin, {
      url: fx.syncUrl,
      token: 'fixture-token',
      deviceName: 'Front desk PC',
    });
    await core.sync.syncNow();
  }
}

export function methodsWithoutSample(): MethodName[] {
  return methodNames.filter((m) => !Object.prototype.hasOwnProperty.call(sampleInputs, m));
}

/** An input the contract must refuse, and the field the VALIDATION error must name. */
export interface MalformedCase {
  input: (fx: DemoFixture) => unknown;
  field: string;
}

const NOT_A_UUID = 'question-1';

/**
 * Per method, inputs that break one rule each. Every method also gets the
 * generic cases (not an object, an unknown key) in the validation test.
 */
export const malformedInputs: { readonly [K in MethodName]: readonly MalformedCase[] } = {
  'app.info': [{ input: () => ({ verbose: true }), field: 'verbose' }],
  'auth.demoAccounts': [{ input: () => ({ organisation: 'Southfield' }), field: 'organisation' }],
  'auth.session': [{ input: () => ({ token: 'abc' }), field: 'token' }],
  'auth.signIn': [
    { input: () => ({ email: 'not-an-email', password: DEMO_PASSWORD }), field: 'email' },
    { input: () => ({ email: demoEmail.admin, password: '' }), field: 'password' },
    { input: () => ({ email: demoEmail.admin }), field: 'password' },
  ],
  'auth.signOut': [{ input: () => ({ everywhere: true }), field: 'everywhere' }],
  'auth.keepAlive': [{ input: () => ({ idleMs: 0 }), field: 'idleMs' }],
  'auth.pinStatus': [{ input: (fx) => ({ id: fx.people.proctor }), field: 'id' }],
  'auth.setPin': [
    { input: () => ({ password: DEMO_PASSWORD, pin: '123456' }), field: 'pin' },
    { input: () => ({ password: DEMO_PASSWORD, pin: '2468' }), field: 'pin' },
    { input: () => ({ password: DEMO_PASSWORD, pin: '150390' }), field: 'pin' },
    { input: () => ({ password: '', pin: '583920' }), field: 'password' },
  ],
  'organisation.get': [{ input: (fx) => ({ id: fx.clientId }), field: 'id' }],
  'organisation.update': [
    { input: () => ({ name: '   ' }), field: 'name' },
    { input: () => ({ logoUrl: 'http://insecure.example/logo.png' }), field: 'logoUrl' },
    { input: () => ({ active: 'yes' }), field: 'active' },
  ],
  'people.list': [{ input: () => ({ role: 'superuser' }), field: 'role' }],
  'people.get': [{ input: () => ({ id: NOT_A_UUID }), field: 'id' }],
  'people.create': [
    {
      input: () => ({ name: 'Nina', email: 'nina', role: 'student', password: 'a-long-password' }),
      field: 'email',
    },
    {
      input: () => ({
        name: 'Nina',
        email: 'nina@northfield.example',
        role: 'student',
        password: 'short',
      }),
      field: 'password',
    },
    {
      input: () => ({
        name: 'Nina',
        email: 'nina@northfield.example',
        role: 'root',
        password: 'a-long-password',
      }),
      field: 'role',
    },
  ],
  'people.resetPin': [{ input: () => ({ id: NOT_A_UUID }), field: 'id' }],
  'people.update': [
    { input: (fx) => ({ id: fx.people.student1, name: '' }), field: 'name' },
    { input: () => ({ id: NOT_A_UUID, name: 'Sam' }), field: 'id' },
  ],
  'people.resetPassword': [
    { input: (fx) => ({ id: fx.people.student1, password: '1234567' }), field: 'password' },
  ],
  'audit.list': [
    { input: () => ({ from: 'yesterday' }), field: 'from' },
    { input: () => ({ limit: 0 }), field: 'limit' },
  ],
  'billing.subscription': [{ input: () => ({ plan: 'enterprise' }), field: 'plan' }],
  'questions.list': [
    { input: () => ({ limit: 0 }), field: 'limit' },
    { input: () => ({ type: 'poem' }), field: 'type' },
  ],
  'questions.get': [{ input: () => ({ id: 42 }), field: 'id' }],
  'questions.versions': [{ input: () => ({}), field: 'id' }],
  'questions.usage': [{ input: () => ({ id: 42 }), field: 'id' }],
  'questions.create': [
    { input: () => ({ content: { ...sampleQuestion, text: '' } }), field: 'content.text' },
    { input: () => ({ content: { ...sampleQuestion, type: 'poem' } }), field: 'content.type' },
    {
      input: () => ({
        content: {
          ...sampleQuestion,
          options: [
            { id: 'a', text: 'Nile' },
            { id: 'a', text: 'Danube' },
          ],
        },
      }),
      field: 'content.options.1.id',
    },
    {
      input: () => ({ content: { ...sampleQuestion, key: { optionId: 'z' } } }),
      field: 'content.key.optionId',
    },
  ],
  'questions.update': [
    {
      input: (fx) => ({ id: fx.questionId, baseVersion: 0, content: sampleQuestion }),
      field: 'baseVersion',
    },
    {
      input: (fx) => ({
        id: fx.questionId,
        baseVersion: 1,
        content: { ...sampleQuestion, marks: -1 },
      }),
      field: 'content.marks',
    },
  ],
  'questions.delete': [{ input: () => ({ id: NOT_A_UUID }), field: 'id' }],
  'questions.restore': [{ input: () => ({ id: null }), field: 'id' }],
  'tests.list': [{ input: () => ({ status: 'live' }), field: 'status' }],
  'tests.get': [{ input: () => ({ id: '' }), field: 'id' }],
  'tests.create': [
    { input: () => ({ settings: { name: '' } }), field: 'settings.name' },
    {
      input: () => ({
        settings: {
          name: 'Quiz',
          availableFrom: '2026-06-02T09:00:00Z',
          availableUntil: '2026-06-01T09:00:00Z',
        },
      }),
      field: 'settings.availableUntil',
    },
  ],
  'tests.update': [
    {
      input: (fx) => ({ id: fx.draftTestId, settings: { name: 'Quiz', timerMinutes: 0 } }),
      field: 'settings.timerMinutes',
    },
  ],
  'tests.setQuestions': [
    {
      input: (fx) => ({
        id: fx.draftTestId,
        questions: [{ questionId: fx.questionId, marks: -1 }],
      }),
      field: 'questions.0.marks',
    },
    {
      input: (fx) => ({
        id: fx.draftTestId,
        questions: [
          { questionId: fx.questionId, marks: 1 },
          { questionId: fx.questionId, marks: 2 },
        ],
      }),
      field: 'questions',
    },
    {
      input: (fx) => ({
        id: fx.draftTestId,
        questions: [{ questionId: fx.questionId, marks: 1, weight: 2 }],
      }),
      field: 'questions.0.weight',
    },
  ],
  'exams.attempts': [{ input: () => ({ status: 'done' }), field: 'status' }],
  'exams.attempt': [{ input: () => ({ id: NOT_A_UUID }), field: 'id' }],
  'exams.available': [{ input: (fx) => ({ testId: fx.publishedTestId }), field: 'testId' }],
  'sync.status': [{ input: () => ({ verbose: true }), field: 'verbose' }],
  'sync.overview': [{ input: () => ({ deviceId: 'x' }), field: 'deviceId' }],
  'sync.now': [{ input: () => ({ force: true }), field: 'force' }],
  'sync.history': [
    { input: () => ({ limit: 0 }), field: 'limit' },
    { input: () => ({ limit: 1.5 }), field: 'limit' },
  ],
  'sync.devices': [{ input: (fx) => ({ clientId: fx.clientId }), field: 'clientId' }],
  'sync.checkServer': [
    { input: () => ({ url: 'ftp://northfield.turso.io', token: 't' }), field: 'url' },
    { input: (fx) => ({ url: fx.syncUrl, token: '' }), field: 'token' },
  ],
  'sync.enrol': [
    {
      input: () => ({ url: 'http://192.0.2.10:8080', token: 't', deviceName: 'PC' }),
      field: 'url',
    },
    { input: (fx) => ({ url: fx.syncUrl, token: 'has spaces', deviceName: 'PC' }), field: 'token' },
    { input: (fx) => ({ url: fx.syncUrl, token: 't', deviceName: '   ' }), field: 'deviceName' },
    {
      input: (fx) => ({ url: fx.syncUrl, token: 't', deviceName: 'PC', deviceRole: 'server' }),
      field: 'deviceRole',
    },
  ],
  'sync.enrolFromFile': [
    { input: () => ({ fileText: '', deviceName: 'PC' }), field: 'fileText' },
    { input: () => ({ fileText: 'x'.repeat(70_000), deviceName: 'PC' }), field: 'fileText' },
    { input: () => ({ fileText: '{}' }), field: 'deviceName' },
  ],
  'sync.unenrol': [{ input: () => ({ force: true }), field: 'force' }],
  'sync.exportUnsynced': [{ input: () => ({ path: '/tmp/x' }), field: 'path' }],
  'sync.setAside': [{ input: () => ({ includeResolved: 'yes' }), field: 'includeResolved' }],
  'sync.resolveSetAside': [{ input: () => ({ id: NOT_A_UUID }), field: 'id' }],
  'backup.snapshots': [{ input: () => ({ reason: 'manual' }), field: 'reason' }],
  'backup.snapshot': [{ input: () => ({ reason: 'manual' }), field: 'reason' }],
  'backup.restore': [{ input: () => ({ name: '../exam.db' }), field: 'name' }],
  'backup.writeRescue': [{ input: () => ({ from: 'folder', folder: '   ' }), field: 'folder' }],
  'backup.importRescue': [{ input: () => ({ fileText: '' }), field: 'fileText' }],
  'setup.status': [{ input: () => ({ production: true }), field: 'production' }],
  'setup.createOrganisation': [
    {
      input: () => ({
        organisationName: ' ',
        adminName: 'Erin Admin',
        adminEmail: 'erin@eastfield.example',
        adminPassword: 'copper kettle lantern marsh',
        adminPin: '583920',
      }),
      field: 'organisationName',
    },
    {
      input: () => ({
        organisationName: 'Eastfield Academy',
        adminName: 'Erin Admin',
        adminEmail: 'erin',
        adminPassword: 'copper kettle lantern marsh',
        adminPin: '583920',
      }),
      field: 'adminEmail',
    },
    {
      input: () => ({
        organisationName: 'Eastfield Academy',
        adminName: 'Erin Admin',
        adminEmail: 'erin@eastfield.example',
        adminPassword: 'short',
        adminPin: '583920',
      }),
      field: 'adminPassword',
    },
    {
      input: () => ({
        organisationName: 'Eastfield Academy',
        adminName: 'Erin Admin',
        adminEmail: 'erin@eastfield.example',
        adminPassword: 'copper kettle lantern marsh',
        adminPin: '111111',
      }),
      field: 'adminPin',
    },
  ],
  'setup.openDemo': [{ input: () => ({ organisation: 'Northfield' }), field: 'organisation' }],
  'setup.checkServer': [
    { input: () => ({ url: 'ftp://example.org', token: 't' }), field: 'url' },
    { input: (fx) => ({ url: fx.syncUrl, token: '' }), field: 'token' },
  ],
  'setup.enrol': [
    { input: (fx) => ({ url: fx.syncUrl, token: 't', deviceName: ' ' }), field: 'deviceName' },
    {
      input: () => ({ url: 'http://192.0.2.10:8080', token: 't', deviceName: 'PC' }),
      field: 'url',
    },
  ],
  'setup.enrolFromFile': [{ input: () => ({ fileText: '', deviceName: 'PC' }), field: 'fileText' }],
  'questions.conflicts': [{ input: () => ({ limit: 5 }), field: 'limit' }],
  'questions.resolveConflict': [
    {
      input: (fx) => ({ id: fx.conflictedQuestionId, keepVersionId: NOT_A_UUID }),
      field: 'keepVersionId',
    },
    {
      input: (fx) => ({
        id: fx.conflictedQuestionId,
        keepVersionId: fx.conflictKeepVersionId,
        content: { type: 'true_false', text: '', options: null, key: { value: false }, marks: 1 },
      }),
      field: 'content.text',
    },
  ],
  'exams.start': [
    { input: () => ({ testId: NOT_A_UUID }), field: 'testId' },
    { input: (fx) => ({ testId: fx.publishedTestId, startCode: 'abc' }), field: 'startCode' },
  ],
  'exams.resume': [
    { input: (fx) => ({ attemptId: fx.openAttemptId, resumeCode: '12' }), field: 'resumeCode' },
  ],
  'exams.saveAnswer': [
    {
      input: (fx) => ({ attemptId: fx.openAttemptId, questionId: fx.openQuestionId }),
      field: 'answer',
    },
    {
      input: (fx) => ({
        attemptId: fx.openAttemptId,
        questionId: fx.openQuestionId,
        answer: { type: 'single_choice' },
      }),
      field: 'answer.optionId',
    },
    {
      input: (fx) => ({
        attemptId: fx.openAttemptId,
        questionId: fx.openQuestionId,
        answer: { type: 'drawing', strokes: [] },
      }),
      field: 'answer.type',
    },
    {
      input: (fx) => ({ attemptId: fx.openAttemptId, questionId: NOT_A_UUID, flagged: true }),
      field: 'questionId',
    },
  ],
  'exams.submit': [{ input: () => ({ attemptId: NOT_A_UUID }), field: 'attemptId' }],
  'exams.result': [{ input: () => ({}), field: 'attemptId' }],
  'exams.review': [{ input: () => ({ attemptId: NOT_A_UUID }), field: 'attemptId' }],
  'exams.recordPlay': [
    {
      input: (fx) => ({
        attemptId: fx.openAttemptId,
        questionId: fx.listeningQuestionId,
        hash: 'x',
      }),
      field: 'hash',
    },
  ],
  'media.upload': [
    { input: () => ({ name: '', data: ONE_PIXEL_PNG }), field: 'name' },
    { input: () => ({ name: 'a.png', data: 'not base64!' }), field: 'data' },
  ],
  'media.get': [{ input: () => ({ hash: 'ABC' }), field: 'hash' }],
  'exams.reportIntegrity': [
    { input: (fx) => ({ attemptId: fx.openAttemptId, kind: 'screenshot' }), field: 'kind' },
    {
      input: (fx) => ({
        attemptId: fx.openAttemptId,
        kind: 'window_blur',
        detail: 'x'.repeat(501),
      }),
      field: 'detail',
    },
  ],
  'exams.unlockQuit': [{ input: () => ({ pin: 'pin' }), field: 'pin' }],
  'proctor.attempts': [{ input: () => ({ all: true }), field: 'all' }],
  'proctor.lockouts': [{ input: () => ({ since: '2026-06-01' }), field: 'since' }],
  'proctor.tests': [{ input: () => ({ status: 'draft' }), field: 'status' }],
  'proctor.extendTime': [
    {
      input: (fx) => ({ attemptId: fx.openAttemptId, minutes: 2.5, reason: 'x' }),
      field: 'minutes',
    },
    {
      input: (fx) => ({ attemptId: fx.openAttemptId, minutes: 601, reason: 'x' }),
      field: 'minutes',
    },
    { input: (fx) => ({ attemptId: fx.openAttemptId, minutes: 5, reason: '  ' }), field: 'reason' },
  ],
  'proctor.issueResumeCode': [{ input: () => ({ attemptId: NOT_A_UUID }), field: 'attemptId' }],
  'proctor.endAttempt': [{ input: (fx) => ({ attemptId: fx.openAttemptId }), field: 'reason' }],
  'proctor.issueStartCode': [{ input: () => ({ testId: 42 }), field: 'testId' }],
  'organisation.setActive': [{ input: () => ({ active: 'yes' }), field: 'active' }],
  'people.importPreview': [{ input: () => ({ base64: 'not base64!' }), field: 'base64' }],
  'people.import': [
    { input: () => ({ base64: samplePeopleCsv, skipInvalid: 1 }), field: 'skipInvalid' },
  ],
  'audit.verify': [{ input: () => ({ deviceId: 'x' }), field: 'deviceId' }],
  'audit.exportCsv': [{ input: () => ({ from: 'last week' }), field: 'from' }],
  'audit.facets': [{ input: () => ({ all: true }), field: 'all' }],
  'billing.overview': [{ input: () => ({ plan: 'x' }), field: 'plan' }],
  'questions.importPreview': [
    { input: () => ({ format: 'docx', fileName: 'a.docx', base64: '' }), field: 'format' },
  ],
  'questions.import': [
    { input: () => ({ format: 'gift', fileName: '', base64: sampleAikenFile }), field: 'fileName' },
    { input: () => ({ format: 'gift', fileName: 'a.gift', base64: '%%%' }), field: 'base64' },
  ],
  'questions.importUpload': [
    { input: () => ({ offset: 0, base64: sampleAikenFile }), field: 'size' },
    { input: () => ({ size: 10, offset: 4, base64: sampleAikenFile }), field: 'offset' },
    { input: () => ({ size: 10, offset: 0, base64: '%%%' }), field: 'base64' },
  ],
  // The page never names a path: the dialog in main picks the file.
  'questions.importPick': [{ input: () => ({ path: '/etc/passwd' }), field: 'path' }],
  'questions.importUploadDiscard': [{ input: () => ({ uploadId: 'nope' }), field: 'uploadId' }],
  'questions.importCancel': [{ input: () => ({ progressToken: 'short' }), field: 'progressToken' }],
  'questions.export': [
    { input: () => ({ format: 'gift', ids: [] }), field: 'ids' },
    { input: () => ({ format: 'pdf' }), field: 'format' },
  ],
  'questions.duplicate': [{ input: () => ({ id: NOT_A_UUID }), field: 'id' }],
  'questions.tags': [{ input: () => ({ tag: 'x' }), field: 'tag' }],
  'tests.checkPublish': [{ input: () => ({ id: NOT_A_UUID }), field: 'id' }],
  'tests.publish': [{ input: () => ({}), field: 'id' }],
  'tests.close': [{ input: () => ({ id: 7 }), field: 'id' }],
  'tests.archive': [{ input: () => ({ id: NOT_A_UUID }), field: 'id' }],
  'tests.duplicate': [{ input: () => ({ id: NOT_A_UUID }), field: 'id' }],
  'tests.delete': [{ input: () => ({ id: null }), field: 'id' }],
  'tests.drawRandom': [
    { input: (fx) => ({ id: fx.draftTestId, count: 0 }), field: 'count' },
    {
      input: (fx) => ({ id: fx.draftTestId, count: 2, difficulty: 'brutal' }),
      field: 'difficulty',
    },
    { input: (fx) => ({ id: fx.draftTestId, count: 2, marks: 0 }), field: 'marks' },
  ],
  'results.gradebook': [{ input: () => ({ testId: NOT_A_UUID }), field: 'testId' }],
  'results.gradebookCsv': [{ input: () => ({}), field: 'testId' }],
  'results.itemAnalysis': [{ input: () => ({ testId: 3 }), field: 'testId' }],
  'grading.queue': [{ input: () => ({ anonymous: 'yes' }), field: 'anonymous' }],
  'results.regradePreview': [{ input: () => ({ testId: NOT_A_UUID }), field: 'testId' }],
  'results.regrade': [{ input: () => ({ testId: 12 }), field: 'testId' }],
  'exams.requestBreak': [{ input: () => ({ attemptId: NOT_A_UUID }), field: 'attemptId' }],
  'exams.endBreak': [{ input: () => ({}), field: 'attemptId' }],
  'proctor.approveBreak': [
    { input: (fx) => ({ attemptId: fx.openAttemptId, minutes: 5 }), field: 'minutes' },
  ],
  'accommodations.list': [{ input: () => ({ studentId: NOT_A_UUID }), field: 'studentId' }],
  'accommodations.set': [
    { input: (fx) => ({ studentId: fx.people.student2 }), field: 'timeMultiplier' },
    {
      input: (fx) => ({ studentId: fx.people.student2, timeMultiplier: 0.5 }),
      field: 'timeMultiplier',
    },
    {
      input: (fx) => ({ studentId: fx.people.student2, timeMultiplier: 1.333 }),
      field: 'timeMultiplier',
    },
    {
      input: (fx) => ({ studentId: fx.people.student2, extraMinutes: 2.5 }),
      field: 'extraMinutes',
    },
    {
      input: (fx) => ({ studentId: fx.people.student2, availableFrom: '2026-06-02T09:00:00Z' }),
      field: 'availableFrom',
    },
    {
      input: (fx) => ({
        studentId: fx.people.student2,
        testId: fx.publishedTestId,
        availableFrom: '2026-06-02T09:00:00Z',
        availableUntil: '2026-06-01T09:00:00Z',
      }),
      field: 'availableUntil',
    },
    {
      input: (fx) => ({ studentId: fx.people.student2, extraAttempts: 0 }),
      field: 'extraAttempts',
    },
    {
      input: (fx) => ({ studentId: fx.people.student2, restBreakMinutes: 241 }),
      field: 'restBreakMinutes',
    },
    { input: () => ({ studentId: NOT_A_UUID, extraMinutes: 5 }), field: 'studentId' },
  ],
  'accommodations.remove': [{ input: () => ({ id: 12 }), field: 'id' }],
  'display.settings': [{ input: () => ({ theme: 'dark' }), field: 'theme' }],
  'display.update': [
    {
      input: () => ({
        textSize: 'huge',
        lineSpacing: 'standard',
        contrast: 'standard',
        theme: 'light',
      }),
      field: 'textSize',
    },
    {
      input: () => ({ textSize: 'large', lineSpacing: 'standard', contrast: 'standard' }),
      field: 'theme',
    },
  ],
  'grading.grade': [
    { input: () => ({ answerId: fixtureIds.answer1, marks: -1 }), field: 'marks' },
    { input: () => ({ answerId: fixtureIds.answer1, marks: 'full' }), field: 'marks' },
    { input: () => ({ answerId: NOT_A_UUID, marks: 1 }), field: 'answerId' },
  ],
};
