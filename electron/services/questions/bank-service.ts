import { nowIsoOf } from '@db/env';
import { mutate } from '@db/mutation';
import { searchQuestionBank } from '@db/search/bank-search';
import {
  getQuestion,
  insertQuestion,
  listQuestionVersions,
  saveQuestionVersion,
  sealingTestOfQuestion,
  setQuestionDeleted,
  type QuestionFilter,
} from '@db/repositories/questions';
import type { TenantContext } from '@db/tenant';
import { tagCounts } from '@db/repositories/question-tags';
import { conflict } from '@shared/api/result';
import { requireWithinLimit } from '../billing/entitlements';
import { diffObjects } from '@shared/audit/diff';
import type {
  QuestionRecord,
  QuestionSummary,
  QuestionVersionRecord,
  StoredQuestion,
} from '@shared/domain/bank';
import type { QuestionContent } from '@shared/domain/questions';
import type { ServiceEnv } from '../service-env';
import { requireSealedTest, sealMediaOfTest } from '../sealing/sealed-tests';
import { sanitiseQuestion } from './sanitise-question';

/** The parts of a question an audit diff shows. */
export const questionSnapshot = (
  q: StoredQuestion & { deletedAt?: string | null },
): Record<string, unknown> => ({
  type: q.type,
  text: q.text,
  options: q.options,
  key: q.key,
  marks: q.marks,
  difficulty: q.difficulty,
  tags: q.tags,
  settings: q.settings,
  // The newer fields only where a question has them, so diffs of plain questions read as before.
  ...(q.format !== undefined && { format: q.format }),
  ...(q.feedback !== undefined && { feedback: q.feedback }),
  ...(q.premises !== undefined && { premises: q.premises }),
  ...(q.responses !== undefined && { responses: q.responses }),
  ...(q.items !== undefined && { items: q.items }),
  ...(q.gaps !== undefined && { gaps: q.gaps }),
  ...(q.deletedAt !== undefined && { deletedAt: q.deletedAt }),
});

export function searchQuestions(
  env: ServiceEnv,
  tenant: TenantContext,
  filter: QuestionFilter,
): Promise<{ items: QuestionSummary[]; total: number }> {
  return searchQuestionBank(env.db(), tenant, filter);
}

export function readQuestion(
  env: ServiceEnv,
  tenant: TenantContext,
  id: string,
): Promise<QuestionRecord> {
  return getQuestion(env.db(), tenant, id);
}

export function readQuestionVersions(
  env: ServiceEnv,
  tenant: TenantContext,
  id: string,
): Promise<QuestionVersionRecord[]> {
  return listQuestionVersions(env.db(), tenant, id);
}

/**
 * What an audit row says of a question's content: the diff, or for a question
 * of a sealed test only that its sealed content changed (the audit log is a
 * plain copy at rest and on the server).
 */
function contentChanges(
  sealingTest: string | null,
  before: Record<string, unknown> | null,
  after: Record<string, unknown>,
): Record<string, unknown> {
  if (sealingTest === null) return keyHidden(diffObjects(before, after), before === null);
  return { content: [before === null ? null : '(sealed)', '(sealed)'], sealedTest: sealingTest };
}

/**
 * A diff of question snapshots with the answer key said to be set or changed,
 * never written: the key is sealed at rest (db/sealing), and the audit log is
 * a plain copy on every computer and on the server.
 */
export function keyHidden(
  diff: Record<string, unknown>,
  created: boolean,
): Record<string, unknown> {
  if (!Object.hasOwn(diff, 'key')) return diff;
  return { ...diff, key: created ? [null, '(set)'] : ['(hidden)', '(changed)'] };
}

