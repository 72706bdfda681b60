import { nowIsoOf } from '@db/env';
import { mutate } from '@db/mutation';
import { listConflictedQuestions, saveResolvingVersion } from '@db/repositories/question-conflicts';
import type { TenantContext } from '@db/tenant';
import type { QuestionRecord } from '@shared/domain/bank';
import type { ConflictedQuestion } from '@shared/domain/sync';
import type { QuestionContent } from '@shared/domain/questions';
import { keyHidden, questionSnapshot } from './bank-service';
import { diffObjects } from '@shared/audit/diff';
import type { ServiceEnv } from '../service-env';
import { sanitiseQuestion } from './sanitise-question';

export function readConflictedQuestions(
  env: ServiceEnv,
  tenant: TenantContext,
): Promise<ConflictedQuestion[]> {
  return listConflictedQuestions(env.db(), tenant);
}

/** Keeps one competing version (optionally with merged content); the others stay in the history. */
export function resolveQuestionConflict(
  env: ServiceEnv,
  tenant: TenantContext,
  input: { id: string; keepVersionId: string; content?: QuestionContent | undefined },
): Promise<QuestionRecord> {
  const merged = input.content === undefined ? null : sanitiseQuestion(input.content);
  return mutate(env, tenant, async (tx) => {
    const { before, after, resolved } = await saveResolvingVersion(
      tx,
      tenant,
      input.id,
      input.keepVersionId,
      merged,
      { versionId: env.ids(), nowIso: nowIsoOf(env), deviceId: env.deviceId },
    );
    return {
      value: after,
      audit: {
        action: 'question.resolve_conflict',
        resourceType: 'question',
        resourceId: input.id,
        changes: {
          ...keyHidden(diffObjects(questionSnapshot(before), questionSnapshot(after)), false),
          conflict: [true, false],
          version: [before.version, after.version],
          keptVersionId: [null, input.keepVersionId],
          resolvedVersionIds: [null, resolved],
        },
      },
    };
  });
}
