import {
  readAccommodations,
  removeAccommodation,
  setAccommodation,
} from '../../services/accommodations/accommodations-service';
import type { ApiRouter } from '../router';
import type { HandlerDeps } from './handler-deps';

export function registerAccommodationsHandlers(router: ApiRouter, { env }: HandlerDeps): void {
  router.handle('accommodations.list', (input, ctx) => readAccommodations(env, ctx.tenant, input));
  router.handle('accommodations.set', (input, ctx) => setAccommodation(env, ctx.tenant, input));
  router.handle('accommodations.remove', (input, ctx) =>
    removeAccommodation(env, ctx.tenant, input.id),
  );
}
