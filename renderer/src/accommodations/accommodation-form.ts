import type { MethodInput } from '@shared/api/contract';
import type { Accommodation } from '@shared/domain/accommodations';
import { decimalSeparator, formatNumberInput, parseLocaleNumber } from '@shared/i18n/number-input';
import { toLocalInput } from '../tests/test-form';

/** The accommodation form as text fields; empty means "not granted". */
export interface AccommodationForm {
  /** A test's id, or '' for every test. */
  testId: string;
  timeMultiplier: string;
  extraMinutes: string;
  restBreakMinutes: string;
  extraAttempts: string;
  availableFrom: string;
  availableUntil: string;
  note: string;
}

export const blankAccommodationForm = (testId = ''): AccommodationForm => ({
  testId,
  timeMultiplier: '',
  extraMinutes: '',
  restBreakMinutes: '',
  extraAttempts: '',
  availableFrom: '',
  availableUntil: '',
  note: '',
});

/** The number fields of the form, each with the words that name it in an error. */
export type AccommodationNumberField =
  'timeMultiplier' | 'extraMinutes' | 'restBreakMinutes' | 'extraAttempts';

/** A saved accommodation in the form, its numbers written as the locale writes them (`1,5` in French). */
export function formFromAccommodation(a: Accommodation, locale: string): AccommodationForm {
  const text = (n: number | null): string => (n === null ? '' : formatNumberInput(n, locale));
  return {
    testId: a.testId ?? '',
    timeMultiplier: text(a.timeMultiplier),
    extraMinutes: text(a.extraMinutes),
    restBreakMinutes: text(a.restBreakMinutes),
    extraAttempts: text(a.extraAttempts),
    availableFrom: toLocalInput(a.availableFrom),
    availableUntil: toLocalInput(a.availableUntil),
    note: a.note ?? '',
  };
}

const isoOrNull = (s: string): string | null => (s === '' ? null : new Date(s).toISOString());

/** A number field the locale cannot read: which one, what was typed, and why. */
export interface UnreadNumber {
  field: AccommodationNumberField;
  text: string;
  reason: 'invalid' | 'ambiguous';
  /** The locale's decimal mark, for the sentence that says how to write it. */
  decimal: '.' | ',';
}

export type FormReading =
  { ok: true; input: MethodInput<'accommodations.set'> } | { ok: false; unread: UnreadNumber };

const numberFields: readonly AccommodationNumberField[] = [
  'timeMultiplier',
  'extraMinutes',
  'restBreakMinutes',
  'extraAttempts',
];

/**
 * The form as `accommodations.set` takes it, its numbers read in the
 * locale (`1,5` is 1.5 in French); main checks every field and names the one
 * it refuses. A number the locale cannot read is named here, before sending.
 */
export function inputFromForm(
  studentId: string,
  f: AccommodationForm,
  locale: string,
): FormReading {
  const numbers: Partial<Record<AccommodationNumberField, number | null>> = {};
  for (const field of numberFields) {
    const entry = parseLocaleNumber(f[field], locale);
    if (entry.kind === 'invalid' || entry.kind === 'ambiguous') {
      return {
        ok: false,
        unread: {
          field,
          text: f[field].trim(),
          reason: entry.kind,
          decimal: decimalSeparator(locale),
        },
      };
    }
    numbers[field] = entry.kind === 'number' ? entry.value : null;
  }
  return {
    ok: true,
    input: {
      studentId,
      testId: f.testId === '' ? null : f.testId,
      timeMultiplier: numbers.timeMultiplier ?? null,
      extraMinutes: numbers.extraMinutes ?? null,
      restBreakMinutes: numbers.restBreakMinutes ?? null,
      extraAttempts: numbers.extraAttempts ?? null,
      availableFrom: isoOrNull(f.availableFrom),
      availableUntil: isoOrNull(f.availableUntil),
      note: f.note.trim() === '' ? null : f.note,
    },
  };
}
