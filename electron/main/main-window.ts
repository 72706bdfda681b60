import { BrowserWindow } from 'electron';
import { mainWindowOptions } from './main-window-options';

export interface MainWindowSettings {
  preload: string;
  /** The app's own page, or in development the electron-vite dev server. */
  startUrl: string;
  /** Off in the packaged app. */
  devTools: boolean;
}

/** The staff and student shell window (the locked exam window is separate). */
export function createMainWindow(settings: MainWindowSettings): BrowserWindow {
  const win = new BrowserWindow(mainWindowOptions(settings.preload, settings.devTools));
  win.once('ready-to-show', () => win.show());
  void win.loadURL(settings.startUrl);
  return win;
}
