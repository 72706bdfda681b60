import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExamQuestion } from '@shared/domain/exam';
import {
  TYPING_SAVE_DELAY_MS,
  isAnswered,
  loadExam,
  useExamStore,
} from '@renderer/exams/exam-store';
import { QuestionPalette } from '@renderer/exams/QuestionPalette';
import { QuestionView } from '@renderer/exams/QuestionView';
import { QuestionPreview } from '@renderer/questions/QuestionPreview';
import { questionContentSchema } from '@shared/domain/questions';
import { installFakeExamApi } from '../support/install-fake-api';
import {
  clozeQuestion,
  descriptionQuestion,
  matchingQuestion,
  orderingQuestion,
  sessionOf,
} from '../support/item-questions';

const api = installFakeExamApi();
let question: ExamQuestion;

function OnScreen() {
  const q = useExamStore((s) => s.session?.questions[0]);
  const state = useExamStore((s) => (q ? s.answers[q.questionId] : undefined));
  if (!q || !state) return null;
  return <QuestionView question={q} state={state} total={1} />;
}

function show(q: ExamQuestion) {
  question = q;
  const session = sessionOf([q]);
  api.reset(session.clock);
  loadExam(session);
  render(<OnScreen />);
  return userEvent.setup({ delay: null });
}

const value = () => useExamStore.getState().answers[question.questionId]?.value;
const committed = () => api.committed.get(question.questionId)?.answer;
const settle = () => act(() => vi.advanceTimersByTimeAsync(TYPING_SAVE_DELAY_MS));

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('matching', () => {
  it('pairs each premise with a response by mouse, saved at once; a response may be used twice; clearing all clears the answer', async () => {
    const user = show(matchingQuestion());
    expect(screen.getByText('Match each country with its capital.')).toBeTruthy();
    const france = screen.getByRole('combobox', { name: 'France' });
    expect(
      within(france)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Choose a response', 'Tokyo', 'Lima', 'Paris', 'Nairobi']);
    await user.selectOptions(france, 'Paris');
    expect(value()).toEqual({ type: 'matching', pairs: { fr: 'paris', jp: null, ke: null } });
    await vi.waitFor(() =>
      expect(committed()).toEqual({
        type: 'matching',
        pairs: { fr: 'paris', jp: null, ke: null },
      }),
    );

    await user.selectOptions(screen.getByRole('combobox', { name: 'Kenya' }), 'Paris');
    expect(value()).toEqual({ type: 'matching', pairs: { fr: 'paris', jp: null, ke: 'paris' } });

    await user.selectOptions(france, '');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kenya' }), '');
    expect(value()).toBeNull();
    await vi.waitFor(() => expect(committed()).toBeNull());
  });

  it('reaches every premise with Tab alone, in order, and shows the saved pairs on return', async () => {
    const user = show(matchingQuestion());
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'France' }));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Japan' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Japan' }), 'tokyo');
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Kenya' }));
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Japan' }).value).toBe('tokyo');
  });
});

