import type { Db } from '@db/client';
import { nowIsoOf } from '@db/env';
import { mutate } from '@db/mutation';
import { getQuestionsByIds } from '@db/repositories/questions';
import {
  getTest,
  getTestRow,
  insertTest,
  listTests,
  replaceTestQuestions,
  settingsToColumns,
  updateTestRow,
} from '@db/repositories/tests';
import type { TenantContext } from '@db/tenant';
import { attemptCountsForTest, pinTestQuestions } from '@db/repositories/test-lifecycle';
import { conflict, invalid, invalidText } from '@shared/api/result';
import { publishProblems } from '@shared/domain/publish-rules';
import { diffObjects } from '@shared/audit/diff';
import {
  defaultOrderingCredit,
  defaultReviewRelease,
  testStatusSchema,
  type TestDetail,
  type TestSettings,
  type TestStatus,
  type TestSummary,
} from '@shared/domain/tests';
import type { ServiceEnv } from '../service-env';
import { noteBankPulled } from '@db/search/bank-search';
import {
  applyTestSealing,
  checkQuestionsForTest,
  sealListedQuestions,
} from '../sealing/sealed-tests';

export const settingsOf = (t: TestSummary): Record<string, unknown> => ({
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
  expectedTotalMarks: t.expectedTotalMarks,
  // Kept out while they hold their defaults, as the settings themselves read an absent one.
  ...(t.reviewRelease !== defaultReviewRelease && { reviewRelease: t.reviewRelease }),
  ...(t.orderingCredit !== defaultOrderingCredit && { orderingCredit: t.orderingCredit }),
  ...(t.sealed && { sealed: true }),
});

/** Every setting, defaults included: what an update compares, so a change back to a default shows as one. */
const allSettingsOf = (t: TestSummary): Record<string, unknown> => ({
  ...settingsOf(t),
  reviewRelease: t.reviewRelease,
  orderingCredit: t.orderingCredit,
  sealed: t.sealed,
});

export function readTests(
  env: ServiceEnv,
  tenant: TenantContext,
  filter: { status?: TestStatus | undefined },
): Promise<TestSummary[]> {
  return listTests(env.db(), tenant, filter);
}

export function readTest(env: ServiceEnv, tenant: TenantContext, id: string): Promise<TestDetail> {
  return getTest(env.db(), tenant, id);
}

