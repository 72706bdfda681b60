import { app, type BrowserWindow, powerMonitor } from 'electron';
import { APP_ORIGIN } from '@shared/api/bridge';
import type { Core } from '../app/core';
import { openExamWindow } from './exam-window';

export interface LockdownDeps {
  core: Core;
  preload: string;
  /** Registers a window with the IPC bridge and the trusted-window list. */
  adopt(win: BrowserWindow): void;
  sessionKeyOf(win: BrowserWindow): string;
  /** The staff and student shell window, hidden while an exam window is open. */
  mainWindow(): BrowserWindow | undefined;
  /** An exam window opened (true) or closed (false): main swaps the application menu. */
  examWindowChanged?(open: boolean): void;
}

interface OpenExam {
  attemptId: string;
  studentId: string;
  win: BrowserWindow;
  unlocked: boolean;
}

/**
 * Runs each exam in its own locked window. Opens it when a student starts or
 * resumes from the main window, moves their session to it, keeps it locked
 * until the attempt ends or a proctor's PIN unlocks it, records focus loss,
 * blocked shortcuts and extra displays, and tells the exam clock about sleep.
 */
export function startLockdown(deps: LockdownDeps): () => void {
  const { core } = deps;
  let open: OpenExam | null = null;
  const runtime = core.exam.runtime;

  const unsubscribe = runtime.subscribe({
    attemptOpened(attemptId, sessionKey) {
      if (open) return;
      const main = deps.mainWindow();
      if (!main || sessionKey !== deps.sessionKeyOf(main)) return;
      const session = core.sessions.get(sessionKey);
      const live = runtime.get(attemptId);
      if (!session || !live) return;
      const win = openExamWindow(deps.preload, `${APP_ORIGIN}/index.html#/exam/${attemptId}`, {
        blocked: (reason) => runtime.report(attemptId, 'blocked_shortcut', { reason }),
        focusLost: () => runtime.report(attemptId, 'focus_lost', null),
        closeRequested: () =>
          core.events.emit('lockdown.quitRequested', { attemptId }, deps.sessionKeyOf(win)),
        mayClose: () => open?.win !== win || open.unlocked,
        displays: (count) => {
          if (count > 1) runtime.report(attemptId, 'multiple_displays', { displays: count });
          core.events.emit('lockdown.displays', { attemptId, count }, deps.sessionKeyOf(win));
        },
      });
      deps.adopt(win);
      // The exam window signs in as the same student; the main window waits behind it.
      core.sessions.set({ ...session, key: deps.sessionKeyOf(win) });
      open = { attemptId, studentId: live.studentId, win, unlocked: false };
      deps.examWindowChanged?.(true);
      main.hide();
      win.on('closed', () => {
        core.sessions.delete(deps.sessionKeyOf(win));
        if (open?.win === win) open = null;
        deps.examWindowChanged?.(false);
        const back = deps.mainWindow();
        if (back && !back.isDestroyed()) {
          void back.loadURL(`${APP_ORIGIN}/index.html#/result/${attemptId}`);
          back.show();
        }
      });
    },
    attemptClosed(attemptId) {
      if (open?.attemptId !== attemptId) return;
      open.unlocked = true;
      const win = open.win;
      // Let the exam window show that it was submitted, then give the desktop back.
      setTimeout(() => {
        if (!win.isDestroyed()) win.close();
      }, 1_500);
    },
    quitUnlocked(studentId) {
      if (open?.studentId !== studentId) return;
      open.unlocked = true;
      app.quit();
    },
  });

  const onSuspend = () => runtime.suspend();
  const onResume = () => runtime.resume();
  powerMonitor.on('suspend', onSuspend);
  powerMonitor.on('resume', onResume);

  // Quitting the app (menu, OS shutdown request) waits for the proctor while an exam is locked.
  const onBeforeQuit = (event: Electron.Event) => {
    if (open && !open.unlocked) {
      event.preventDefault();
      core.events.emit(
        'lockdown.quitRequested',
        { attemptId: open.attemptId },
        deps.sessionKeyOf(open.win),
      );
    }
  };
  app.on('before-quit', onBeforeQuit);

  return () => {
    unsubscribe();
    powerMonitor.off('suspend', onSuspend);
    powerMonitor.off('resume', onResume);
    app.off('before-quit', onBeforeQuit);
  };
}
