import { stagedUploads } from '@main/services/imports/staged-uploads';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { apiContract, methodNames, type MethodName } from '@shared/api/contract';
import type { ApiResult } from '@shared/api/result';
import {
  clientOf,
  clientsByRole,
  createSharedTestCore,
  type TestClient,
  type TestCore,
} from '../../helpers/core';
import { allowedCallers } from '../../helpers/contract';
import { changedTables, snapshotDatabase } from '../../helpers/db-snapshot';
import { type DemoFixture, prepareDemoFixture } from '../../helpers/fixtures';
import { ONE_PIXEL_PNG, sampleInputs, sampleQuestion } from '../../helpers/sample-inputs';
import { createSecondTenant, type SecondTenant } from '../../helpers/second-tenant';

/** A well-formed id that names nothing. */
const NO_SUCH_ID = '0190e6a0-0000-7000-8000-00000000dead';

/** Methods whose input names an object by id (`id`, `testId`, ...), read from the contract. */
const idTakingMethods = methodNames.filter((m) => {
  const input: unknown = apiContract[m].input;
  return (
    input instanceof z.ZodObject &&
    Object.keys(input.shape).some((k) => k === 'id' || k.endsWith('Id'))
  );
});

type IdKind =
  | 'question'
  | 'test'
  | 'person'
  | 'author'
  | 'attempt'
  | 'answer'
  | 'setAside'
  | 'questionVersion'
  | 'accommodation'
  | 'upload';

/**
 * For each of those methods, calls that aim at organisation B: the input made
 * with B's id, and the same input made with an id that exists nowhere. Both
 * must answer alike (B's objects are indistinguishable from missing ones).
 */
const crossTenantCalls: Record<
  string,
  Array<{ label: string; input: (fx: DemoFixture, id: (k: IdKind) => string) => unknown }>
