import { create } from 'zustand';
import type { AppInfo } from '@shared/api/contract/app';
import { call } from '../api/client';

interface AppInfoState {
  /** Null until main has answered (or when it could not). */
  info: AppInfo | null;
  load: () => Promise<void>;
}

export const useAppInfoStore = create<AppInfoState>()((set) => ({
  info: null,
  load: async () => {
    const result = await call('app.info', {});
    if (result.ok) set({ info: result.value });
  },
}));