describe('ordering', () => {
  const shownOrder = () =>
    screen.getAllByRole('listitem').map((li) => li.querySelector('.ordering__text')?.textContent);

  it('moves items with Move up and Move down, saves each move at once and announces it', async () => {
    const user = show(orderingQuestion());
    expect(shownOrder()).toEqual(['Earth', 'Mercury', 'Mars']);
    expect(value()).toBeNull();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Move up Earth' }).disabled).toBe(
      true,
    );

    await user.click(screen.getByRole('button', { name: 'Move up Mercury' }));
    expect(shownOrder()).toEqual(['Mercury', 'Earth', 'Mars']);
    expect(value()).toEqual({ type: 'ordering', order: ['mercury', 'earth', 'mars'] });
    expect(screen.getByText('Mercury moved to position 1 of 3.')).toBeTruthy();
    // Mercury is now first, so its Move up is disabled: focus stays with Mercury, on its handle.
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Mercury (position 1 of 3)' }),
    );

    await user.click(screen.getByRole('button', { name: 'Move down Earth' }));
    expect(shownOrder()).toEqual(['Mercury', 'Mars', 'Earth']);
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Earth (position 3 of 3)' }),
    );
    await user.click(screen.getByRole('button', { name: 'Move down Mercury' }));
    expect(shownOrder()).toEqual(['Mars', 'Mercury', 'Earth']);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move down Mercury' }));
    await vi.waitFor(() =>
      expect(committed()).toEqual({ type: 'ordering', order: ['mars', 'mercury', 'earth'] }),
    );
  });

  it('moves an item with the arrow keys, Home and End on its handle, keyboard alone', async () => {
    const user = show(orderingQuestion());
    await user.tab();
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Earth (position 1 of 3)' }),
    );
    await user.keyboard('{ArrowDown}');
    expect(shownOrder()).toEqual(['Mercury', 'Earth', 'Mars']);
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Earth (position 2 of 3)' }),
    );
    await user.keyboard('{End}');
    expect(shownOrder()).toEqual(['Mercury', 'Mars', 'Earth']);
    expect(screen.getByText('Earth moved to position 3 of 3.')).toBeTruthy();
    await user.keyboard('{Home}');
    expect(shownOrder()).toEqual(['Earth', 'Mercury', 'Mars']);
    await user.keyboard('{ArrowUp}');
    expect(shownOrder()).toEqual(['Earth', 'Mercury', 'Mars']);
    // Tab leaves the handle for the item's own buttons (Move up is off for the first item).
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move down Earth' }));
    await user.keyboard('{Enter}');
    expect(shownOrder()).toEqual(['Mercury', 'Earth', 'Mars']);
    await vi.waitFor(() =>
      expect(committed()).toEqual({ type: 'ordering', order: ['mercury', 'earth', 'mars'] }),
    );
  });

  it('moves an item dragged by its handle to where the pointer lets go', async () => {
    const user = show(orderingQuestion());
    // happy-dom does no layout: each row reports the box it would have, 50 px apart in list order.
    for (const li of screen.getAllByRole('listitem')) {
      li.getBoundingClientRect = () => {
        const index = Array.from(li.parentElement?.children ?? []).indexOf(li);
        return new DOMRect(0, index * 50, 400, 40);
      };
    }
    const handle = screen.getByRole('button', { name: 'Earth (position 1 of 3)' });
    await user.pointer([
      { keys: '[MouseLeft>]', target: handle, coords: { clientX: 10, clientY: 20 } },
      { target: handle, coords: { clientX: 10, clientY: 80 } },
    ]);
    expect(screen.getAllByRole('listitem')[2]?.className).toContain('ordering__item--drop-before');
    await user.pointer([
      { target: handle, coords: { clientX: 10, clientY: 130 } },
      { keys: '[/MouseLeft]', target: handle, coords: { clientX: 10, clientY: 130 } },
    ]);
    expect(shownOrder()).toEqual(['Mercury', 'Mars', 'Earth']);
    expect(value()).toEqual({ type: 'ordering', order: ['mercury', 'mars', 'earth'] });
    expect(screen.getByText('Earth moved to position 3 of 3.')).toBeTruthy();
  });
});

