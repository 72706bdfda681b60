import { create } from 'zustand';
import type { SetupStatus } from '@shared/api/contract/setup';
import { call } from '../api/client';
import { shownError } from '../errors/error-text';

interface SetupState {
  /** Null until main has answered. */
  status: SetupStatus | null;
  /** Why main could not answer, if it could not. */
  error: string | null;
  load: () => Promise<void>;
}

/** Whether this computer still needs first-run setup, and whether it holds the demo. */
export const useSetupStore = create<SetupState>()((set) => ({
  status: null,
  error: null,
  load: async () => {
    const result = await call('setup.status', {});
    if (result.ok) set({ status: result.value, error: null });
    else set({ error: shownError(result.error) });
  },
}));
