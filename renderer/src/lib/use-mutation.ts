import { useCallback, useState } from 'react';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api/contract';
import type { ApiErrorBody } from '../../../shared/api/result';
import { call } from '../api/client';
import { useSessionStore } from '../auth/session-store';

export interface Mutation<K extends MethodName> {
  run: (input: MethodInput<K>) => Promise<MethodOutput<K> | null>;
  busy: boolean;
  error: ApiErrorBody | null;
  clearError: () => void;
}

/** Calls a changing method, keeping its error (with the field it names) for the form to show. */
export function useMutation<K extends MethodName>(method: K): Mutation<K> {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiErrorBody | null>(null);
  const run = useCallback(
    async (input: MethodInput<K>) => {
      setBusy(true);
      setError(null);
      try {
        const result = await call(method, input);
        if (result.ok) return result.value;
        if (result.error.code === 'UNAUTHENTICATED')
          useSessionStore.getState().end('Your session has ended. Please sign in again.');
        setError(result.error);
        return null;
      } finally {
        setBusy(false);
      }
    },
    [method],
  );
  return { run, busy, error, clearError: useCallback(() => setError(null), []) };
}
