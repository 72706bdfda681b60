import { recentLockouts } from '../../services/proctor/lockouts';
import type { ApiRouter } from '../router';
import type { HandlerDeps } from './handler-deps';

export function registerProctorHandlers(router: ApiRouter, { env, exam }: HandlerDeps): void {
  const { proctor } = exam;
  router.handle('proctor.lockouts', (_input, ctx) => recentLockouts(env, ctx.tenant));
  router.handle('proctor.attempts', (_input, ctx) => proctor.attempts(ctx.tenant));
  router.handle('proctor.tests', (_input, ctx) => proctor.tests(ctx.tenant));
  router.handle('proctor.extendTime', (input, ctx) => proctor.extendTime(ctx.tenant, input));
  router.handle('proctor.issueResumeCode', (input, ctx) =>
    proctor.issueResumeCode(ctx.tenant, input.attemptId),
  );
  router.handle('proctor.endAttempt', (input, ctx) => proctor.endAttempt(ctx.tenant, input));
  router.handle('proctor.issueStartCode', (input, ctx) =>
    proctor.issueStartCode(ctx.tenant, input.testId),
  );
}
