import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { QuestionType } from '@shared/domain/questions';
import { createQueryClient } from '@renderer/api/query-client';
import { groupAbove, groupOutline, setWithDescription } from '@renderer/tests/description-groups';
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

describe('the outline of description groups in the builder', () => {
  const grouped = [
    line('q0', 'single_choice'),
    line('d1', 'description', 'd1'),
    line('q2', 'short_answer', 'd1'),
    line('q3', 'numeric', 'd1'),
    line('q4', 'essay'),
    line('d5', 'description', 'd5'),
    line('q6', 'essay', 'd5'),
  ];

  it('places each description at the head of its questions, and each question under its description', () => {
    expect(groupOutline(grouped)).toEqual([
      { kind: 'none' },
      { kind: 'description', first: 3, last: 4, count: 2 },
      { kind: 'member', description: 2 },
      { kind: 'member', description: 2 },
      { kind: 'none' },
      { kind: 'description', first: 7, last: 7, count: 1 },
      { kind: 'member', description: 6 },
    ]);
    // A description whose questions all left heads nothing.
    expect(groupOutline([line('d1', 'description', 'd1'), line('q2', 'essay')])).toEqual([
      { kind: 'none' },
      { kind: 'none' },
    ]);
  });

  it('shows the groups: the description names its questions, which are indented under it with its number', async () => {
    function Harness() {
      const [current, setCurrent] = useState(grouped);
      return (
        <TestQuestionsEditor
          testId={null}
          lines={current}
          onChange={setCurrent}
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
    const rows = within(screen.getByRole('table', { name: 'Questions in this test' }))
      .getAllByRole('row')
      .slice(1);
    const labelOf = (row: HTMLElement) =>
      row.querySelector('.test-line__group-label')?.textContent ?? null;
    expect(rows.map(labelOf)).toEqual([
      null,
      'Description for questions 3 to 4',
      'With the description at 2',
      'With the description at 2',
      null,
      'Description for question 7',
      'With the description at 6',
    ]);
    // The label is in the question's cell, so it is read with the question.
    expect(within(rows[2]!).getByRole('cell', { name: /With the description at 2/ })).toBeTruthy();
    const indented = rows.map((row) => row.querySelector('.test-line__grouped') !== null);
    expect(indented).toEqual([false, false, true, true, false, false, true]);

    // Taking question 3 out of its group takes 4 with it; the description then heads nothing.
    await userEvent.click(screen.getByRole('checkbox', { name: /question 3/ }));
    const after = within(screen.getByRole('table', { name: 'Questions in this test' }))
      .getAllByRole('row')
      .slice(1);
    expect(after.map(labelOf)).toEqual([
      null,
      null,
      null,
      null,
      null,
      'Description for question 7',
      'With the description at 6',
    ]);
  });
});
