import {
  checkPublish,
  deleteTest,
  duplicateTest,
  moveTest,
  publishTest,
} from '../../services/tests/lifecycle-service';
import { drawRandomQuestions } from '../../services/tests/random-draw';
import {
  createTest,
  readTest,
  readTests,
  setTestQuestions,
  updateTest,
} from '../../services/tests/tests-service';
import type { ApiRouter } from '../router';
import type { HandlerDeps } from './handler-deps';

export function registerTestsHandlers(router: ApiRouter, { env }: HandlerDeps): void {
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
