import { getAttempt, listAttempts } from '../../../db/repositories/attempts';
import { gradebookCsv, readGradebook } from '../../services/results/gradebook-service';
import { gradeAnswer, gradingQueue } from '../../services/grading/grading-service';
import { readItemAnalysis } from '../../services/results/item-analysis-service';
import { applyRegrade, previewRegrade } from '../../services/results/regrade-service';
import type { ApiRouter } from '../router';
import type { HandlerDeps } from './handler-deps';

export function registerResultsHandlers(router: ApiRouter, { env }: HandlerDeps): void {
  router.handle('attempts.list', (input, ctx) => listAttempts(env.db, ctx.tenant, input));
  router.handle('attempts.get', (input, ctx) => getAttempt(env.db, ctx.tenant, input.id));
  router.handle('results.gradebook', (input, ctx) => readGradebook(env, ctx.tenant, input.testId));
  router.handle('results.gradebookCsv', (input, ctx) =>
    gradebookCsv(env, ctx.tenant, input.testId),
  );
  router.handle('results.itemAnalysis', (input, ctx) =>
    readItemAnalysis(env, ctx.tenant, input.testId),
  );
  router.handle('grading.queue', (input, ctx) => gradingQueue(env, ctx.tenant, input));
  router.handle('grading.grade', (input, ctx) => gradeAnswer(env, ctx.tenant, input));
  router.handle('results.regradePreview', (input, ctx) =>
    previewRegrade(env, ctx.tenant, input.testId),
  );
  router.handle('results.regrade', (input, ctx) => applyRegrade(env, ctx.tenant, input.testId));
}