> = {
  'people.get': [{ label: "B's student", input: (_fx, id) => ({ id: id('person') }) }],
  'people.update': [
    { label: "B's student", input: (_fx, id) => ({ id: id('person'), active: false }) },
  ],
  'people.resetPassword': [
    { label: "B's student", input: (_fx, id) => ({ id: id('person'), password: 'taken-over-1' }) },
  ],
  'people.resetPin': [{ label: "B's student", input: (_fx, id) => ({ id: id('person') }) }],
  'audit.list': [
    { label: "B's author", input: (_fx, id) => ({ userId: id('author') }) },
    { label: "B's question", input: (_fx, id) => ({ resourceId: id('question') }) },
  ],
  'questions.list': [{ label: "B's test", input: (_fx, id) => ({ testId: id('test') }) }],
  'questions.get': [{ label: "B's question", input: (_fx, id) => ({ id: id('question') }) }],
  'questions.versions': [{ label: "B's question", input: (_fx, id) => ({ id: id('question') }) }],
  'questions.usage': [{ label: "B's question", input: (_fx, id) => ({ id: id('question') }) }],
  'questions.importUpload': [
    {
      label: "B's upload",
      input: (_fx, id) => ({ uploadId: id('upload'), offset: 4, base64: 'AAAA' }),
    },
  ],
  'questions.importUploadDiscard': [
    { label: "B's upload", input: (_fx, id) => ({ uploadId: id('upload') }) },
  ],
  'questions.importPreview': [
    {
      label: "B's upload",
      input: (_fx, id) => ({ format: 'aiken', fileName: 'b.txt', uploadId: id('upload') }),
    },
  ],
  'questions.import': [
    {
      label: "B's upload",
      input: (_fx, id) => ({ format: 'aiken', fileName: 'b.txt', uploadId: id('upload') }),
    },
  ],
  'questions.create': [
    {
      label: "B's test, to write a sealed question into",
      input: (_fx, id) => ({ content: sampleQuestion, sealedTestId: id('test') }),
    },
  ],
  'media.upload': [
    {
      label: "B's test, to store a file sealed for",
      input: (_fx, id) => ({ name: 'dot.png', data: ONE_PIXEL_PNG, sealedTestId: id('test') }),
    },
  ],
  'questions.update': [
    {
      label: "B's question",
      input: (_fx, id) => ({ id: id('question'), baseVersion: 1, content: sampleQuestion }),
    },
  ],
  'questions.delete': [{ label: "B's question", input: (_fx, id) => ({ id: id('question') }) }],
  'questions.restore': [{ label: "B's question", input: (_fx, id) => ({ id: id('question') }) }],
  'tests.get': [{ label: "B's test", input: (_fx, id) => ({ id: id('test') }) }],
  'tests.update': [
    {
      label: "B's test",
      input: (_fx, id) => ({ id: id('test'), settings: { name: 'Taken over' } }),
    },
  ],
  'tests.setQuestions': [
    { label: "B's test", input: (_fx, id) => ({ id: id('test'), questions: [] }) },
    {
      label: "B's question into A's draft",
      input: (fx, id) => ({
        id: fx.draftTestId,
        questions: [{ questionId: id('question'), marks: 1 }],
      }),
    },
  ],
  'exams.attempts': [
    { label: "B's test", input: (_fx, id) => ({ testId: id('test') }) },
    { label: "B's student", input: (_fx, id) => ({ studentId: id('person') }) },
  ],
  'exams.attempt': [{ label: "B's attempt", input: (_fx, id) => ({ id: id('attempt') }) }],
  'sync.resolveSetAside': [
    { label: "B's set-aside row", input: (_fx, id) => ({ id: id('setAside') }) },
  ],
  'questions.resolveConflict': [
    {
      label: "B's forked question",
      input: (_fx, id) => ({ id: id('question'), keepVersionId: id('questionVersion') }),
    },
  ],
  'exams.start': [{ label: "B's test", input: (_fx, id) => ({ testId: id('test') }) }],
  'exams.resume': [{ label: "B's attempt", input: (_fx, id) => ({ attemptId: id('attempt') }) }],
  'exams.saveAnswer': [
    {
      label: "B's attempt",
      input: (_fx, id) => ({ attemptId: id('attempt'), questionId: id('question'), flagged: true }),
    },
    {
      label: "B's question in A's attempt",
      input: (fx, id) => ({
        attemptId: fx.openAttemptId,
        questionId: id('question'),
        flagged: true,
      }),
    },
  ],
  'exams.submit': [{ label: "B's attempt", input: (_fx, id) => ({ attemptId: id('attempt') }) }],
  'exams.result': [{ label: "B's attempt", input: (_fx, id) => ({ attemptId: id('attempt') }) }],
  'exams.review': [{ label: "B's attempt", input: (_fx, id) => ({ attemptId: id('attempt') }) }],
  'exams.recordPlay': [
    {
      label: "B's attempt and question",
      input: (fx, id) => ({
        attemptId: id('attempt'),
        questionId: id('question'),
        hash: fx.audioHash,
      }),
    },
  ],
  'exams.reportIntegrity': [
    {
      label: "B's attempt",
      input: (_fx, id) => ({ attemptId: id('attempt'), kind: 'window_blur' }),
    },
  ],
  'proctor.extendTime': [
    {
      label: "B's attempt",
      input: (_fx, id) => ({ attemptId: id('attempt'), minutes: 5, reason: 'taken over' }),
    },
  ],
  'proctor.issueResumeCode': [
    { label: "B's attempt", input: (_fx, id) => ({ attemptId: id('attempt') }) },
  ],
  'proctor.endAttempt': [
    {
      label: "B's attempt",
      input: (_fx, id) => ({ attemptId: id('attempt'), reason: 'taken over' }),
    },
  ],
  'proctor.issueStartCode': [{ label: "B's test", input: (_fx, id) => ({ testId: id('test') }) }],
  'audit.exportCsv': [{ label: "B's author", input: (_fx, id) => ({ userId: id('author') }) }],
  'questions.duplicate': [{ label: "B's question", input: (_fx, id) => ({ id: id('question') }) }],
  'tests.checkPublish': [{ label: "B's test", input: (_fx, id) => ({ id: id('test') }) }],
  'tests.publish': [{ label: "B's test", input: (_fx, id) => ({ id: id('test') }) }],
  'tests.close': [{ label: "B's test", input: (_fx, id) => ({ id: id('test') }) }],
  'tests.archive': [{ label: "B's test", input: (_fx, id) => ({ id: id('test') }) }],
  'tests.duplicate': [{ label: "B's test", input: (_fx, id) => ({ id: id('test') }) }],
  'tests.delete': [{ label: "B's test", input: (_fx, id) => ({ id: id('test') }) }],
  'tests.drawRandom': [{ label: "B's test", input: (_fx, id) => ({ id: id('test'), count: 1 }) }],
  'results.gradebook': [{ label: "B's test", input: (_fx, id) => ({ testId: id('test') }) }],
  'results.gradebookCsv': [{ label: "B's test", input: (_fx, id) => ({ testId: id('test') }) }],
  'results.itemAnalysis': [{ label: "B's test", input: (_fx, id) => ({ testId: id('test') }) }],
  'grading.queue': [{ label: "B's test", input: (_fx, id) => ({ testId: id('test') }) }],
  'results.regradePreview': [{ label: "B's test", input: (_fx, id) => ({ testId: id('test') }) }],
  'results.regrade': [{ label: "B's test", input: (_fx, id) => ({ testId: id('test') }) }],
  'grading.grade': [
    { label: "B's answer", input: (_fx, id) => ({ answerId: id('answer'), marks: 0 }) },
  ],
  'accommodations.list': [
    { label: "B's student", input: (_fx, id) => ({ studentId: id('person') }) },
    { label: "B's test", input: (_fx, id) => ({ testId: id('test') }) },
  ],
  'accommodations.set': [
    {
      label: "B's student",
      input: (_fx, id) => ({ studentId: id('person'), timeMultiplier: 1.5 }),
    },
    {
      label: "B's test, for A's student",
      input: (fx, id) => ({ studentId: fx.people.student2, testId: id('test'), extraMinutes: 5 }),
    },
  ],
  'accommodations.remove': [
    { label: "B's accommodation", input: (_fx, id) => ({ id: id('accommodation') }) },
  ],
  'exams.requestBreak': [
    { label: "B's attempt", input: (_fx, id) => ({ attemptId: id('attempt') }) },
  ],
  'exams.endBreak': [{ label: "B's attempt", input: (_fx, id) => ({ attemptId: id('attempt') }) }],
  'proctor.approveBreak': [
    { label: "B's attempt", input: (_fx, id) => ({ attemptId: id('attempt') }) },
  ],
};

