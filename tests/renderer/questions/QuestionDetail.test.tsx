// @vitest-environment jsdom
// DOMPurify supports jsdom and not happy-dom (under happy-dom it drops and keeps the wrong nodes).
import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import type { QuestionRecord, StoredQuestion } from '@shared/domain/bank';
import { createQueryClient } from '@renderer/api/query-client';
import { QuestionDetail } from '@renderer/questions/QuestionDetail';
import { QuestionKey } from '@renderer/questions/QuestionKey';
import { installDialogStandIn } from '../support/dom-stand-ins';
import { installFakeExamApi } from '../support/install-fake-api';

const api = installFakeExamApi();
beforeAll(() => installDialogStandIn());

const base: StoredQuestion = {
  type: 'single_choice',
  text: 'Which?',
  options: null,
  key: null,
  marks: 2,
  difficulty: null,
  tags: [],
  settings: {},
};

const record = (q: Partial<StoredQuestion>): QuestionRecord => ({
  ...base,
  ...q,
  id: '0190e6a0-0000-7000-8000-00000000b001',
  versionId: null,
  version: 1,
  deletedAt: null,
  conflict: false,
  createdAt: null,
  updatedAt: null,
  createdBy: null,
  sealedTestId: null,
});

const rowsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    );

describe('the question Details tab', () => {
  it('renders a rich stem sanitised, with its formula typeset, not as raw HTML', async () => {
    api.serve('questions.get', () =>
      Promise.resolve({
        ok: true,
        value: record({
          format: 'html',
          text: '<p>A <strong>bold</strong> stem with \\(x^2\\)<img src=x onerror="alert(1)"></p>',
          options: [
            { id: 'a', text: '<em>first</em>' },
            { id: 'b', text: 'second' },
          ],
          key: { optionId: 'a' },
        }),
      }),
    );
    render(
      <QueryClientProvider client={createQueryClient()}>
        <QuestionDetail id={record({}).id} onChanged={() => undefined} onClose={() => undefined} />
      </QueryClientProvider>,
    );
    const stem = (await screen.findByText('bold')).closest('dd');
    if (!stem) throw new Error('the stem is not in the details list');
    expect(stem.querySelector('strong')?.textContent).toBe('bold');
    expect(stem.querySelector('.katex annotation')?.textContent).toBe('x^2');
    expect(stem.textContent).not.toContain('<strong>');
    expect(stem.querySelector('img[onerror]')).toBeNull();
    expect(screen.getAllByText('first')[0]?.tagName).toBe('EM');
    expect(screen.getByRole('list', { name: 'Right options' }).textContent).toBe('A. first');
  });
});

function key(q: Partial<StoredQuestion>) {
  return render(<QuestionKey question={{ ...base, ...q }} />);
}

