import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExamSession } from '@shared/domain/exam';
import type { QuestionType } from '@shared/domain/questions';
import { TYPING_SAVE_DELAY_MS, loadExam, useExamStore } from '@renderer/exams/exam-store';
import { QuestionView } from '@renderer/exams/QuestionView';
import { examSession } from '../support/exam-session';
import { installFakeExamApi } from '../support/install-fake-api';

const api = installFakeExamApi();
let session: ExamSession;

/** The exam screen's way of showing one question: the view, fed from the store. */
function OnScreen() {
  const question = useExamStore((s) => s.session?.questions[0]);
  const state = useExamStore((s) => (question ? s.answers[question.questionId] : undefined));
  if (!question || !state) return null;
  return <QuestionView question={question} state={state} total={5} />;
}

function show(type: QuestionType) {
  session = examSession([type]);
  api.reset(session.clock);
  loadExam(session);
  render(<OnScreen />);
  return userEvent.setup({ delay: null });
}

const id = () => session.questions[0]?.questionId ?? '';
const value = () => useExamStore.getState().answers[id()]?.value;
const committed = () => api.committed.get(id())?.answer;
const settle = () => act(() => vi.advanceTimersByTimeAsync(TYPING_SAVE_DELAY_MS));

beforeEach(() => {
  // Testing Library waits on a zero timeout after each event; letting fake time follow real time frees it.
  vi.useFakeTimers({ shouldAdvanceTime: true });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('question views', () => {
  it('heads each question with its number, the paper length, type and marks', () => {
    show('single_choice');
    const region = screen.getByRole('region', { name: 'Question 1 of 5' });
    expect(within(region).getByText('Single choice · 2 marks')).toBeTruthy();
    expect(within(region).getByText('Question 1 (single_choice)')).toBeTruthy();
  });

  it('single choice: a click picks one option, and the keyboard moves the pick', async () => {
    const user = show('single_choice');
    const radios = screen.getAllByRole('radio');
    expect(radios.map((r) => r.closest('label')?.textContent)).toEqual([
      'Paris',
      'Lyon',
      'Marseille',
    ]);
    await user.click(screen.getByRole('radio', { name: 'Lyon' }));
    expect(value()).toEqual({ type: 'single_choice', optionId: 'b' });
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Lyon' }).checked).toBe(true);

    await user.keyboard('{ArrowDown}');
    expect(value()).toEqual({ type: 'single_choice', optionId: 'c' });
    await settle();
    expect(committed()).toEqual({ type: 'single_choice', optionId: 'c' });
  });

  it('multiple response: each click adds or takes away an option; space toggles the focused one', async () => {
    const user = show('multiple_response');
    expect(screen.getByText('Choose all that apply.')).toBeTruthy();
    await user.click(screen.getByRole('checkbox', { name: 'Paris' }));
    await user.click(screen.getByRole('checkbox', { name: 'Marseille' }));
    expect(value()).toEqual({ type: 'multiple_response', optionIds: ['a', 'c'] });
    await user.click(screen.getByRole('checkbox', { name: 'Paris' }));
    expect(value()).toEqual({ type: 'multiple_response', optionIds: ['c'] });

    screen.getByRole('checkbox', { name: 'Lyon' }).focus();
    await user.keyboard(' ');
    expect(value()).toEqual({ type: 'multiple_response', optionIds: ['c', 'b'] });
    await settle();
    expect(committed()).toEqual({ type: 'multiple_response', optionIds: ['c', 'b'] });
  });

  it('true or false: a click or the keyboard gives the answer', async () => {
    const user = show('true_false');
    await user.click(screen.getByRole('radio', { name: 'False' }));
    expect(value()).toEqual({ type: 'true_false', value: false });
    await user.keyboard('{ArrowUp}');
    expect(value()).toEqual({ type: 'true_false', value: true });
    await settle();
    expect(committed()).toEqual({ type: 'true_false', value: true });
  });

  it('short answer: typing is saved after a pause, and clearing the box clears the answer', async () => {
    const user = show('short_answer');
    const box = screen.getByRole('textbox', { name: 'Your answer' });
    await user.type(box, 'Paris');
    expect(value()).toEqual({ type: 'short_answer', text: 'Paris' });
    await settle();
    expect(api.savesFor(id()).map((s) => s.answer)).toEqual([
      { type: 'short_answer', text: 'Paris' },
    ]);

    await user.clear(box);
    expect(value()).toBeNull();
    await settle();
    expect(committed()).toBeNull();
  });

  it('numeric: a number (with a comma or a point) is saved; text that is not a number is kept on screen but not saved', async () => {
    const user = show('numeric');
    const box = screen.getByRole('textbox', { name: 'Your answer (a number)' });
    await user.type(box, '3,5');
    await settle();
    expect(committed()).toEqual({ type: 'numeric', value: 3.5 });
    expect(box.getAttribute('aria-invalid')).toBe('false');

    await user.type(box, 'x');
    expect((box as HTMLInputElement).value).toBe('3,5x');
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('That is not a number yet, so it is not saved.')).toBeTruthy();
    await settle();
    expect(committed()).toEqual({ type: 'numeric', value: 3.5 });
    expect(value()).toEqual({ type: 'numeric', value: 3.5 });
  });

  it('essay: counts words against the limits as the student types, and saves the text', async () => {
    const user = show('essay');
    const box = screen.getByRole('textbox', { name: 'Your answer' });
    expect(screen.getByText('0 words · at least 3 · at most 10')).toBeTruthy();
    await user.type(box, 'Plants use light');
    expect(screen.getByText('3 words · at least 3 · at most 10')).toBeTruthy();
    await user.type(box, ' to make sugar from water and carbon dioxide');
    expect(screen.getByText('11 words · at least 3 · at most 10 — over the limit')).toBeTruthy();
    await settle();
    expect(committed()).toEqual({
      type: 'essay',
      text: 'Plants use light to make sugar from water and carbon dioxide',
    });
  });
});
