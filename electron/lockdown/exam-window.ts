import { BrowserWindow, clipboard, screen, type Input } from 'electron';
import { shortcutVerdict, type ExamPlatform } from '@shared/lockdown/shortcut-policy';
import { ALWAYS_ON_TOP_LEVEL, examWindowOptions } from './exam-window-options';

export interface ExamWindowHooks {
  /** A key press the policy swallowed. */
  blocked(reason: string): void;
  /** The window lost focus (another window, a notification, a task switch the OS allowed). */
  focusLost(): void;
  /** Someone tried to close the window while the exam is locked. */
  closeRequested(): void;
  /** Whether the window may close now (the attempt ended, or a proctor unlocked it). */
  mayClose(): boolean;
  displays(count: number): void;
}

const platform = (): ExamPlatform =>
  process.platform === 'darwin' || process.platform === 'win32' ? process.platform : 'linux';

/** Opens the locked exam window at `url` and wires every guard onto it. */
export function openExamWindow(
  preload: string,
  url: string,
  hooks: ExamWindowHooks,
): BrowserWindow {
  const win = new BrowserWindow(examWindowOptions(preload));
  win.setMenu(null);
  win.setAlwaysOnTop(true, ALWAYS_ON_TOP_LEVEL);
  win.setVisibleOnAllWorkspaces(true, { visibleOnFullScreen: true });
  // Screenshots and screen recording see a black window where the OS supports it.
  win.setContentProtection(true);
  const contents = win.webContents;
  contents.session.setSpellCheckerEnabled(false);

  contents.on('before-input-event', (event, input: Input) => {
    const verdict = shortcutVerdict(input, platform());
    if (verdict.block) {
      event.preventDefault();
      hooks.blocked(verdict.reason ?? 'blocked');
    }
  });
  contents.on('context-menu', (event) => event.preventDefault());
  contents.on('devtools-opened', () => contents.closeDevTools());
  contents.on('zoom-changed', () => contents.setZoomFactor(1));
  contents.setVisualZoomLevelLimits(1, 1).catch(() => undefined);

  win.on('blur', () => {
    hooks.focusLost();
    // Take the focus back: the exam stays in front.
    if (!win.isDestroyed()) win.focus();
  });
  win.on('leave-full-screen', () => win.setFullScreen(true));
  win.on('minimize', () => win.restore());
  win.on('close', (event) => {
    if (hooks.mayClose()) return;
    event.preventDefault();
    hooks.closeRequested();
  });

  const countDisplays = () => hooks.displays(screen.getAllDisplays().length);
  screen.on('display-added', countDisplays);
  screen.on('display-removed', countDisplays);
  win.on('closed', () => {
    screen.off('display-added', countDisplays);
    screen.off('display-removed', countDisplays);
    clipboard.clear();
  });

  // Nothing copied before the exam can be pasted into it.
  clipboard.clear();
  win.once('ready-to-show', () => {
    win.show();
    win.focus();
    countDisplays();
  });
  void win.loadURL(url);
  return win;
}
