import { importPeople } from '../../services/people/import-service';
import {
  changePerson,
  createPerson,
  readPeople,
  readPerson,
  resetPassword,
  resetPin,
} from '../../services/people/people-service';
import type { ApiRouter } from '../router';
import type { HandlerDeps } from './handler-deps';

export function registerPeopleHandlers(router: ApiRouter, { env }: HandlerDeps): void {
  router.handle('people.list', (input, ctx) => readPeople(env, ctx.tenant, input));
  router.handle('people.get', (input, ctx) => readPerson(env, ctx.tenant, input.id));
  router.handle('people.create', (input, ctx) => createPerson(env, ctx.tenant, input));
  router.handle('people.update', (input, ctx) => changePerson(env, ctx.tenant, input));
  router.handle('people.resetPassword', (input, ctx) => resetPassword(env, ctx.tenant, input));
  router.handle('people.resetPin', (input, ctx) => resetPin(env, ctx.tenant, input));
  router.handle('people.importPreview', (input, ctx) =>
    importPeople(env, ctx.tenant, { ...input, dryRun: true }),
  );
  router.handle('people.import', (input, ctx) =>
    importPeople(env, ctx.tenant, { ...input, dryRun: false }),
  );
}
