import { describe, expect, it } from 'vitest';
import { ALWAYS_ON_TOP_LEVEL, examWindowOptions } from '@main/lockdown/exam-window-options';

describe('the locked exam window', () => {
  const options = examWindowOptions('/app/preload.cjs');

  it('is a kiosk, full screen, always on top, with no frame to drag or minimise', () => {
    expect(options).toMatchObject({
      kiosk: true,
      fullscreen: true,
      alwaysOnTop: true,
      skipTaskbar: true,
      minimizable: false,
      resizable: false,
      movable: false,
      frame: false,
    });
    expect(ALWAYS_ON_TOP_LEVEL).toBe('screen-saver');
  });

  it('has no devtools, no spellcheck, no Node and a sandboxed, isolated page', () => {
    expect(options.webPreferences).toMatchObject({
      preload: '/app/preload.cjs',
      devTools: false,
      spellcheck: false,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableDialogs: true,
      webSecurity: true,
    });
  });
});
