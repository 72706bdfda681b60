import { app, BrowserWindow, dialog, session, type WebContents } from 'electron';
import { join } from 'node:path';
import { DatabaseDamagedError } from '@db/backup/damage';
import { createCore, type Core } from '../app/core';
import { resolveDataDir } from '../app/data-dir';
import { machineConfigDir } from '../app/machine-config';
import { bindIpc, sessionKeyOf, type IpcBinding } from '../ipc/main-bridge';
import { startLockdown } from '../lockdown/lockdown-controller';
import { applyAppMenu } from './app-menu';
import { electronFileDialogs } from './file-dialogs';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { safeStorageSecretStore } from './safe-storage';
import { createMainWindow } from './main-window';
import { offerRecovery } from './recovery-dialog';
import { isTrustedUrl, runMode } from './run-mode';
import { denyAllPermissions, hardenAllContents } from './security';

const here = import.meta.dirname;
const mode = runMode(app.isPackaged, process.env, process.platform);
for (const note of mode.ignored) console.warn(note);
const ourWindows = new Set<number>();

const trusted = (url: string): boolean => isTrustedUrl(mode, url);

registerAppScheme();
hardenAllContents(app, trusted, mode.devTools);

let core: Core | undefined;
let ipc: IpcBinding | undefined;

let mainWin: BrowserWindow | undefined;

/** Lets one of our windows use the API and receive events. */
function adopt(win: BrowserWindow): void {
  ourWindows.add(win.webContents.id);
  ipc?.addWindow(win.webContents);
  const id = win.webContents.id;
  win.on('closed', () => ourWindows.delete(id));
}

function openWindow(): void {
  const win = createMainWindow({
    preload: join(here, '../preload/index.cjs'),
    startUrl: mode.startUrl,
    devTools: mode.devTools,
  });
  adopt(win);
  mainWin = win;
  win.on('closed', () => {
    if (mainWin === win) mainWin = undefined;
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [win] = BrowserWindow.getAllWindows();
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });

  app
    .whenReady()
    .then(async () => {
      denyAllPermissions(session.defaultSession);
      applyAppMenu(mode.staffMenu);
      serveRenderer(join(here, '../renderer'));
      const dataDir = resolveDataDir(app.getPath('userData'));
      const secretStore = await safeStorageSecretStore();
      const start = () =>
        createCore({
          dataDir,
          seedDemo: mode.seedDemo,
          production: mode.packaged,
          // Only the installed app reads the machine-wide folder a lab deployment fills.
          machineConfigDir: mode.packaged ? machineConfigDir(process.platform, process.env) : null,
          secretStore,
          fileDialogs: electronFileDialogs(() => mainWin),
        });
      core = await start().catch(async (error: unknown) => {
        // A damaged database opens nothing; the person chooses the way back, or quits.
        if (!(error instanceof DatabaseDamagedError)) throw error;
        if (!(await offerRecovery(error, dataDir, secretStore))) app.exit(1);
        return start();
      });
      ipc = bindIpc({
        router: core.router,
        events: core.events,
        isTrustedUrl: trusted,
        isOurWindow: (contents: WebContents) => ourWindows.has(contents.id),
      });
      openWindow();
      startLockdown({
        core,
        preload: join(here, '../preload/index.cjs'),
        adopt,
        sessionKeyOf: (win) => sessionKeyOf(win.webContents),
        mainWindow: () => mainWin,
        examWindowChanged: (open) => applyAppMenu(open ? mode.examMenu : mode.staffMenu),
      });
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) openWindow();
      });
    })
    .catch((error: unknown) => {
      dialog.showErrorBox(
        'Exam Desk could not start',
        error instanceof Error ? error.message : String(error),
      );
      app.exit(1);
    });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  let closing = false;
  app.on('will-quit', (event) => {
    if (closing || !core) return;
    closing = true;
    event.preventDefault();
    ipc?.dispose();
    const done = () => app.exit(0);
    // Never hang the quit: a final push and closing the database get a short bound, then we exit anyway.
    const timer = setTimeout(done, 5_000);
    core
      .close()
      .catch(() => undefined)
      .finally(() => {
        clearTimeout(timer);
        done();
      });
  });
}
