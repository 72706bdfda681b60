import { gradeAnswer, gradingQueue } from '../../services/grading/grading-service';
import type { ApiRouter } from '../router';
import type { HandlerDeps } from './handler-deps';

export function registerGradingHandlers(router: ApiRouter, { env }: HandlerDeps): void {
  router.handle('grading.queue', (input, ctx) => gradingQueue(env, ctx.tenant, input));
  router.handle('grading.grade', (input, ctx) => gradeAnswer(env, ctx.tenant, input));
}
