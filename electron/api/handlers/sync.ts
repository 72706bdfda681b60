import {
  checkServer,
  enrol,
  enrolFromFile,
  exportUnsynced,
  unenrol,
} from '../../services/sync/enrolment-service';
import { markSetAsideResolved, readSetAside } from '../../services/sync/set-aside-service';
import type { ApiRouter } from '../router';
import type { HandlerDeps } from './handler-deps';

export function registerSyncHandlers(router: ApiRouter, { env, sync }: HandlerDeps): void {
  router.handle('sync.status', () => sync().status());
  router.handle('sync.overview', (_input, ctx) => sync().overview(ctx.tenant));
  router.handle('sync.now', () => sync().syncNow());
  router.handle('sync.history', async (input) => sync().historyList(input.limit));
  router.handle('sync.devices', (_input, ctx) => sync().devices(ctx.tenant));
  router.handle('sync.checkServer', (input) => checkServer(sync(), input));
  router.handle('sync.enrol', (input, ctx) => enrol(sync(), ctx.tenant, input));
  router.handle('sync.enrolFromFile', (input, ctx) => enrolFromFile(sync(), ctx.tenant, input));
  router.handle('sync.unenrol', (_input, ctx) => unenrol(sync(), ctx.tenant));
  router.handle('sync.exportUnsynced', () => exportUnsynced(sync()));
  router.handle('sync.setAside', (input, ctx) =>
    readSetAside(env, ctx.tenant, input.includeResolved ?? false),
  );
  router.handle('sync.resolveSetAside', (input, ctx) =>
    markSetAsideResolved(env, ctx.tenant, input.id),
  );
}
