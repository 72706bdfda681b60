import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

export const secureWebPreferences = (preload: string, devTools: boolean): WebPreferences => ({
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
  devTools,
});

/**
 * The staff and student window's options. Electron as types only, so a unit test checks
 * them (devtools off in the packaged app); `main-window.ts` opens the window.
 */
export function mainWindowOptions(
  preload: string,
  devTools: boolean,
): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 640,
    show: false,
    title: 'Exam Desk',
    backgroundColor: '#f6f7f9',
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(preload, devTools),
  };
}
