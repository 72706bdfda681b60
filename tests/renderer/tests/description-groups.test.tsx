import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { QuestionType } from '@shared/domain/questions';
import { createQueryClient } from '@renderer/api/query-client';
import { groupAbove, setWithDescription } from '@renderer/tests/description-groups';
import { TestQuestionsEditor } from '@renderer/tests/TestQuestionsEditor';
import { questionsFromLines, type TestLine } from '@renderer/tests/test-lines';
import { installFakeExamApi } from '../support/install-fake-api';

installFakeExamApi();

const line = (questionId: string, type: QuestionType, groupId: string | null = null): TestLine => ({
  questionId,
  text: `Question ${questionId}`,
  type,
  marks: type === 'description' ? '0' : '1',
  hasKey: true,
  groupId,
});

const groups = (lines: readonly TestLine[]) => lines.map((l) => l.groupId);

describe('grouping questions with a description', () => {
  const lines = [
    line('q0', 'single_choice'),
    line('d1', 'description'),
    line('q2', 'short_answer'),
    line('q3', 'numeric'),
    line('q4', 'essay'),
  ];

  it('a question can join only the description right above it, or the group above it', () => {
    expect(lines.map((_, i) => groupAbove(lines, i))).toEqual([null, null, 'd1', null, null]);
    const one = setWithDescription(lines, 2, true);
    expect(groups(one)).toEqual([null, 'd1', 'd1', null, null]);
    expect(groupAbove(one, 3)).toBe('d1');
    const two = setWithDescription(one, 3, true);
    expect(groups(two)).toEqual([null, 'd1', 'd1', 'd1', null]);
    // What is saved carries the groups.
    expect(questionsFromLines(two).map((q) => q.groupId)).toEqual(groups(two));
  });

  it('taking a question out takes the ones after it too, and an empty group is dissolved', () => {
    const grouped = setWithDescription(setWithDescription(lines, 2, true), 3, true);
    expect(groups(setWithDescription(grouped, 3, false))).toEqual([null, 'd1', 'd1', null, null]);
    expect(groups(setWithDescription(grouped, 2, false))).toEqual([null, null, null, null, null]);
  });

  it('the builder offers the checkbox under a question after a description, and ticking it groups them', async () => {
    const saved: TestLine[][] = [];
    function Harness() {
      const [current, setCurrent] = useState(lines);
      return (
        <TestQuestionsEditor
          testId={null}
          lines={current}
          onChange={(next) => {
            saved.push(next);
            setCurrent(next);
          }}
          error={null}
          unsaved={false}
          onDrawn={() => undefined}
        />
      );
    }
    render(
      <QueryClientProvider client={createQueryClient()}>
        <Harness />
      </QueryClientProvider>,
    );
    const boxes = () =>
      screen.queryAllByRole('checkbox', { name: /Goes with the description above/ });
    expect(boxes()).toHaveLength(1);
    await userEvent.click(screen.getByRole('checkbox', { name: /question 3/ }));
    expect(groups(saved.at(-1) ?? [])).toEqual([null, 'd1', 'd1', null, null]);
    // Now question 4 can join the group too.
    expect(boxes()).toHaveLength(2);
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: /question 3/ }).checked).toBe(
      true,
    );
  });
});
