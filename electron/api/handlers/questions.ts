import {
  createQuestion,
  duplicateQuestion,
  readQuestion,
  readQuestionVersions,
  readTagCounts,
  searchQuestions,
  setQuestionDeletion,
  updateQuestion,
} from '../../services/questions/bank-service';
import {
  readConflictedQuestions,
  resolveQuestionConflict,
} from '../../services/questions/conflict-service';
import { exportQuestions } from '../../services/questions/export-service';
import {
  cancelQuestionImport,
  importQuestions,
  previewQuestionImport,
} from '../../services/questions/import-service';
import { pickImportFile } from '../../services/imports/picked-file';
import { stagedUploads } from '../../services/imports/staged-uploads';
import { readQuestionUsage } from '../../services/questions/usage-service';
import type { ApiRouter } from '../router';
import type { HandlerDeps } from './handler-deps';

export function registerQuestionsHandlers(
  router: ApiRouter,
  { env, fileDialogs }: HandlerDeps,
): void {
  router.handle('questions.list', (input, ctx) => searchQuestions(env, ctx.tenant, input));
  router.handle('questions.get', (input, ctx) => readQuestion(env, ctx.tenant, input.id));
  router.handle('questions.versions', (input, ctx) =>
    readQuestionVersions(env, ctx.tenant, input.id),
  );
  router.handle('questions.usage', (input, ctx) => readQuestionUsage(env, ctx.tenant, input.id));
  router.handle('questions.create', (input, ctx) =>
    createQuestion(env, ctx.tenant, input.content, input.sealedTestId ?? null),
  );
  router.handle('questions.update', (input, ctx) => updateQuestion(env, ctx.tenant, input));
  router.handle('questions.delete', (input, ctx) =>
    setQuestionDeletion(env, ctx.tenant, input.id, true),
  );
  router.handle('questions.restore', (input, ctx) =>
    setQuestionDeletion(env, ctx.tenant, input.id, false),
  );
  router.handle('questions.duplicate', (input, ctx) =>
    duplicateQuestion(env, ctx.tenant, input.id),
  );
  router.handle('questions.tags', (_input, ctx) => readTagCounts(env, ctx.tenant));
  router.handle('questions.importPreview', (input, ctx) =>
    previewQuestionImport(env, ctx.tenant, input, ctx.caller.sessionKey),
  );
  router.handle('questions.import', (input, ctx) =>
    importQuestions(env, ctx.tenant, input, ctx.caller.sessionKey),
  );
  router.handle('questions.importUpload', (input, ctx) =>
    Promise.resolve(
      stagedUploads.receive(ctx.caller.sessionKey, ctx.tenant, {
        ...input,
        bytes: Buffer.from(input.base64, 'base64'),
      }),
    ),
  );
  router.handle('questions.importPick', (input, ctx) =>
    pickImportFile(fileDialogs, stagedUploads, ctx.caller.sessionKey, ctx.tenant, input),
  );
  router.handle('questions.importUploadDiscard', (input, ctx) =>
    Promise.resolve({
      discarded: stagedUploads.discard(ctx.caller.sessionKey, ctx.tenant, input.uploadId),
    }),
  );
  router.handle('questions.importCancel', (input, ctx) =>
    Promise.resolve({
      cancelled: cancelQuestionImport(ctx.caller.sessionKey, input.progressToken),
    }),
  );
  router.handle('questions.export', (input, ctx) => exportQuestions(env, ctx.tenant, input));
  router.handle('questions.conflicts', (_input, ctx) => readConflictedQuestions(env, ctx.tenant));
  router.handle('questions.resolveConflict', (input, ctx) =>
    resolveQuestionConflict(env, ctx.tenant, input),
  );
}
