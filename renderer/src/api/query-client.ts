import { QueryClient } from '@tanstack/react-query';
import type { ApiErrorBody } from '@shared/api/result';

/** A refused API call as a thrown value, so the query cache keeps it as the request's error. */
export class ApiFailure extends Error {
  readonly body: ApiErrorBody;

  constructor(body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiFailure';
    this.body = body;
  }
}

/**
 * Reads are asked again whenever a screen shows them and after every change;
 * a refusal is final (main answered), so nothing is retried on its own, and a
 * window regaining focus does not ask again (lockdown exam windows lose and
 * regain it all the time).
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false, staleTime: 0 },
      mutations: { retry: false },
    },
  });
}

/** The app's one cache; emptied whenever the signed-in person changes (see App). */
export const queryClient = createQueryClient();
