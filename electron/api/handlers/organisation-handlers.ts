import {
  changeOrganisation,
  readAudit,
  readOrganisation,
  readSubscription,
} from '../../services/organisation/organisation-service';
import {
  changePerson,
  createPerson,
  readPeople,
  readPerson,
  resetPassword,
} from '../../services/people/people-service';
import { importPeople } from '../../services/people/import-service';
import type { ApiRouter } from '../router';
import type { HandlerDeps } from './handler-deps';

export function registerOrganisationHandlers(router: ApiRouter, { env }: HandlerDeps): void {
  router.handle('organisation.get', (_input, ctx) => readOrganisation(env, ctx.tenant));
  router.handle('organisation.update', (input, ctx) => changeOrganisation(env, ctx.tenant, input));
  router.handle('organisation.setActive', (input, ctx) =>
    changeOrganisation(env, ctx.tenant, { active: input.active }),
  );
  router.handle('people.list', (input, ctx) => readPeople(env, ctx.tenant, input));
  router.handle('people.get', (input, ctx) => readPerson(env, ctx.tenant, input.id));
  router.handle('people.create', (input, ctx) => createPerson(env, ctx.tenant, input));
  router.handle('people.update', (input, ctx) => changePerson(env, ctx.tenant, input));
  router.handle('people.resetPassword', (input, ctx) => resetPassword(env, ctx.tenant, input));
  router.handle('people.importPreview', (input, ctx) =>
    importPeople(env, ctx.tenant, { ...input, dryRun: true }),
  );
  router.handle('people.import', (input, ctx) =>
    importPeople(env, ctx.tenant, { ...input, dryRun: false }),
  );
  router.handle('audit.list', (input, ctx) => readAudit(env, ctx.tenant, input));
  router.handle('subscription.get', (_input, ctx) => readSubscription(env, ctx.tenant));
}
