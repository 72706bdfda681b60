import { refreshSchemaState, type AppDatabase } from '@db/open';
import { nowIsoOf } from '@db/env';
import { mutate } from '@db/mutation';
import { questionsToReconcile, reconcileQuestion } from '@db/repositories/question-conflicts';
import type { ServiceEnv } from '../service-env';

export interface ReconcileReport {
  updateRequired: boolean;
  questionsChanged: number;
}

/**
 * After a pull: the schema version may have moved (a newer app or `db:migrate`
 * wrote it), and versions of the same question may have arrived from two
 * devices. The first makes this app read-only until updated; the second flags
 * the question and points every device at the same head.
 */
export async function reconcileAfterPull(
  env: ServiceEnv,
  database: AppDatabase,
): Promise<ReconcileReport> {
  if ((await refreshSchemaState(database)).outdated) {
    return { updateRequired: true, questionsChanged: 0 };
  }

  let questionsChanged = 0;
  for (const question of await questionsToReconcile(env.db())) {
    const scope = { clientId: question.clientId };
    // Read first: most candidates are old, settled forks, and need no transaction at all.
    const preview = await reconcileQuestion(env.db(), scope, question.id, nowIsoOf(env), {
      dryRun: true,
    });
    if (!preview.changed) continue;
    await mutate(env, { clientId: question.clientId, profileId: null }, async (tx) => {
      const outcome = await reconcileQuestion(tx, scope, question.id, nowIsoOf(env));
      return {
        value: outcome.changed,
        audit: {
          action: outcome.conflict ? 'question.conflict_detected' : 'question.conflict_cleared',
          resourceType: 'question',
          resourceId: question.id,
          changes: {
            ...(outcome.before.conflict === outcome.conflict
              ? {}
              : { conflict: [outcome.before.conflict, outcome.conflict] }),
            ...(outcome.before.headVersionId === outcome.headVersionId
              ? {}
              : { headVersionId: [outcome.before.headVersionId, outcome.headVersionId] }),
          },
        },
      };
    });
    questionsChanged += 1;
  }
  return { updateRequired: false, questionsChanged };
}
