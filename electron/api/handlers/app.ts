import type { ApiRouter } from '../router';
import type { HandlerDeps } from './handler-deps';

export function registerAppHandlers(router: ApiRouter, deps: HandlerDeps): void {
  router.handle('app.info', () => Promise.resolve(deps.appInfo()));
}
