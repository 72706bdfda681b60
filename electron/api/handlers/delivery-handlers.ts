import { availableTests } from '../../services/delivery/available-tests';
import type { ApiRouter } from '../router';
import type { HandlerDeps } from './handler-deps';

export function registerDeliveryHandlers(router: ApiRouter, { env }: HandlerDeps): void {
  router.handle('exams.available', (_input, ctx) => availableTests(env, ctx.tenant));
}