describe('answer keys in words', () => {
  it('a choice key with weights is a table of the credit per option', () => {
    key({
      options: [
        { id: 'a', text: 'Paris' },
        { id: 'b', text: 'Lyon' },
        { id: 'c', text: 'Nice' },
      ],
      key: { optionId: 'a', weights: { a: 1, b: 0.5, c: -0.25 } },
    });
    expect(rowsOf(screen.getByRole('table', { name: 'Credit per option' }))).toEqual([
      ['A. Paris', '100 %'],
      ['B. Lyon', '50 %'],
      ['C. Nice', '-25 %'],
    ]);
  });

  it('matching: each premise with its right response, and the distractors named', () => {
    key({
      type: 'matching',
      premises: [
        { id: 'p1', text: 'France' },
        { id: 'p2', text: 'Spain' },
      ],
      responses: [
        { id: 'r1', text: 'Madrid' },
        { id: 'r2', text: 'Paris' },
        { id: 'r3', text: 'Rome' },
      ],
      key: { pairs: { p1: 'r2', p2: 'r1' } },
    });
    expect(rowsOf(screen.getByRole('table', { name: 'Right pairs' }))).toEqual([
      ['France', 'Paris'],
      ['Spain', 'Madrid'],
    ]);
    expect(screen.getByRole('list', { name: 'Distractors' }).textContent).toBe('Rome');
    expect(screen.queryByText(/cannot be shown/)).toBeNull();
  });

  it('ordering: the items as an ordered list in the right order', () => {
    key({
      type: 'ordering',
      items: [
        { id: 'i1', text: 'Third' },
        { id: 'i2', text: 'First' },
        { id: 'i3', text: 'Second' },
      ],
      key: { order: ['i2', 'i3', 'i1'] },
    });
    const list = screen.getByRole('list', { name: 'Right order' });
    expect(list.tagName).toBe('OL');
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['First', 'Second', 'Third']);
  });

  it('cloze: every gap with its kind, key, partial credit and marks', () => {
    key({
      type: 'cloze',
      text: 'The capital is {{gap:city}}, {{gap:n}} km away, in {{gap:country}}.',
      gaps: [
        {
          id: 'city',
          kind: 'choice',
          options: [
            { id: 'x', text: 'Paris' },
            { id: 'y', text: 'Lyon' },
          ],
          marks: 1,
        },
        { id: 'n', kind: 'numeric', marks: 2 },
        { id: 'country', kind: 'text', marks: 1 },
      ],
      key: {
        gaps: {
          city: { optionId: 'x' },
          n: { value: 450, tolerance: 10, toleranceMode: 'absolute' },
          country: {
            accepted: ['France'],
            caseSensitive: false,
            partial: [{ answer: 'Frankreich', credit: 0.5 }],
          },
        },
      },
    });
    expect(rowsOf(screen.getByRole('table', { name: 'Gap keys' }))).toEqual([
      ['1', 'Choice', 'Paris', '1'],
      ['2', 'Number', '450 ± 10', '2'],
      ['3', 'Typed answer', 'FranceFrankreich: 50 % of the marks', '1'],
    ]);
  });

  it('short answer and numeric keys list their partly right answers', () => {
    key({
      type: 'numeric',
      key: {
        value: 9.81,
        tolerance: 0.01,
        toleranceMode: 'absolute',
        alternatives: [{ value: 10, tolerance: 0, toleranceMode: 'absolute', credit: 0.5 }],
      },
    });
    expect(screen.getByText('9.81 ± 0.01')).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Partly right answers' }).textContent).toBe(
      '10 ± 0: 50 % of the marks',
    );
  });
});

describe('focus in the question pane', () => {
  const serveChoice = () =>
    api.serve('questions.get', () =>
      Promise.resolve({
        ok: true,
        value: record({
          options: [
            { id: 'a', text: 'Mercury' },
            { id: 'b', text: 'Venus' },
          ],
          key: { optionId: 'a' },
        }),
      }),
    );
  const show = (takeFocus: boolean) =>
    render(
      <QueryClientProvider client={createQueryClient()}>
        <button type="button">Before</button>
        <QuestionDetail
          id={record({}).id}
          takeFocus={takeFocus}
          onChanged={() => undefined}
          onClose={() => undefined}
        />
      </QueryClientProvider>,
    );

  it('moves to the question’s first line when it is shown after a save', async () => {
    serveChoice();
    show(true);
    const headline = await screen.findByText('Single choice · version 1');
    expect(document.activeElement).toBe(headline);
  });

  it('stays where it was when the question is picked from the list', async () => {
    serveChoice();
    show(false);
    const before = screen.getByRole('button', { name: 'Before' });
    before.focus();
    await screen.findByText('Single choice · version 1');
    expect(document.activeElement).toBe(before);
  });

  it('starts on the editor’s first field after Edit, and comes back to the question on Cancel', async () => {
    serveChoice();
    show(false);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Edit' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Type'));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(document.activeElement).toBe(await screen.findByText('Single choice · version 1'));
  });
});
