import {
  createQuestion,
  duplicateQuestion,
  readQuestion,
  readTagCounts,
  readQuestionVersions,
  searchQuestions,
  setQuestionDeletion,
  updateQuestion,
} from '../../services/questions/bank-service';
import {
  createTest,
  readTest,
  readTests,
  setTestQuestions,
  updateTest,
} from '../../services/tests/tests-service';
import {
  checkPublish,
  deleteTest,
  duplicateTest,
  moveTest,
  publishTest,
} from '../../services/tests/lifecycle-service';
import { drawRandomQuestions } from '../../services/tests/random-draw';
import type { ApiRouter } from '../router';
import type { HandlerDeps } from './handler-deps';

export function registerBankHandlers(router: ApiRouter, { env }: HandlerDeps): void {
  router.handle('questions.list', (input, ctx) => searchQuestions(env, ctx.tenant, input));
  router.handle('questions.get', (input, ctx) => readQuestion(env, ctx.tenant, input.id));
  router.handle('questions.versions', (input, ctx) =>
    readQuestionVersions(env, ctx.tenant, input.id),
  );
  router.handle('questions.create', (input, ctx) => createQuestion(env, ctx.tenant, input.content));
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
  router.handle('tests.list', (input, ctx) => readTests(env, ctx.tenant, input));
  router.handle('tests.get', (input, ctx) => readTest(env, ctx.tenant, input.id));
  router.handle('tests.create', (input, ctx) => createTest(env, ctx.tenant, input.settings));
  router.handle('tests.update', (input, ctx) =>
    updateTest(env, ctx.tenant, input.id, input.settings),
  );
  router.handle('tests.setQuestions', (input, ctx) =>
    setTestQuestions(env, ctx.tenant, input.id, input.questions),
  );
  router.handle('tests.checkPublish', (input, ctx) => checkPublish(env, ctx.tenant, input.id));
  router.handle('tests.publish', (input, ctx) => publishTest(env, ctx.tenant, input.id));
  router.handle('tests.close', (input, ctx) => moveTest(env, ctx.tenant, input.id, 'closed'));
  router.handle('tests.archive', (input, ctx) => moveTest(env, ctx.tenant, input.id, 'archived'));
  router.handle('tests.duplicate', (input, ctx) => duplicateTest(env, ctx.tenant, input.id));
  router.handle('tests.delete', (input, ctx) => deleteTest(env, ctx.tenant, input.id));
  router.handle('tests.drawRandom', (input, ctx) => drawRandomQuestions(env, ctx.tenant, input));
}
