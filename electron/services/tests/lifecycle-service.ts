import type { Db } from '@db/client';
import { nowIsoOf } from '@db/env';
import { mutate } from '@db/mutation';
import { getQuestionsByIds } from '@db/repositories/questions';
import {
  attemptCountsForTest,
  pinTestQuestions,
  softDeleteTest,
} from '@db/repositories/test-lifecycle';
import { getTest, insertTest, replaceTestQuestions, updateTestRow } from '@db/repositories/tests';
import type { TenantContext } from '@db/tenant';
import { conflict, invalidText } from '@shared/api/result';
import { diffObjects } from '@shared/audit/diff';
import { publishProblems } from '@shared/domain/publish-rules';
import {
  lifecycleMoves,
  type PublishProblem,
  type TestDetail,
  type TestStatus,
} from '@shared/domain/tests';
import { requireWithinLimit } from '../billing/entitlements';
import type { ServiceEnv } from '../service-env';
import { settingsOf } from './tests-service';

async function problemsFor(env: ServiceEnv, tx: Db, tenant: TenantContext, test: TestDetail) {
  const bank = await getQuestionsByIds(
    tx,
    tenant,
    test.questions.map((q) => q.questionId),
  );
  return {
    bank,
    problems: publishProblems(test, new Map(bank.map((q) => [q.id, q])), env.clock.nowMs()),
  };
}

/** The publishing checklist, for the builder to show before the author presses Publish. */
export async function checkPublish(
  env: ServiceEnv,
  tenant: TenantContext,
  id: string,
): Promise<{ problems: PublishProblem[] }> {
  const test = await getTest(env.db(), tenant, id);
  return { problems: (await problemsFor(env, env.db(), tenant, test)).problems };
}

function requireMove(test: TestDetail, to: TestStatus): void {
  if (!lifecycleMoves[test.status].includes(to)) {
    throw conflict('tests.cannotMove', { status: test.status, to });
  }
}

/**
 * Publishes a draft (or reopens a closed test): checks the rules and the plan's
 * limit on published tests, and pins each question to its current version.
 */
export function publishTest(
  env: ServiceEnv,
  tenant: TenantContext,
  id: string,
): Promise<TestDetail> {
  return mutate(env, tenant, async (tx) => {
    const before = await getTest(tx, tenant, id);
    requireMove(before, 'published');
    const { bank, problems } = await problemsFor(env, tx, tenant, before);
    const first = problems[0];
    if (first) {
      const more = problems.length > 1 ? ` (and ${problems.length - 1} more to fix)` : '';
      throw invalidText(first.field, `${first.message}${more}`);
    }
    await requireWithinLimit(tx, tenant, 'max_published_tests');
    const nowIso = nowIsoOf(env);
    if (before.status === 'draft') {
      await pinTestQuestions(tx, tenant, id, new Map(bank.map((q) => [q.id, q.versionId])), nowIso);
    }
    await updateTestRow(
      tx,
      tenant,
      id,
      { status: 'published', ...(before.publishedAt === null && { publishedAt: nowIso }) },
      nowIso,
    );
    const after = await getTest(tx, tenant, id);
    return {
      value: after,
      audit: {
        action: before.status === 'draft' ? 'test.publish' : 'test.reopen',
        resourceType: 'test',
        resourceId: id,
        changes: diffObjects(
          { status: before.status, publishedAt: before.publishedAt },
          { status: after.status, publishedAt: after.publishedAt },
        ),
      },
    };
  });
}

/** Closes, archives or unarchives a test. Closing stops new attempts; sittings in progress finish. */
export function moveTest(
  env: ServiceEnv,
  tenant: TenantContext,
  id: string,
  to: 'closed' | 'archived',
): Promise<TestDetail> {
  return mutate(env, tenant, async (tx) => {
    const before = await getTest(tx, tenant, id);
    requireMove(before, to);
    await updateTestRow(tx, tenant, id, { status: to }, nowIsoOf(env));
    const after = await getTest(tx, tenant, id);
    const action =
      to === 'closed'
        ? before.status === 'archived'
          ? 'test.unarchive'
          : 'test.close'
        : 'test.archive';
    return {
      value: after,
      audit: {
        action,
        resourceType: 'test',
        resourceId: id,
        changes: { status: [before.status, to] },
      },
    };
  });
}

/** A new draft with the same settings and questions: the way to change a test people have sat. */
export function duplicateTest(
  env: ServiceEnv,
  tenant: TenantContext,
  id: string,
): Promise<TestDetail> {
  return mutate(env, tenant, async (tx) => {
    const source = await getTest(tx, tenant, id);
    if (source.sealed) {
      throw conflict('sealed.copy');
    }
    const nowIso = nowIsoOf(env);
    const copyId = env.ids();
    await insertTest(
      tx,
      tenant,
      copyId,
      {
        name: `${source.name} (copy)`.slice(0, 200),
        description: source.description,
        timerMinutes: source.timerMinutes,
        shuffle: source.shuffle,
        allowReview: source.allowReview,
        attemptsAllowed: source.attemptsAllowed,
        availableFrom: null,
        availableUntil: null,
        startCodeRequired: source.startCodeRequired,
        showScore: source.showScore,
        negativeMarking: source.negativeMarking,
        passMark: source.passMark,
        expectedTotalMarks: source.expectedTotalMarks,
        reviewRelease: source.reviewRelease,
        orderingCredit: source.orderingCredit,
      },
      nowIso,
    );
    await replaceTestQuestions(
      tx,
      tenant,
      copyId,
      source.questions.map((q) => ({
        questionId: q.questionId,
        marks: q.marks,
        groupId: q.groupId,
      })),
      env.ids,
      nowIso,
    );
    const copy = await getTest(tx, tenant, copyId);
    return {
      value: copy,
      audit: {
        action: 'test.duplicate',
        resourceType: 'test',
        resourceId: copyId,
        changes: { duplicatedFrom: [null, id], name: [null, copy.name] },
      },
    };
  });
}

/** Deletes a draft nobody has sat. Anything else is closed or archived instead, so results stay. */
export function deleteTest(
  env: ServiceEnv,
  tenant: TenantContext,
  id: string,
): Promise<{ id: string }> {
  return mutate(env, tenant, async (tx) => {
    const test = await getTest(tx, tenant, id);
    if (test.status !== 'draft') throw conflict('tests.cannotDelete', { status: test.status });
    const { total } = await attemptCountsForTest(tx, tenant, id);
    if (total > 0) throw conflict('tests.satCannotDelete');
    await softDeleteTest(tx, tenant, id, nowIsoOf(env));
    return {
      value: { id },
      audit: {
        action: 'test.delete',
        resourceType: 'test',
        resourceId: id,
        changes: diffObjects(settingsOf(test), null),
      },
    };
  });
}
