import { exportQuestions } from '../../services/questions/export-service';
import { importQuestions, previewQuestionImport } from '../../services/questions/import-service';
import type { ApiRouter } from '../router';
import type { HandlerDeps } from './handler-deps';

export function registerImportHandlers(router: ApiRouter, { env }: HandlerDeps): void {
  router.handle('questions.importPreview', (input, ctx) =>
    previewQuestionImport(env, ctx.tenant, input, ctx.caller.sessionKey),
  );
  router.handle('questions.import', (input, ctx) =>
    importQuestions(env, ctx.tenant, input, ctx.caller.sessionKey),
  );
  router.handle('questions.export', (input, ctx) => exportQuestions(env, ctx.tenant, input));
}