export function createTest(
  env: ServiceEnv,
  tenant: TenantContext,
  settings: TestSettings,
): Promise<TestDetail> {
  return mutate(env, tenant, async (tx) => {
    const id = env.ids();
    await insertTest(tx, tenant, id, settings, nowIsoOf(env));
    if (settings.sealed === true) await applyTestSealing(tx, tenant, id, true, nowIsoOf(env));
    const test = await getTest(tx, tenant, id);
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

/** Settings a student already sitting the test is not affected by; they may change at any time before it is archived. */
const SAFE_WHILE_SITTING = new Set([
  'name',
  'description',
  'availableFrom',
  'availableUntil',
  'showScore',
  'passMark',
  'attemptsAllowed',
  'expectedTotalMarks',
  // What a finished attempt's review shows; nothing a sitting student sees changes.
  'reviewRelease',
]);

/**
 * Whether a change may be made to a test in its current state. A draft takes
 * anything. A published test takes content changes only while nobody is sitting
 * it, and each one makes a new version (attempts keep the version they started
 * on). Closed and archived tests are refused, with the reason.
 */
async function editPlan(
  tx: Db,
  tenant: TenantContext,
  id: string,
  changedFields: readonly string[],
): Promise<{ bumpVersion: boolean; status: TestStatus }> {
  const row = await getTestRow(tx, tenant, id);
  const status = testStatusSchema.catch('draft').parse(row.status);
  const content = changedFields.filter((f) => !SAFE_WHILE_SITTING.has(f));
  if (status === 'draft' || changedFields.length === 0) return { bumpVersion: false, status };
  if (status === 'archived') throw conflict('tests.archived');
  if (status === 'closed' && content.length > 0) {
    throw conflict('tests.closed', { fields: content.join(', ') });
  }
  if (content.length === 0) return { bumpVersion: false, status };
  const { inProgress } = await attemptCountsForTest(tx, tenant, id);
  if (inProgress > 0) {
    throw conflict('tests.beingSat', { count: inProgress, fields: content.join(', ') });
  }
  return { bumpVersion: true, status };
}

/** After a published test changes, it must still pass the publishing rules; its questions are pinned again. */
async function republish(
  env: ServiceEnv,
  tx: Db,
  tenant: TenantContext,
  id: string,
): Promise<void> {
  const test = await getTest(tx, tenant, id);
  const bank = await getQuestionsByIds(
    tx,
    tenant,
    test.questions.map((q) => q.questionId),
  );
  const problems = publishProblems(test, new Map(bank.map((q) => [q.id, q])), env.clock.nowMs());
  const first = problems[0];
  if (first) throw invalidText(first.field, first.message);
  await pinTestQuestions(
    tx,
    tenant,
    id,
    new Map(bank.map((q) => [q.id, q.versionId])),
    nowIsoOf(env),
  );
}

export function updateTest(
  env: ServiceEnv,
  tenant: TenantContext,
  id: string,
  settings: TestSettings,
): Promise<TestDetail> {
  return mutate(env, tenant, async (tx) => {
    const before = await getTest(tx, tenant, id);
    const proposed = {
      ...before,
      ...settings,
      reviewRelease: settings.reviewRelease ?? before.reviewRelease,
      orderingCredit: settings.orderingCredit ?? before.orderingCredit,
      sealed: settings.sealed ?? before.sealed,
    };
    if (proposed.sealed && proposed.availableFrom === null && !proposed.startCodeRequired) {
      throw invalid('sealed', 'sentence.sealedNeedsRelease');
    }
    const changes = diffObjects(allSettingsOf(before), allSettingsOf(proposed));
    const plan = await editPlan(tx, tenant, id, Object.keys(changes));
    await updateTestRow(
      tx,
      tenant,
      id,
      { ...settingsToColumns(settings), ...(plan.bumpVersion && { version: before.version + 1 }) },
      nowIsoOf(env),
    );
    const resealed = await applyTestSealing(tx, tenant, id, proposed.sealed, nowIsoOf(env));
    // The questions it sealed or opened leave or rejoin the bank's search index.
    if (resealed) noteBankPulled(env.db());
    if (plan.status === 'published') await republish(env, tx, tenant, id);
    const after = await getTest(tx, tenant, id);
    return {
      value: after,
      audit: {
        action: 'test.update',
        resourceType: 'test',
        resourceId: id,
        changes: {
          ...diffObjects(allSettingsOf(before), allSettingsOf(after)),
          ...(plan.bumpVersion && { version: [before.version, after.version] }),
        },
      },
    };
  });
}

export function setTestQuestions(
  env: ServiceEnv,
  tenant: TenantContext,
  id: string,
  entries: ReadonlyArray<{
    questionId: string;
    marks: number;
    groupId?: string | null | undefined;
  }>,
): Promise<TestDetail> {
  return mutate(env, tenant, async (tx) => {
    const before = await getTest(tx, tenant, id);
    // The group shows only where there is one, so lists without groups audit as they did.
    const entryOf = (q: {
      questionId: string;
      marks: number;
      groupId?: string | null | undefined;
    }) => ({
      questionId: q.questionId,
      marks: q.marks,
      ...(q.groupId !== undefined && q.groupId !== null && { groupId: q.groupId }),
    });
    const list = (t: Pick<TestDetail, 'questions'>) => t.questions.map(entryOf);
    const same = JSON.stringify(list(before)) === JSON.stringify(entries.map(entryOf));
    const plan = await editPlan(tx, tenant, id, same ? [] : ['questions']);
    const found = await getQuestionsByIds(
      tx,
      tenant,
      entries.map((e) => e.questionId),
    );
    // A question deleted after it was added may stay (publishing names it); a new one must be live.
    const linked = new Set(before.questions.map((q) => q.questionId));
    const usable = new Set(
      found.filter((q) => q.deletedAt === null || linked.has(q.id)).map((q) => q.id),
    );
    entries.forEach((e, i) => {
      if (!usable.has(e.questionId))
        throw invalid(`questions.${i}.questionId`, 'tests.noSuchQuestion');
    });
    const added = entries.map((e) => e.questionId).filter((q) => !linked.has(q));
    await checkQuestionsForTest(tx, tenant, id, added, before.sealed);
    await replaceTestQuestions(tx, tenant, id, entries, env.ids, nowIsoOf(env));
    if (before.sealed && added.length > 0) {
      await sealListedQuestions(tx, tenant, id);
      noteBankPulled(env.db());
    }
    if (plan.bumpVersion) {
      await updateTestRow(tx, tenant, id, { version: before.version + 1 }, nowIsoOf(env));
    }
    if (plan.status === 'published') await republish(env, tx, tenant, id);
    const after = await getTest(tx, tenant, id);
    return {
      value: after,
      audit: {
        action: 'test.set_questions',
        resourceType: 'test',
        resourceId: id,
        changes: {
          questions: [list(before), list(after)],
          ...(plan.bumpVersion && { version: [before.version, after.version] }),
        },
      },
    };
  });
}