describe('cloze', () => {
  it('puts a labelled input at each gap; typing is saved after a pause, a choice at once', async () => {
    const user = show(clozeQuestion());
    const passage = document.querySelector('.question__text');
    expect(passage?.textContent).toBe(
      'The capital of France is .\nWater boils at  °C. The sky is Choose…greenblue.',
    );
    expect(Array.from(passage?.querySelectorAll('input, select') ?? [])).toEqual([
      screen.getByRole('textbox', { name: 'Gap 1' }),
      screen.getByRole('textbox', { name: 'Gap 2' }),
      screen.getByRole('combobox', { name: 'Gap 3' }),
    ]);
    await user.type(screen.getByRole('textbox', { name: 'Gap 1' }), 'Paris');
    expect(api.savesFor(question.questionId)).toHaveLength(0);
    await settle();
    expect(committed()).toEqual({
      type: 'cloze',
      gaps: { city: 'Paris', boil: null, colour: null },
    });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Gap 3' }), 'blue');
    await vi.waitFor(() =>
      expect(committed()).toEqual({
        type: 'cloze',
        gaps: { city: 'Paris', boil: null, colour: 'blue' },
      }),
    );
  });

  it('keeps a numeric gap as typed, saying while it is not a number', async () => {
    const user = show(clozeQuestion());
    const boil = screen.getByRole('textbox', { name: 'Gap 2' });
    await user.type(boil, '1OO');
    expect(boil.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Gap 2: not a number yet, so not saved as one.')).toBeTruthy();
    await user.clear(boil);
    await user.type(boil, '99,9');
    expect(boil.getAttribute('aria-invalid')).toBe('false');
    expect(screen.queryByText(/not a number yet/)).toBeNull();
    await settle();
    expect(committed()).toEqual({
      type: 'cloze',
      gaps: { city: null, boil: '99,9', colour: null },
    });
    await user.clear(boil);
    await settle();
    expect(committed()).toBeNull();
  });

  it('goes through the gaps in reading order with Tab alone', async () => {
    const user = show(clozeQuestion());
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Gap 1' }));
    await user.keyboard('Paris');
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Gap 2' }));
    await user.keyboard('100');
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Gap 3' }));
    await settle();
    expect(committed()).toEqual({
      type: 'cloze',
      gaps: { city: 'Paris', boil: '100', colour: null },
    });
  });
});

describe('description', () => {
  it('shows its text with nothing to answer, and is never counted as unanswered', () => {
    const info = descriptionQuestion(1);
    const next = matchingQuestion(2);
    question = info;
    const session = sessionOf([info, next]);
    api.reset(session.clock);
    loadExam(session);
    render(<OnScreen />);
    expect(
      screen.getByText('Read the passage below, then answer the questions that follow.'),
    ).toBeTruthy();
    expect(screen.getByText('Description · nothing to answer')).toBeTruthy();
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('combobox')).toBeNull();

    const { answers } = useExamStore.getState();
    render(
      <QuestionPalette
        questions={session.questions}
        answers={answers}
        current={0}
        canGoBack
        onPick={() => undefined}
      />,
    );
    expect(screen.getByText('0 of 1 answered')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Question 1, information' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Question 2, not answered' })).toBeTruthy();
  });
});

describe('the author’s preview as student', () => {
  it('shows a newer type as the exam does, with answers kept in the preview and never saved', async () => {
    api.reset({ limitMs: null, extraMs: 0, elapsedMs: 0, remainingMs: null });
    const stored = questionContentSchema.parse({
      type: 'ordering',
      text: 'Order the planets from the Sun.',
      items: [
        { id: 'mercury', text: 'Mercury' },
        { id: 'venus', text: 'Venus' },
        { id: 'earth', text: 'Earth' },
      ],
      key: { order: ['mercury', 'venus', 'earth'] },
      marks: 3,
    });
    const user = userEvent.setup({ delay: null });
    render(<QuestionPreview question={stored} />);
    const order = () =>
      screen.getAllByRole('listitem').map((li) => li.querySelector('.ordering__text')?.textContent);
    // Never the right order to start with, as on a paper.
    expect(order()).not.toEqual(['Mercury', 'Venus', 'Earth']);
    const first = order()[0] ?? '';
    await user.click(screen.getByRole('button', { name: `Move down ${first}` }));
    expect(order()[1]).toBe(first);
    expect(api.calls).toEqual([]);
  });
});

describe('what counts as answered', () => {
  it('a matching, ordering or cloze answer counts only when it holds something', () => {
    expect(isAnswered({ type: 'matching', pairs: { a: null } })).toBe(false);
    expect(isAnswered({ type: 'matching', pairs: { a: null, b: 'x' } })).toBe(true);
    expect(isAnswered({ type: 'ordering', order: [] })).toBe(false);
    expect(isAnswered({ type: 'ordering', order: ['a', 'b'] })).toBe(true);
    expect(isAnswered({ type: 'cloze', gaps: { g: '  ', h: null } })).toBe(false);
    expect(isAnswered({ type: 'cloze', gaps: { g: 'x', h: null } })).toBe(true);
  });
});
