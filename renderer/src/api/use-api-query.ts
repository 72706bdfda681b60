import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { MethodInput, MethodName, MethodOutput } from '@shared/api/contract';
import type { ApiErrorBody } from '@shared/api/result';
import { useSessionStore } from '../auth/session-store';
import { call } from './client';
import { ApiFailure } from './query-client';

export interface ApiQuery<T> {
  /** The latest answer; kept while a newer request runs, so lists do not flash empty. */
  data: T | undefined;
  /** The error of the latest request, if it failed; none while a new one runs. */
  error: ApiErrorBody | null;
  /** A request for the current input has not answered yet. */
  loading: boolean;
  /** When `data` last arrived (ms since epoch). */
  updatedAt: number | null;
  reload: () => void;
}

export interface ApiQueryOptions {
  /** Asks again on this interval (consoles that watch live data). */
  pollMs?: number;
}

const SESSION_GONE = 'Your session has ended. Please sign in again.';

/** The cache key of one read: the contract method and its input. */
export const apiQueryKey = <K extends MethodName>(method: K, input: MethodInput<K>) =>
  [method, input] as const;

/** Calls a method for the cache: a refusal is thrown, and a lost session sends the person back to sign in. */
export async function fetchApi<K extends MethodName>(
  method: K,
  input: MethodInput<K>,
): Promise<MethodOutput<K>> {
  const result = await call(method, input);
  if (result.ok) return result.value;
  if (result.error.code === 'UNAUTHENTICATED') useSessionStore.getState().end(SESSION_GONE);
  throw new ApiFailure(result.error);
}

/**
 * Reads one API method for a component, through the query cache. A new input
 * (compared by value) asks again while the last answer stays on screen.
 */
export function useApiQuery<K extends MethodName>(
  method: K,
  input: MethodInput<K>,
  options: ApiQueryOptions = {},
): ApiQuery<MethodOutput<K>> {
  const query = useQuery({
    queryKey: apiQueryKey(method, input),
    queryFn: () => fetchApi(method, input),
    placeholderData: keepPreviousData,
    ...(options.pollMs !== undefined && { refetchInterval: options.pollMs }),
  });
  const { refetch } = query;
  const failure = query.error instanceof ApiFailure ? query.error.body : null;
  return {
    data: query.data,
    error: query.isFetching ? null : failure,
    loading: query.isFetching,
    updatedAt: query.dataUpdatedAt === 0 ? null : query.dataUpdatedAt,
    reload: () => void refetch(),
  };
}
