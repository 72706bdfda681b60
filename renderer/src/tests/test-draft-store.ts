import { create } from 'zustand';
import { useSessionStore } from '../auth/session-store';
import type { TestForm } from './test-form';
import type { TestLine } from './test-lines';

/** An unsaved edit of one test: its settings and its question list, kept together. */
export interface TestDraft {
  form: TestForm;
  lines: TestLine[];
}

/** The key of the test not yet created. */
export const NEW_TEST = 'new';

interface DraftState {
  drafts: Record<string, TestDraft>;
}

/**
 * Unsaved edits outlive the builder: leaving for another screen and coming back
 * finds them as they were, so no navigation loses work. They live in memory for
 * the signed-in person only, and are forgotten when the session changes.
 */
export const useTestDrafts = create<DraftState>()(() => ({ drafts: {} }));

export function setTestDraft(key: string, draft: TestDraft): void {
  useTestDrafts.setState((s) => ({ drafts: { ...s.drafts, [key]: draft } }));
}

export function clearTestDraft(key: string): void {
  useTestDrafts.setState((s) => {
    const { [key]: _gone, ...rest } = s.drafts;
    return { drafts: rest };
  });
}

export function hasUnsavedTestDrafts(): boolean {
  return Object.keys(useTestDrafts.getState().drafts).length > 0;
}

useSessionStore.subscribe((now, before) => {
  if (now.session?.person.id !== before.session?.person.id) useTestDrafts.setState({ drafts: {} });
});
