import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { MethodInput, MethodOutput } from '@shared/api/contract';
import type { ApiResult } from '@shared/api/result';
import type { QuestionSummary } from '@shared/domain/bank';
import { useQuestionPages } from '@renderer/questions/use-question-pages';
import { installFakeExamApi } from '../support/install-fake-api';

const api = installFakeExamApi();

const summary = (text: string): QuestionSummary => ({
  id: `0190e6a0-0000-7000-8000-${String(text.length).padStart(12, '0')}`,
  type: 'single_choice',
  text,
  marks: 1,
  difficulty: null,
  tags: [],
  version: 1,
  deletedAt: null,
  conflict: false,
  updatedAt: null,
});

type ListAnswer = ApiResult<MethodOutput<'questions.list'>>;

/** Serves questions.list by hand: each call waits until the test answers it, in any order. */
function heldLists() {
  const waiting = new Map<string, (answer: ListAnswer) => void>();
  api.serve('questions.list', (input: MethodInput<'questions.list'>) => {
    const search = input.search ?? '';
    return new Promise<ListAnswer>((resolve) => waiting.set(search, resolve));
  });
  return {
    asked: () => [...waiting.keys()],
    answer: (search: string) => {
      const resolve = waiting.get(search);
      if (!resolve) throw new Error(`nothing asked for "${search}"`);
      waiting.delete(search);
      resolve({ ok: true, value: { items: [summary(`Matches ${search}`)], total: 1 } });
    },
  };
}

/** The pages of the live bank for a search, which `rerender({ search })` changes. */
const pagesFor = (search: string) =>
  renderHook(
    ({ search: typed }: { search: string }) => useQuestionPages({ state: 'live', search: typed }),
    {
      initialProps: { search },
    },
  );

/** Answers the call held for a search and lets the hook take it in. */
async function answered(lists: ReturnType<typeof heldLists>, search: string): Promise<void> {
  await act(async () => {
    lists.answer(search);
    await Promise.resolve();
  });
}

describe('the bank’s pages', () => {
  it('show the rows of the filter on screen when an older filter’s answer comes back last', async () => {
    const lists = heldLists();
    const { result, rerender } = pagesFor('nea');
    rerender({ search: 'nearest' });
    await waitFor(() => expect(lists.asked()).toEqual(['nea', 'nearest']));
    // The search as typed comes back first, the one typed before it after.
    await answered(lists, 'nearest');
    await waitFor(() => expect(result.current.at(0)?.text).toBe('Matches nearest'));
    await answered(lists, 'nea');
    expect(result.current.total).toBe(1);
    expect(result.current.at(0)?.text).toBe('Matches nearest');
    expect(result.current.answered).toBe(JSON.stringify({ state: 'live', search: 'nearest' }));
  });

  it('ask again for a filter the list comes back to after dropping its late answer', async () => {
    const lists = heldLists();
    const { result, rerender } = pagesFor('sun');
    rerender({ search: 'sunny' });
    await waitFor(() => expect(lists.asked()).toEqual(['sun', 'sunny']));
    await answered(lists, 'sun');
    expect(result.current.total).toBeNull();
    rerender({ search: 'sun' });
    await waitFor(() => expect(lists.asked()).toEqual(['sunny', 'sun']));
    await answered(lists, 'sun');
    await waitFor(() => expect(result.current.at(0)?.text).toBe('Matches sun'));
  });
});
