// @vitest-environment jsdom
// Rich (html) content runs DOMPurify, which supports jsdom and not happy-dom.
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExamQuestion } from '@shared/domain/exam';
import { TYPING_SAVE_DELAY_MS, loadExam, useExamStore } from '@renderer/exams/exam-store';
import { QuestionView } from '@renderer/exams/QuestionView';
import { installFakeExamApi } from '../support/install-fake-api';
import {
  clozeQuestion,
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

const committed = () => api.committed.get(question.questionId)?.answer;

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('rich questions of the newer types', () => {
  it('html stems and choice options are sanitised and typeset', () => {
    show({
      ...matchingQuestion(),
      type: 'single_choice',
      format: 'html',
      text: '<p>Which is \\(\\sqrt{16}\\)?<script>window.bad = 1</script></p>',
      options: [
        { id: 'a', text: '<p><strong>4</strong></p>' },
        { id: 'b', text: '<p onclick="x()">\\(2^3\\)</p>' },
      ],
      premises: undefined,
      responses: undefined,
    });
    const stem = document.querySelector('.question__text');
    expect(stem?.querySelector('.katex annotation')?.textContent).toBe('\\sqrt{16}');
    expect(document.querySelector('script, [onclick]')).toBeNull();
    // jsdom cannot compute names through MathML (its getComputedStyle fails there), so labels are read directly.
    const labels = screen.getAllByRole('radio').map((radio) => radio.closest('label'));
    expect(labels[0]?.querySelector('strong')?.textContent).toBe('4');
    expect(labels[1]?.querySelector('.katex annotation')?.textContent).toBe('2^3');
  });

  it('cloze: gaps inside html paragraphs and emphasis, numbered in reading order, beside typeset TeX', async () => {
    const user = show(clozeQuestion(1, 'html'));
    const passage = document.querySelector('.cloze__passage');
    expect(passage?.querySelectorAll('p')).toHaveLength(2);
    expect(passage?.querySelector('.katex annotation')?.textContent).toBe('373\\,\\mathrm{K}');
    const colour = within(passage?.querySelector('strong') as HTMLElement).getByRole('combobox', {
      name: 'Gap 3',
    });
    expect(passage?.textContent).not.toContain('{{gap:');

    await user.type(screen.getByRole('textbox', { name: 'Gap 1' }), 'Paris');
    await user.selectOptions(colour, 'blue');
    await act(() => vi.advanceTimersByTimeAsync(TYPING_SAVE_DELAY_MS));
    expect(committed()).toEqual({
      type: 'cloze',
      gaps: { city: 'Paris', boil: null, colour: 'blue' },
    });
    // Typing re-renders the passage; the box keeps the focus and all it holds.
    const city = screen.getByRole<HTMLInputElement>('textbox', { name: 'Gap 1' });
    await user.type(city, ' city');
    expect(document.activeElement).toBe(city);
    expect(city.value).toBe('Paris city');
  });

  it('matching: rich responses are listed by letter, and each choice names its letter and text', async () => {
    const user = show({
      ...matchingQuestion(),
      format: 'html',
      premises: [
        { id: 'sq', text: '<p>\\(x^2\\) at \\(x = 3\\)</p>' },
        { id: 'cube', text: '<p>\\(x^3\\) at \\(x = 2\\)</p>' },
      ],
      responses: [
        { id: 'eight', text: '<p><strong>8</strong></p>' },
        { id: 'nine', text: '<p>9 <em>exactly</em></p>' },
      ],
    });
    const responses = screen.getByRole('region', { name: 'Responses' });
    expect(
      within(responses)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['A. 8', 'B. 9 exactly']);
    const premises = screen.getAllByRole('combobox');
    expect(
      within(premises[0]!)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Choose a response', 'A. 8', 'B. 9 exactly']);
    await user.selectOptions(premises[0]!, 'nine');
    await vi.waitFor(() =>
      expect(committed()).toEqual({ type: 'matching', pairs: { sq: 'nine', cube: null } }),
    );
  });

  it('ordering: rich items keep their markup; controls are named by them, moves read formulas in words', async () => {
    const user = show({
      ...orderingQuestion(),
      format: 'html',
      items: [
        { id: 'big', text: '<p>\\(10^3\\) <em>thousand</em></p>' },
        { id: 'small', text: '<p>\\(10^1\\) <em>ten</em></p>' },
      ],
    });
    expect(document.querySelectorAll('.ordering__text .katex')).toHaveLength(2);
    // Each control is named by the rendered item itself (jsdom cannot compute names through MathML).
    const second = document.querySelectorAll('.ordering__item')[1];
    const text = second?.querySelector('.ordering__text');
    const up = second?.querySelector<HTMLButtonElement>('[data-control="up"]');
    expect(text?.id).toBeTruthy();
    expect(up?.getAttribute('aria-labelledby')?.split(' ')).toContain(text?.id);
    await user.click(up!);
    expect(
      screen.getByText('10, start superscript, 1, end superscript ten moved to position 1 of 2.'),
    ).toBeTruthy();
    await vi.waitFor(() =>
      expect(committed()).toEqual({ type: 'ordering', order: ['small', 'big'] }),
    );
  });
});
