import { useCallback, useEffect, useState } from 'react';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api/contract';
import type { ApiErrorBody } from '../../../shared/api/result';
import { useSessionStore } from '../auth/session-store';
import { call } from './client';

export interface ApiQuery<T> {
  /** The latest answer; kept while a newer request runs, so lists do not flash empty. */
  data: T | undefined;
  /** The error of the latest request, if it failed. */
  error: ApiErrorBody | null;
  /** A request for the current input has not answered yet. */
  loading: boolean;
  /** When `data` last arrived (ms since epoch). */
  updatedAt: number | null;
  reload: () => void;
}

interface Settled<T> {
  key: string;
  data: T | undefined;
  error: ApiErrorBody | null;
  updatedAt: number | null;
}

export interface ApiQueryOptions {
  /** Asks again on this interval (consoles that watch live data). */
  pollMs?: number;
}

const SESSION_GONE = 'Your session has ended. Please sign in again.';

/**
 * Reads one API method for a component. A new input (compared by value) asks
 * again; answers to older inputs are dropped. A lost session sends the person
 * back to the login screen.
 */
export function useApiQuery<K extends MethodName>(
  method: K,
  input: MethodInput<K>,
  options: ApiQueryOptions = {},
): ApiQuery<MethodOutput<K>> {
  const inputKey = JSON.stringify(input);
  const [generation, setGeneration] = useState(0);
  const key = `${method}\n${inputKey}\n${String(generation)}`;
  const [settled, setSettled] = useState<Settled<MethodOutput<K>> | null>(null);

  useEffect(() => {
    let current = true;
    void call(method, JSON.parse(inputKey) as MethodInput<K>).then((result) => {
      if (!current) return;
      if (result.ok) {
        setSettled({ key, data: result.value, error: null, updatedAt: Date.now() });
        return;
      }
      if (result.error.code === 'UNAUTHENTICATED') useSessionStore.getState().end(SESSION_GONE);
      setSettled((previous) => ({
        key,
        data: previous?.data,
        error: result.error,
        updatedAt: previous?.updatedAt ?? null,
      }));
    });
    return () => {
      current = false;
    };
  }, [method, inputKey, key]);

  const { pollMs } = options;
  useEffect(() => {
    if (pollMs === undefined) return;
    const timer = window.setInterval(() => setGeneration((g) => g + 1), pollMs);
    return () => window.clearInterval(timer);
  }, [pollMs]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  return {
    data: settled?.data,
    error: settled?.key === key ? settled.error : null,
    loading: settled?.key !== key,
    updatedAt: settled?.updatedAt ?? null,
    reload,
  };
}
