import { getAttempt, listAttempts } from '../../../db/repositories/attempts';
import type { ApiRouter } from '../router';
import type { HandlerDeps } from './handler-deps';

export function registerResultsHandlers(router: ApiRouter, { env }: HandlerDeps): void {
  router.handle('attempts.list', (input, ctx) => listAttempts(env.db, ctx.tenant, input));
  router.handle('attempts.get', (input, ctx) => getAttempt(env.db, ctx.tenant, input.id));
}
