import { useCallback, useEffect, useRef, useState } from 'react';
import type { MethodInput } from '@shared/api/contract';
import type { QuestionSummary } from '@shared/domain/bank';
import type { ApiErrorBody } from '@shared/api/result';
import { call } from '../api/client';

export const PAGE = 100;

export interface QuestionPages {
  total: number | null;
  /** The question at a row, or undefined while its page loads. */
  at: (index: number) => QuestionSummary | undefined;
  /** Asks for the page holding a row, once. */
  need: (index: number) => void;
  error: ApiErrorBody | null;
  /** The filter the shown rows answer (JSON), for tests and benchmarks. */
  answered: string | null;
  reload: () => void;
}

/**
 * The bank as pages of 100 rows, fetched as the list scrolls to them. A new
 * filter starts again from the first page; answers to an older filter are dropped.
 */
export function useQuestionPages(
  filter: Omit<MethodInput<'questions.list'>, 'limit' | 'offset'>,
): QuestionPages {
  const key = JSON.stringify(filter);
  const [state, setState] = useState<{
    key: string;
    total: number | null;
    pages: Map<number, QuestionSummary[]>;
    error: ApiErrorBody | null;
  }>({ key: '', total: null, pages: new Map(), error: null });
  const requested = useRef(new Set<string>());
  const requestedFor = useRef('');
  // The filter on screen now: answers can come back out of order (each keystroke in the search
  // asks again), and one for a filter already left must not replace the current one's rows.
  const shown = useRef(key);
  useEffect(() => {
    shown.current = key;
  }, [key]);
  const [generation, setGeneration] = useState(0);

  const load = useCallback(
    (page: number) => {
      // Coming back to an earlier filter asks again: its pages were dropped when it was left.
      if (requestedFor.current !== key) {
        requestedFor.current = key;
        requested.current.clear();
      }
      const id = `${key}#${String(generation)}#${String(page)}`;
      if (requested.current.has(id)) return;
      requested.current.add(id);
      const input = { ...(JSON.parse(key) as object), limit: PAGE, offset: page * PAGE };
      void call('questions.list', input).then((result) => {
        // Dropped; coming back to this filter asks again (see above).
        if (shown.current !== key) return;
        setState((s) => {
          const fresh =
            s.key === key
              ? s
              : { key, total: null, pages: new Map<number, QuestionSummary[]>(), error: null };
          if (!result.ok) return { ...fresh, error: result.error };
          const pages = new Map(fresh.pages);
          pages.set(page, result.value.items);
          return { key, total: result.value.total, pages, error: null };
        });
      });
    },
    [key, generation],
  );

  useEffect(() => {
    load(0);
  }, [load]);

  const current = state.key === key ? state : null;
  return {
    total: current?.total ?? null,
    at: (index) => current?.pages.get(Math.floor(index / PAGE))?.[index % PAGE],
    need: (index) => load(Math.floor(index / PAGE)),
    error: current?.error ?? null,
    answered: current && current.total !== null ? key : null,
    reload: () => {
      requested.current.clear();
      setGeneration((g) => g + 1);
    },
  };
}
