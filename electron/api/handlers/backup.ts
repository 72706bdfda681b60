import { importRescue } from '../../services/backup/rescue-import';
import { writeRescue } from '../../services/backup/rescue-write';
import type { ApiRouter } from '../router';
import type { HandlerDeps } from './handler-deps';

export function registerBackupHandlers(
  router: ApiRouter,
  { env, backup, fileDialogs }: HandlerDeps,
): void {
  router.handle('backup.snapshots', async () => backup().list());
  router.handle('backup.snapshot', () => backup().snapshot('manual'));
  router.handle('backup.restore', (input, ctx) => backup().restore(ctx.tenant, input.name));
  router.handle('backup.writeRescue', (input, ctx) =>
    writeRescue(
      {
        env,
        dataDir: backup().deps.dataDir,
        snapshot: () => backup().snapshot('manual'),
        dialogs: fileDialogs,
      },
      ctx.tenant,
      input,
    ),
  );
  router.handle('backup.importRescue', (input, ctx) =>
    importRescue(env, ctx.tenant, input.fileText),
  );
}
