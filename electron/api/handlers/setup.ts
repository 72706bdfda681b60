import type { ApiRouter } from '../router';
import type { HandlerDeps } from './handler-deps';

export function registerSetupHandlers(router: ApiRouter, { setup }: HandlerDeps): void {
  router.handle('setup.status', () => setup.status());
  router.handle('setup.createOrganisation', (input, ctx) =>
    setup.createOrganisation(ctx.caller.sessionKey, input),
  );
  router.handle('setup.openDemo', () => setup.openDemo());
  router.handle('setup.checkServer', (input) => setup.checkServer(input));
  router.handle('setup.enrol', (input) => setup.enrol(input));
  router.handle('setup.enrolFromFile', (input) => setup.enrolFromFile(input));
}
