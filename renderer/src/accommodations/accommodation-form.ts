import type { MethodInput } from '@shared/api/contract';
import type { Accommodation } from '@shared/domain/accommodations';
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

const text = (n: number | null): string => (n === null ? '' : String(n));

export function formFromAccommodation(a: Accommodation): AccommodationForm {
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

const numberOrNull = (s: string): number | null => (s.trim() === '' ? null : Number(s));
const isoOrNull = (s: string): string | null => (s === '' ? null : new Date(s).toISOString());

/** The form as `accommodations.set` takes it; main checks every field and names the one it refuses. */
export function inputFromForm(
  studentId: string,
  f: AccommodationForm,
): MethodInput<'accommodations.set'> {
  return {
    studentId,
    testId: f.testId === '' ? null : f.testId,
    timeMultiplier: numberOrNull(f.timeMultiplier),
    extraMinutes: numberOrNull(f.extraMinutes),
    restBreakMinutes: numberOrNull(f.restBreakMinutes),
    extraAttempts: numberOrNull(f.extraAttempts),
    availableFrom: isoOrNull(f.availableFrom),
    availableUntil: isoOrNull(f.availableUntil),
    note: f.note.trim() === '' ? null : f.note,
  };
}
