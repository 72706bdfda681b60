import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The locked exam window's options. Kept free of Electron at run time (types
 * only) so they are checked by a unit test; `exam-window.ts` applies them and
 * adds what can only be set on a live window.
 */
export function examWindowOptions(preload: string): BrowserWindowConstructorOptions {
  return {
    show: false,
    title: 'Exam Desk — exam in progress',
    backgroundColor: '#f4f6f9',
    kiosk: true,
    fullscreen: true,
    fullscreenable: true,
    alwaysOnTop: true,
    skipTaskbar: true,
    closable: true,
    minimizable: false,
    maximizable: false,
    resizable: false,
    movable: false,
    frame: false,
    autoHideMenuBar: true,
    webPreferences: {
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
      devTools: false,
      disableDialogs: true,
      autoplayPolicy: 'document-user-activation-required',
    },
  };
}

/** Above every normal window, screen savers included, where the OS allows it. */
export const ALWAYS_ON_TOP_LEVEL = 'screen-saver' as const;
