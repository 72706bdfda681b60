import { readAttempt, readAttempts } from '../../services/exams/attempts-service';
import { availableTests } from '../../services/exams/available-tests';
import type { ApiRouter } from '../router';
import type { HandlerDeps } from './handler-deps';

export function registerExamsHandlers(router: ApiRouter, { env, exam }: HandlerDeps): void {
  const { exams } = exam;
  router.handle('exams.available', (_input, ctx) => availableTests(env, ctx.tenant));
  router.handle('exams.start', (input, ctx) =>
    exams.start(ctx.tenant, input, ctx.caller.sessionKey),
  );
  router.handle('exams.resume', (input, ctx) =>
    exams.resume(ctx.tenant, input, ctx.caller.sessionKey),
  );
  router.handle('exams.saveAnswer', (input, ctx) => exams.save(ctx.tenant, input));
  router.handle('exams.submit', (input, ctx) => exams.submit(ctx.tenant, input.attemptId));
  router.handle('exams.result', (input, ctx) => exams.result(ctx.tenant, input.attemptId));
  router.handle('exams.reportIntegrity', (input, ctx) => exams.reportIntegrity(ctx.tenant, input));
  router.handle('exams.unlockQuit', (input, ctx) => exams.unlockQuit(ctx.tenant, input.pin));
  router.handle('exams.attempts', (input, ctx) => readAttempts(env, ctx.tenant, input));
  router.handle('exams.attempt', (input, ctx) => readAttempt(env, ctx.tenant, input.id));
}
