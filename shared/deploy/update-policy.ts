/**
 * When an app update may be installed on a lab computer. Exam Desk has no
 * auto-updater yet; this is the rule any future one must follow, kept as a
 * pure function so it is tested before an updater exists. Updates are off
 * unless a centre turns them on, and even then never while an exam is
 * running on the computer or a published test's window is open (or opens
 * soon), because an update restarts the app.
 */
export type UpdateSetting = 'off' | 'outside-exam-windows';

export const DEFAULT_UPDATE_SETTING: UpdateSetting = 'off';

/** How long before a test's window opens updates stop, so a restart never runs into it. */
export const UPDATE_QUIET_BEFORE_WINDOW_MS = 2 * 60 * 60_000;

export interface ExamWindow {
  /** Epoch ms; null for "open since ever". */
  fromMs: number | null;
  /** Epoch ms; null for "open for ever". */
  untilMs: number | null;
}

export interface UpdateContext {
  setting: UpdateSetting;
  nowMs: number;
  /** An attempt is in progress on this computer. */
  examRunning: boolean;
  /** The availability windows of the organisation's published tests. */
  windows: readonly ExamWindow[];
}

export type UpdateDecision = { install: true } | { install: false; reason: string };

export function updateDecision(context: UpdateContext): UpdateDecision {
  if (context.setting === 'off') {
    return { install: false, reason: 'Updates are off on this computer (the default).' };
  }
  if (context.examRunning) {
    return { install: false, reason: 'An exam is running on this computer.' };
  }
  const blocking = context.windows.some(
    (w) =>
      (w.fromMs === null || w.fromMs - UPDATE_QUIET_BEFORE_WINDOW_MS <= context.nowMs) &&
      (w.untilMs === null || context.nowMs < w.untilMs),
  );
  if (blocking) {
    return {
      install: false,
      reason: 'A published test is open now or opens within two hours.',
    };
  }
  return { install: true };
}