const cases = Object.entries(crossTenantCalls).flatMap(([method, list]) =>
  list.map((c) => [method as MethodName, c.label, c.input] as const),
);

/** A refusal's code, or whether a list came back empty. */
function verdict(r: ApiResult<unknown>): string {
  if (!r.ok) return r.error.code;
  // A discard answers whether it found an upload to drop: finding none is a miss, like an empty list.
  if (typeof r.value === 'object' && r.value !== null && 'discarded' in r.value)
    return r.value.discarded === false ? 'empty list' : 'rows';
  // A CSV export is a list too: its header alone means no rows.
  if (typeof r.value === 'object' && r.value !== null && 'csv' in r.value) {
    return String(r.value.csv).trim().split('\r\n').length <= 1 ? 'empty list' : 'rows';
  }
  const value = r.value as unknown[] | { items: unknown[] };
  return (Array.isArray(value) ? value : value.items).length === 0 ? 'empty list' : 'rows';
}

/** What a result says, without the parts that differ between two misses (nothing should). */
const outcome = (r: ApiResult<unknown>): unknown => (r.ok ? { ok: r.value } : r.error);

describe('the API keeps organisations apart', () => {
  let core: TestCore;
  let fx: DemoFixture;
  let b: SecondTenant;
  let bUploadId = '';
  let clients: Awaited<ReturnType<typeof clientsByRole>>;

  beforeAll(async () => {
    core = await createSharedTestCore();
    fx = await prepareDemoFixture(core);
    b = await createSecondTenant(core);
    // An import upload B's author has started (uploads live in main's memory, per session).
    bUploadId = stagedUploads.receive('organisation B author session', b.author, {
      size: 8,
      offset: 0,
      bytes: Buffer.from('abcd'),
    }).uploadId;
    clients = await clientsByRole(core);
  });

  const idOfB = (kind: IdKind): string =>
    ({
      question: b.questionId,
      test: b.testId,
      person: b.studentId,
      author: b.authorId,
      attempt: b.attemptId,
      answer: b.answerId,
      setAside: b.setAsideId,
      questionVersion: b.forkVersionId,
      accommodation: b.accommodationId,
      upload: bUploadId,
    })[kind];

  /** A's caller for the method: the first role that may call it. */
  const callerFor = (method: MethodName): TestClient =>
    clients[allowedCallers(method)[0] ?? 'anonymous'];

  it('has cross-tenant calls for every method that takes an id', () => {
    expect(idTakingMethods.filter((m) => !(m in crossTenantCalls)).sort()).toEqual([]);
    expect(
      Object.keys(crossTenantCalls).filter((m) => !idTakingMethods.includes(m as MethodName)),
    ).toEqual([]);
  });

  it.each(cases)(
    '%s with %s answers as if it did not exist, and writes nothing',
    async (method, _label, input) => {
      const client = callerFor(method);
      const before = await snapshotDatabase(core.database.client);
      const withB = await client.raw(method, input(fx, idOfB));
      const withNothing = await client.raw(
        method,
        input(fx, () => NO_SUCH_ID),
      );
      expect(changedTables(before, await snapshotDatabase(core.database.client))).toEqual([]);
      expect(outcome(withB)).toEqual(outcome(withNothing));
      // A lookup misses (NOT_FOUND, or VALIDATION naming the field); a filter finds nothing.
      expect(verdict(withB)).toMatch(/^(NOT_FOUND|VALIDATION|empty list)$/);
    },
  );

  it('a call by id for B answers NOT_FOUND (not just "the same as missing")', async () => {
    for (const method of [
      'questions.get',
      'tests.get',
      'people.get',
      'exams.attempt',
      'questions.delete',
    ] as const) {
      const input = crossTenantCalls[method]?.[0]?.input(fx, idOfB);
      const result = await callerFor(method).raw(method, input);
      expect(result.ok ? 'ok' : result.error.code, method).toBe('NOT_FOUND');
    }
  });

  it.each(methodNames.filter((m) => !apiContract[m].mutates))(
    '%s (sample input) returns none of B’s ids',
    async (method) => {
      const result = await callerFor(method).raw(method, sampleInputs[method](fx));
      const text = JSON.stringify(result);
      for (const id of [
        b.clientId,
        b.adminId,
        b.authorId,
        b.studentId,
        b.questionId,
        b.testId,
        b.attemptId,
        b.auditId,
      ]) {
        expect(text).not.toContain(id);
      }
      expect(text).not.toContain('Southfield');
    },
  );

  it('organisation B, signed in, does see its own objects (the fixture is real)', async () => {
    const bAdmin = clientOf(core);
    await bAdmin.ok('auth.signIn', { email: 'admin@southfield.example', password: 'demo1234' });
    expect((await bAdmin.ok('questions.get', { id: b.questionId })).id).toBe(b.questionId);
    expect((await bAdmin.ok('exams.attempt', { id: b.attemptId })).id).toBe(b.attemptId);
    expect(
      (await bAdmin.ok('questions.list', { testId: b.testId })).items.map((q) => q.id),
    ).toEqual([b.questionId]);
  });
});
