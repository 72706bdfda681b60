import { beforeAll, describe, expect, it } from 'vitest';
import type { MethodName } from '@shared/api/contract';
import type { ErrorCode } from '@shared/api/result';
import type { Role } from '@shared/domain/roles';
import { auditChainBreaks, readAuditRows } from '../../helpers/audit';
import {
  clientsByRole,
  createSharedTestCore,
  type TestClient,
  type TestCore,
} from '../../helpers/core';
import { allowedCallers, mutatingMethods } from '../../helpers/contract';
import { changedTables, snapshotDatabase } from '../../helpers/db-snapshot';
import { type DemoFixture, prepareDemoFixture } from '../../helpers/fixtures';
import { malformedInputs, sampleQuestion } from '../../helpers/sample-inputs';

const NO_SUCH_ID = '0190e6a0-0000-7000-8000-00000000dead';

interface FailingCall {
  method: MethodName;
  label: string;
  role: Role;
  input: (fx: DemoFixture) => unknown;
  code: ErrorCode;
}

/** Changing calls the services refuse after the router let them through. */
const refusedByService: FailingCall[] = [
  {
    method: 'questions.update',
    label: 'an out-of-date base version',
    role: 'author',
    input: (fx) => ({ id: fx.questionId, baseVersion: 3, content: sampleQuestion }),
    code: 'CONFLICT',
  },
  {
    method: 'questions.update',
    label: 'a deleted question',
    role: 'author',
    input: (fx) => ({ id: fx.deletedQuestionId, baseVersion: 1, content: sampleQuestion }),
    code: 'CONFLICT',
  },
  {
    method: 'tests.update',
    label: 'a closed test, changing its timer',
    role: 'author',
    input: (fx) => ({ id: fx.closedTestId, settings: { name: 'Closed', timerMinutes: 10 } }),
    code: 'CONFLICT',
  },
  {
    method: 'tests.setQuestions',
    label: 'a closed test',
    role: 'author',
    input: (fx) => ({ id: fx.closedTestId, questions: [] }),
    code: 'CONFLICT',
  },
  {
    method: 'tests.setQuestions',
    label: 'a published test a student is sitting',
    role: 'author',
    input: (fx) => ({ id: fx.publishedTestId, questions: [] }),
    code: 'CONFLICT',
  },
  {
    method: 'people.update',
    label: 'the admin deactivating themselves',
    role: 'admin',
    input: (fx) => ({ id: fx.people.admin, active: false }),
    code: 'CONFLICT',
  },
  {
    method: 'questions.delete',
    label: 'a missing question',
    role: 'author',
    input: () => ({ id: NO_SUCH_ID }),
    code: 'NOT_FOUND',
  },
  {
    method: 'questions.restore',
    label: 'a missing question',
    role: 'author',
    input: () => ({ id: NO_SUCH_ID }),
    code: 'NOT_FOUND',
  },
  {
    method: 'tests.update',
    label: 'a missing test',
    role: 'author',
    input: () => ({ id: NO_SUCH_ID, settings: { name: 'Nothing' } }),
    code: 'NOT_FOUND',
  },
  {
    method: 'people.resetPassword',
    label: 'a missing person',
    role: 'admin',
    input: () => ({ id: NO_SUCH_ID, password: 'long-enough-1' }),
    code: 'NOT_FOUND',
  },
  {
    method: 'people.create',
    label: 'an email someone already uses',
    role: 'admin',
    input: () => ({
      name: 'Copy',
      email: 'Student1@Northfield.example',
      role: 'student',
      password: 'long-enough-1',
    }),
    code: 'VALIDATION',
  },
  {
    method: 'tests.setQuestions',
    label: 'a question not in the bank',
    role: 'author',
    input: (fx) => ({ id: fx.draftTestId, questions: [{ questionId: NO_SUCH_ID, marks: 1 }] }),
    code: 'VALIDATION',
  },
];

/** The first malformed input of every changing method, refused by the router. */
const refusedByRouter: FailingCall[] = mutatingMethods.flatMap((method) => {
  const first = malformedInputs[method][0];
  const role = allowedCallers(method)[0];
  return first
    ? [
        {
          method,
          label: `bad ${first.field}`,
          role: role ?? 'admin',
          input: first.input,
          code: 'VALIDATION' as const,
        },
      ]
    : [];
});

describe('a failed change leaves no audit row', () => {
  let core: TestCore;
  let fx: DemoFixture;
  let clients: Record<Role, TestClient>;

  beforeAll(async () => {
    core = await createSharedTestCore();
    fx = await prepareDemoFixture(core);
    clients = await clientsByRole(core);
  });

  it.each([...refusedByRouter, ...refusedByService].map((c) => [c.method, c.label, c] as const))(
    '%s with %s',
    async (_method, _label, c) => {
      const before = await snapshotDatabase(core.database.client);
      const auditBefore = await readAuditRows(core.database.client);
      const result = await clients[c.role].raw(c.method, c.input(fx));
      expect(result.ok ? 'ok' : result.error.code).toBe(c.code);
      expect(await readAuditRows(core.database.client)).toEqual(auditBefore);
      expect(changedTables(before, await snapshotDatabase(core.database.client))).toEqual([]);
    },
  );

  it('and the chain is still whole afterwards', async () => {
    expect(await auditChainBreaks(core.database.client)).toEqual([]);
  });
});
