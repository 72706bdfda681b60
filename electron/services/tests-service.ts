import type { Db } from '../../db/client';
import { nowIsoOf } from '../../db/env';
import { mutate } from '../../db/mutation';
import { getQuestionsByIds } from '../../db/repositories/questions';
import {
  getTest,
  getTestRow,
  insertTest,
  listTests,
  replaceTestQuestions,
  settingsToColumns,
  updateTestRow,
} from '../../db/repositories/tests';
import type { TenantContext } from '../../db/tenant';
import { conflict, invalid } from '../../shared/api/result';
import { diffObjects } from '../../shared/audit/diff';
import type { TestDetail, TestSettings, TestStatus, TestSummary } from '../../shared/domain/tests';
import type { ServiceEnv } from './service-env';

const settingsOf = (t: TestSummary): Record<string, unknown> => ({
  name: t.name,
  description: t.description,
  timerMinutes: t.timerMinutes,
  shuffle: t.shuffle,
  allowReview: t.allowReview,
  attemptsAllowed: t.attemptsAllowed,
  availableFrom: t.availableFrom,
  availableUntil: t.availableUntil,
  startCodeRequired: t.startCodeRequired,
  showScore: t.showScore,
  negativeMarking: t.negativeMarking,
  passMark: t.passMark,
});

export function readTests(
  env: ServiceEnv,
  tenant: TenantContext,
  filter: { status?: TestStatus | undefined },
): Promise<TestSummary[]> {
  return listTests(env.db, tenant, filter);
}

export function readTest(env: ServiceEnv, tenant: TenantContext, id: string): Promise<TestDetail> {
  return getTest(env.db, tenant, id);
}

export function createTest(
  env: ServiceEnv,
  tenant: TenantContext,
  settings: TestSettings,
): Promise<TestDetail> {
  return mutate(env, tenant, async (tx) => {
    const test = await insertTest(tx, tenant, env.ids(), settings, nowIsoOf(env));
    return {
      value: test,
      audit: {
        action: 'test.create',
        resourceType: 'test',
        resourceId: test.id,
        changes: diffObjects(null, settingsOf(test)),
      },
    };
  });
}

/** Content of a test can only change while it is a draft; a published test is what students sit. */
async function requireDraft(tx: Db, tenant: TenantContext, id: string): Promise<void> {
  const row = await getTestRow(tx, tenant, id);
  if ((row.status ?? 'draft') !== 'draft') {
    throw conflict(`This test is ${row.status ?? 'draft'}; only a draft can be changed`);
  }
}

export function updateTest(
  env: ServiceEnv,
  tenant: TenantContext,
  id: string,
  settings: TestSettings,
): Promise<TestDetail> {
  return mutate(env, tenant, async (tx) => {
    await requireDraft(tx, tenant, id);
    const before = await getTest(tx, tenant, id);
    await updateTestRow(tx, tenant, id, settingsToColumns(settings), nowIsoOf(env));
    const after = await getTest(tx, tenant, id);
    return {
      value: after,
      audit: {
        action: 'test.update',
        resourceType: 'test',
        resourceId: id,
        changes: diffObjects(settingsOf(before), settingsOf(after)),
      },
    };
  });
}

export function setTestQuestions(
  env: ServiceEnv,
  tenant: TenantContext,
  id: string,
  entries: ReadonlyArray<{ questionId: string; marks: number }>,
): Promise<TestDetail> {
  return mutate(env, tenant, async (tx) => {
    await requireDraft(tx, tenant, id);
    const found = await getQuestionsByIds(
      tx,
      tenant,
      entries.map((e) => e.questionId),
    );
    const live = new Set(found.filter((q) => q.deletedAt === null).map((q) => q.id));
    entries.forEach((e, i) => {
      if (!live.has(e.questionId))
        throw invalid(`questions.${i}.questionId`, 'no such question in the bank');
    });
    const before = await getTest(tx, tenant, id);
    await replaceTestQuestions(tx, tenant, id, entries, env.ids, nowIsoOf(env));
    const after = await getTest(tx, tenant, id);
    const list = (t: TestDetail) =>
      t.questions.map((q) => ({ questionId: q.questionId, marks: q.marks }));
    return {
      value: after,
      audit: {
        action: 'test.set_questions',
        resourceType: 'test',
        resourceId: id,
        changes: { questions: [list(before), list(after)] },
      },
    };
  });
}
