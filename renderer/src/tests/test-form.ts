import type { MethodInput } from '@shared/api/contract';
import {
  defaultOrderingCredit,
  defaultReviewRelease,
  type OrderingCredit,
  type ReviewRelease,
  type ShowScore,
  type TestSummary,
} from '@shared/domain/tests';

/** The settings form as text fields; empty means "not set". */
export interface TestForm {
  name: string;
  description: string;
  timerMinutes: string;
  shuffle: boolean;
  allowReview: boolean;
  attemptsAllowed: string;
  availableFrom: string;
  availableUntil: string;
  startCodeRequired: boolean;
  sealed: boolean;
  showScore: ShowScore;
  reviewRelease: ReviewRelease;
  orderingCredit: OrderingCredit;
  negativeMarking: boolean;
  passMark: string;
  expectedTotalMarks: string;
}

/** `2026-06-01T09:00` in the reader's time zone, for a datetime-local input. */
export function toLocalInput(iso: string | null): string {
  if (iso === null) return '';
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function formFromTest(t: TestSummary): TestForm {
  return {
    name: t.name,
    description: t.description ?? '',
    timerMinutes: t.timerMinutes?.toString() ?? '',
    shuffle: t.shuffle,
    allowReview: t.allowReview,
    attemptsAllowed: String(t.attemptsAllowed),
    availableFrom: toLocalInput(t.availableFrom),
    availableUntil: toLocalInput(t.availableUntil),
    startCodeRequired: t.startCodeRequired,
    sealed: t.sealed,
    showScore: t.showScore,
    reviewRelease: t.reviewRelease,
    orderingCredit: t.orderingCredit,
    negativeMarking: t.negativeMarking,
    passMark: t.passMark?.toString() ?? '',
    expectedTotalMarks: t.expectedTotalMarks?.toString() ?? '',
  };
}

const numberOrNull = (s: string): number | null => (s.trim() === '' ? null : Number(s));
const isoOrNull = (s: string): string | null => (s === '' ? null : new Date(s).toISOString());

export function settingsFromForm(f: TestForm): MethodInput<'tests.update'>['settings'] {
  return {
    name: f.name,
    description: f.description.trim() === '' ? null : f.description,
    timerMinutes: numberOrNull(f.timerMinutes),
    shuffle: f.shuffle,
    allowReview: f.allowReview,
    attemptsAllowed: Number(f.attemptsAllowed),
    availableFrom: isoOrNull(f.availableFrom),
    availableUntil: isoOrNull(f.availableUntil),
    startCodeRequired: f.startCodeRequired,
    sealed: f.sealed,
    showScore: f.showScore,
    reviewRelease: f.reviewRelease,
    orderingCredit: f.orderingCredit,
    negativeMarking: f.negativeMarking,
    passMark: numberOrNull(f.passMark),
    expectedTotalMarks: numberOrNull(f.expectedTotalMarks),
  };
}

/** The form of a test not yet created: the defaults `testSettingsSchema` gives, and no name. */
export function blankTestForm(): TestForm {
  return {
    name: '',
    description: '',
    timerMinutes: '',
    shuffle: false,
    allowReview: true,
    attemptsAllowed: '1',
    availableFrom: '',
    availableUntil: '',
    startCodeRequired: false,
    sealed: false,
    showScore: 'immediately',
    reviewRelease: defaultReviewRelease,
    orderingCredit: defaultOrderingCredit,
    negativeMarking: false,
    passMark: '',
    expectedTotalMarks: '',
  };
}

export function formsEqual(a: TestForm, b: TestForm): boolean {
  return (Object.keys(a) as Array<keyof TestForm>).every((k) => a[k] === b[k]);
}
