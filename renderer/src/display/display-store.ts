import { create } from 'zustand';
import type { ApiErrorBody } from '@shared/api/result';
import type { DisplaySettings } from '@shared/domain/display';
import { call } from '../api/client';
import { setStudentLocale } from '../i18n/locale-store';
import { applyDisplaySettings } from './apply-display';

interface DisplayState {
  /** The signed-in student's settings once read; null before, and for everyone else. */
  settings: DisplaySettings | null;
  saving: boolean;
  error: ApiErrorBody | null;
  /** A change was saved since the dialog opened. */
  saved: boolean;
}

export const useDisplayStore = create<DisplayState>()(() => ({
  settings: null,
  saving: false,
  error: null,
  saved: false,
}));

/** Reads the student's settings and puts them on the page. */
export async function loadDisplaySettings(): Promise<void> {
  const result = await call('display.settings', {});
  if (!result.ok) return;
  useDisplayStore.setState({ settings: result.value });
  show(result.value);
}

/** Shows a change at once and saves it; a refusal puts the saved settings back. */
export async function changeDisplaySettings(change: Partial<DisplaySettings>): Promise<void> {
  const before = useDisplayStore.getState().settings;
  if (!before) return;
  const next = { ...before, ...change };
  useDisplayStore.setState({ settings: next, saving: true, error: null, saved: false });
  show(next);
  const result = await call('display.update', next);
  if (result.ok) {
    useDisplayStore.setState({ settings: result.value, saving: false, saved: true });
    show(result.value);
    return;
  }
  useDisplayStore.setState({ settings: before, saving: false, error: result.error });
  show(before);
}

/** The student signed out: the page goes back to the standard look. */
export function clearDisplaySettings(): void {
  useDisplayStore.setState({ settings: null, saving: false, error: null, saved: false });
  applyDisplaySettings(null);
  setStudentLocale(null);
}

/** The look on the page root, and the student's own language for every screen of theirs. */
function show(settings: DisplaySettings): void {
  applyDisplaySettings(settings);
  setStudentLocale(settings.language ?? null);
}
