import { gradebookCsv, readGradebook } from '../../services/results/gradebook-service';
import { readItemAnalysis } from '../../services/results/item-analysis-service';
import { applyRegrade, previewRegrade } from '../../services/results/regrade-service';
import type { ApiRouter } from '../router';
import type { HandlerDeps } from './handler-deps';

export function registerResultsHandlers(router: ApiRouter, { env }: HandlerDeps): void {
  router.handle('results.gradebook', (input, ctx) => readGradebook(env, ctx.tenant, input.testId));
  router.handle('results.gradebookCsv', (input, ctx) =>
    gradebookCsv(env, ctx.tenant, input.testId),
  );
  router.handle('results.itemAnalysis', (input, ctx) =>
    readItemAnalysis(env, ctx.tenant, input.testId),
  );
  router.handle('results.regradePreview', (input, ctx) =>
    previewRegrade(env, ctx.tenant, input.testId),
  );
  router.handle('results.regrade', (input, ctx) => applyRegrade(env, ctx.tenant, input.testId));
}