export function createQuestion(
  env: ServiceEnv,
  tenant: TenantContext,
  content: QuestionContent,
  sealedTestId: string | null = null,
): Promise<QuestionRecord> {
  const clean = sanitiseQuestion(content);
  return mutate(env, tenant, async (tx) => {
    await requireWithinLimit(tx, tenant, 'max_questions');
    if (sealedTestId !== null) await requireSealedTest(tx, tenant, sealedTestId);
    const question = await insertQuestion(tx, tenant, env.ids(), clean, {
      versionId: env.ids(),
      nowIso: nowIsoOf(env),
      deviceId: env.deviceId,
      sealingTest: sealedTestId,
    });
    await sealMediaOfTest(tx, tenant, sealedTestId);
    return {
      value: question,
      audit: {
        action: 'question.create',
        resourceType: 'question',
        resourceId: question.id,
        changes: contentChanges(sealedTestId, null, questionSnapshot(question)),
      },
    };
  });
}

export function updateQuestion(
  env: ServiceEnv,
  tenant: TenantContext,
  input: { id: string; baseVersion: number; content: QuestionContent },
): Promise<QuestionRecord> {
  const clean = sanitiseQuestion(input.content);
  return mutate(env, tenant, async (tx) => {
    const current = await getQuestion(tx, tenant, input.id);
    if (current.version !== input.baseVersion) {
      throw conflict('questions.versionMoved', {
        current: current.version,
        base: input.baseVersion,
      });
    }
    if (current.deletedAt) throw conflict('questions.deletedEdit');
    const { before, after, sealingTest } = await saveQuestionVersion(tx, tenant, input.id, clean, {
      versionId: env.ids(),
      nowIso: nowIsoOf(env),
      deviceId: env.deviceId,
    });
    await sealMediaOfTest(tx, tenant, sealingTest);
    return {
      value: after,
      audit: {
        action: 'question.update',
        resourceType: 'question',
        resourceId: after.id,
        changes: {
          ...contentChanges(sealingTest, questionSnapshot(before), questionSnapshot(after)),
          version: [before.version, after.version],
        },
      },
    };
  });
}

export function setQuestionDeletion(
  env: ServiceEnv,
  tenant: TenantContext,
  id: string,
  deleted: boolean,
): Promise<QuestionRecord> {
  return mutate(env, tenant, async (tx) => {
    const nowIso = nowIsoOf(env);
    const current = await getQuestion(tx, tenant, id);
    if ((current.deletedAt !== null) === deleted) {
      throw conflict(deleted ? 'questions.alreadyDeleted' : 'questions.notDeleted');
    }
    if (!deleted) await requireWithinLimit(tx, tenant, 'max_questions');
    const { before, after } = await setQuestionDeleted(
      tx,
      tenant,
      id,
      deleted ? nowIso : null,
      nowIso,
    );
    return {
      value: after,
      audit: {
        action: deleted ? 'question.delete' : 'question.restore',
        resourceType: 'question',
        resourceId: id,
        changes: { deletedAt: [before.deletedAt, after.deletedAt] },
      },
    };
  });
}

/** A copy of a question as a new question with its own history, tagged so the author can find it. */
export function duplicateQuestion(
  env: ServiceEnv,
  tenant: TenantContext,
  id: string,
): Promise<QuestionRecord> {
  return mutate(env, tenant, async (tx) => {
    await requireWithinLimit(tx, tenant, 'max_questions');
    const source = await getQuestion(tx, tenant, id);
    if (source.deletedAt) throw conflict('questions.deletedCopy');
    // A copy of a sealed test's question is sealed under the same test: copying releases nothing.
    const sealingTest = await sealingTestOfQuestion(tx, tenant, id);
    const copy = await insertQuestion(tx, tenant, env.ids(), source, {
      versionId: env.ids(),
      nowIso: nowIsoOf(env),
      deviceId: env.deviceId,
      sealingTest,
    });
    return {
      value: copy,
      audit: {
        action: 'question.duplicate',
        resourceType: 'question',
        resourceId: copy.id,
        changes: {
          ...contentChanges(sealingTest, null, questionSnapshot(copy)),
          duplicatedFrom: [null, id],
        },
      },
    };
  });
}

export function readTagCounts(
  env: ServiceEnv,
  tenant: TenantContext,
): Promise<Array<{ tag: string; count: number }>> {
  return tagCounts(env.db(), tenant);
}
