import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { QuestionSummary } from '@shared/domain/bank';
import { createQueryClient } from '@renderer/api/query-client';
import { QuestionPicker } from '@renderer/tests/QuestionPicker';
import { installFakeExamApi } from '../support/install-fake-api';

const api = installFakeExamApi();

const summary = (id: string, text: string): QuestionSummary => ({
  id,
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

describe('the question picker', () => {
  it('keeps focus on Add once pressed: it says Added, is disabled for readers, and adds nothing again', async () => {
    api.serve('questions.list', () =>
      Promise.resolve({
        ok: true,
        value: { items: [summary('q1', 'Which planet is nearest the Sun?')], total: 1 },
      }),
    );
    const added: string[] = [];
    function Harness() {
      const [inTest, setInTest] = useState<string[]>([]);
      return (
        <QuestionPicker
          isInTest={(id) => inTest.includes(id)}
          onAdd={(q) => {
            added.push(q.id);
            setInTest((ids) => [...ids, q.id]);
          }}
        />
      );
    }
    render(
      <QueryClientProvider client={createQueryClient()}>
        <Harness />
      </QueryClientProvider>,
    );
    const user = userEvent.setup();
    const add = await screen.findByRole('button', {
      name: 'Add: Which planet is nearest the Sun?',
    });
    add.focus();
    await user.keyboard('{Enter}');
    const done = screen.getByRole('button', { name: 'Added: Which planet is nearest the Sun?' });
    expect(done).toBe(add);
    expect(document.activeElement).toBe(done);
    expect(done.getAttribute('aria-disabled')).toBe('true');
    await user.keyboard('{Enter}');
    expect(added).toEqual(['q1']);
  });
});
