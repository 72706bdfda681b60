import { importRescue } from '../../services/backup/rescue-import';
import type { ApiRouter } from '../router';
import type { HandlerDeps } from './handler-deps';

export function registerBackupHandlers(router: ApiRouter, { env, backup }: HandlerDeps): void {
  router.handle('backup.snapshots', async () => backup().list());
  router.handle('backup.snapshot', () => backup().snapshot('manual'));
  router.handle('backup.restore', (input, ctx) => backup().restore(ctx.tenant, input.name));
  router.handle('backup.importRescue', (input, ctx) =>
    importRescue(env, ctx.tenant, input.fileText),
  );
}
