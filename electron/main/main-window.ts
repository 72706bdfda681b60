import { BrowserWindow } from 'electron';
import { APP_ORIGIN } from '../../shared/api/bridge';

export interface WindowPaths {
  preload: string;
  /** Set in development: the electron-vite dev server URL. */
  devServerUrl: string | undefined;
}

export const secureWebPreferences = (preload: string): Electron.WebPreferences => ({
  preload,
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  spellcheck: false,
  webviewTag: false,
  navigateOnDragDrop: false,
});

/** The staff and student shell window (the locked exam window is separate). */
export function createMainWindow(paths: WindowPaths): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 640,
    show: false,
    title: 'Exam Desk',
    backgroundColor: '#f6f7f9',
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(paths.preload),
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(paths.devServerUrl ?? `${APP_ORIGIN}/index.html`);
  return win;
}
