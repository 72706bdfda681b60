import { describe, expect, it } from 'vitest';
import { apiContract } from '@shared/api/contract';
import { validationError } from '@shared/api/validation-error';
import type { TestSummary } from '@shared/domain/tests';
import { sequentialIds } from '@shared/ids';
import { plainIssueMessage } from '@shared/validation/messages';
import { formFromTest, settingsFromForm, type TestForm } from '@renderer/tests/test-form';

const id = sequentialIds()();

const summary: TestSummary = {
  id,
  name: 'Science Mid-Term',
  description: 'Chapters 1 to 4',
  status: 'draft',
  timerMinutes: 45,
  shuffle: true,
  allowReview: false,
  attemptsAllowed: 2,
  availableFrom: '2026-06-01T09:00:00.000Z',
  availableUntil: '2026-06-01T17:30:00.000Z',
  startCodeRequired: true,
  showScore: 'after_grading',
  negativeMarking: true,
  passMark: 60,
  expectedTotalMarks: 40,
  reviewRelease: 'none',
  orderingCredit: 'all_or_nothing',
  sealed: false,
  version: 3,
  questionCount: 0,
  totalMarks: 0,
  publishedAt: null,
  createdAt: null,
  updatedAt: null,
};

/** What main answers for the form as it would be sent. */
function refusal(form: TestForm) {
  const parsed = apiContract['tests.update'].input.safeParse(
    { id, settings: settingsFromForm(form) },
    { error: plainIssueMessage },
  );
  return parsed.success ? null : validationError(parsed.error);
}

describe('test settings form', () => {
  it('gives back the settings it was filled from', () => {
    const form = formFromTest(summary);
    expect(form.timerMinutes).toBe('45');
    expect(form.availableFrom).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    expect(settingsFromForm(form)).toEqual({
      name: 'Science Mid-Term',
      description: 'Chapters 1 to 4',
      timerMinutes: 45,
      shuffle: true,
      allowReview: false,
      attemptsAllowed: 2,
      availableFrom: '2026-06-01T09:00:00.000Z',
      availableUntil: '2026-06-01T17:30:00.000Z',
      startCodeRequired: true,
      showScore: 'after_grading',
      negativeMarking: true,
      passMark: 60,
      expectedTotalMarks: 40,
      reviewRelease: 'none',
      orderingCredit: 'all_or_nothing',
      sealed: false,
    });
    expect(refusal(form)).toBeNull();
  });

  it('sends an empty box as "not set"', () => {
    const form: TestForm = {
      ...formFromTest(summary),
      description: '   ',
      timerMinutes: '',
      availableFrom: '',
      availableUntil: '',
      passMark: ' ',
      expectedTotalMarks: '',
    };
    expect(settingsFromForm(form)).toMatchObject({
      description: null,
      timerMinutes: null,
      availableFrom: null,
      availableUntil: null,
      passMark: null,
      expectedTotalMarks: null,
    });
    expect(refusal(form)).toBeNull();
  });

  it('is refused at the field that is wrong, in words for the author', () => {
    const form = formFromTest(summary);
    expect(refusal({ ...form, name: '  ' })).toEqual({
      code: 'VALIDATION',
      field: 'settings.name',
      message: 'A test needs a name',
    });
    expect(refusal({ ...form, timerMinutes: '0' })).toMatchObject({
      field: 'settings.timerMinutes',
      message: 'The timer must be at least 1 minute',
    });
    expect(refusal({ ...form, timerMinutes: '1.5' })).toMatchObject({
      field: 'settings.timerMinutes',
      message: 'Time allowed must be a whole number',
    });
    expect(refusal({ ...form, attemptsAllowed: 'two' })).toMatchObject({
      field: 'settings.attemptsAllowed',
      message: 'Attempts allowed must be a number',
    });
    expect(refusal({ ...form, passMark: '120' })).toMatchObject({
      field: 'settings.passMark',
      message: 'The pass mark is a percentage from 0 to 100',
    });
    expect(
      refusal({ ...form, availableFrom: form.availableUntil, availableUntil: form.availableFrom }),
    ).toMatchObject({
      field: 'settings.availableUntil',
      message: 'The window must end after it starts',
    });
  });
});
