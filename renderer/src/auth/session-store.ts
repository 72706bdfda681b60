import { create } from 'zustand';
import type { ApiErrorBody } from '@shared/api/result';
import type { SessionInfo } from '@shared/domain/organisation';
import { call } from '../api/client';
import { resetRoute } from '../app/route-store';
import { shownError } from '../errors/error-text';

export type SessionStatus = 'checking' | 'signed-out' | 'signed-in';

/** Every way out of a session also forgets the screen, so the next person starts on their own. */
interface SessionState {
  status: SessionStatus;
  session: SessionInfo | null;
  /** Why the last session ended, shown once on the login screen. */
  notice: string | null;
  /** Asks main for the current session, so a reload keeps the person signed in. */
  restore: () => Promise<void>;
  /** Resolves to the refusal, or null when signed in. */
  signIn: (email: string, password: string) => Promise<ApiErrorBody | null>;
  /** Resolves to the error when main could not end the session (the person stays signed in). */
  signOut: () => Promise<ApiErrorBody | null>;
  /** The session is gone on the main side (expired, ended elsewhere, deactivated). */
  end: (reason: string) => void;
  /** Reads the session again after a change to what it says (the organisation made read-only or writable). */
  refresh: () => Promise<void>;
}

export const useSessionStore = create<SessionState>()((set, get) => ({
  status: 'checking',
  session: null,
  notice: null,

  restore: async () => {
    const result = await call('auth.session', {});
    if (result.ok && result.value) {
      set({ status: 'signed-in', session: result.value, notice: null });
      return;
    }
    resetRoute();
    set({
      status: 'signed-out',
      session: null,
      notice: result.ok ? null : shownError(result.error),
    });
  },

  signIn: async (email, password) => {
    const result = await call('auth.signIn', { email, password });
    if (!result.ok) return result.error;
    set({ status: 'signed-in', session: result.value, notice: null });
    return null;
  },

  signOut: async () => {
    const result = await call('auth.signOut', {});
    // UNAUTHENTICATED means main has no session for us any more: signed out either way.
    if (!result.ok && result.error.code !== 'UNAUTHENTICATED') return result.error;
    resetRoute();
    set({ status: 'signed-out', session: null, notice: null });
    return null;
  },

  refresh: async () => {
    const result = await call('auth.session', {});
    if (result.ok && result.value && get().status === 'signed-in') set({ session: result.value });
  },

  end: (reason) => {
    if (get().status !== 'signed-in') return;
    resetRoute();
    set({ status: 'signed-out', session: null, notice: reason });
  },
}));
