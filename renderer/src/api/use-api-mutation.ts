import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import {
  apiContract,
  type MethodInput,
  type MethodName,
  type MethodOutput,
} from '@shared/api/contract';
import type { ApiErrorBody } from '@shared/api/result';
import { ApiFailure } from './query-client';
import { fetchApi } from './use-api-query';

export interface ApiMutation<K extends MethodName> {
  /** Resolves to the answer, or null when refused (the refusal is then in `error`). */
  run: (input: MethodInput<K>) => Promise<MethodOutput<K> | null>;
  busy: boolean;
  error: ApiErrorBody | null;
  clearError: () => void;
}

/**
 * Calls a changing method, keeping its error (with the field it names) for the
 * form to show. After a method that changes data (`mutates` in the contract)
 * every read on screen is asked again: any change writes the audit trail, and
 * most touch more than one list.
 */
export function useApiMutation<K extends MethodName>(method: K): ApiMutation<K> {
  const client = useQueryClient();
  const mutation = useMutation({
    mutationFn: (input: MethodInput<K>) => fetchApi(method, input),
    // Not awaited: the caller may leave the screen at once (a deleted item), and nothing waits on it.
    onSuccess: () => {
      if (apiContract[method].mutates) void client.invalidateQueries();
    },
  });
  const { mutateAsync, reset } = mutation;
  const run = useCallback(
    async (input: MethodInput<K>) => {
      try {
        return await mutateAsync(input);
      } catch (error) {
        if (error instanceof ApiFailure) return null;
        throw error;
      }
    },
    [mutateAsync],
  );
  return {
    run,
    busy: mutation.isPending,
    error: mutation.error instanceof ApiFailure ? mutation.error.body : null,
    clearError: reset,
  };
}

/** Asks every read on screen again, for changes made outside `useApiMutation`. */
export function useRefreshReads(): () => void {
  const client = useQueryClient();
  return useCallback(() => void client.invalidateQueries(), [client]);
}
