import {
  changeOrganisation,
  readOrganisation,
} from '../../services/organisation/organisation-service';
import type { ApiRouter } from '../router';
import type { HandlerDeps } from './handler-deps';

export function registerOrganisationHandlers(router: ApiRouter, { env }: HandlerDeps): void {
  router.handle('organisation.get', (_input, ctx) => readOrganisation(env, ctx.tenant));
  router.handle('organisation.update', (input, ctx) => changeOrganisation(env, ctx.tenant, input));
  router.handle('organisation.setActive', (input, ctx) =>
    changeOrganisation(env, ctx.tenant, { active: input.active }),
  );
}
