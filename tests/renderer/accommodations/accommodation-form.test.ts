import { describe, expect, it } from 'vitest';
import type { Accommodation } from '@shared/domain/accommodations';
import {
  blankAccommodationForm,
  formFromAccommodation,
  inputFromForm,
} from '@renderer/accommodations/accommodation-form';

const form = (patch: Partial<ReturnType<typeof blankAccommodationForm>>) => ({
  ...blankAccommodationForm('test-1'),
  ...patch,
});

describe('the accommodation form read in the screen’s language', () => {
  it('reads a decimal comma in French and a point in English as the same multiplier', () => {
    const fr = inputFromForm('s1', form({ timeMultiplier: '1,5', extraMinutes: '10' }), 'fr');
    const en = inputFromForm('s1', form({ timeMultiplier: '1.5', extraMinutes: '10' }), 'en');
    expect(fr).toEqual(en);
    expect(fr).toMatchObject({ ok: true, input: { timeMultiplier: 1.5, extraMinutes: 10 } });
  });

  it('leaves an empty field ungranted', () => {
    expect(inputFromForm('s1', form({}), 'fr')).toMatchObject({
      ok: true,
      input: {
        timeMultiplier: null,
        extraMinutes: null,
        restBreakMinutes: null,
        extraAttempts: null,
      },
    });
  });

  it('names the field it cannot read instead of sending it', () => {
    expect(inputFromForm('s1', form({ extraMinutes: 'ten' }), 'en')).toEqual({
      ok: false,
      unread: { field: 'extraMinutes', text: 'ten', reason: 'invalid', decimal: '.' },
    });
    expect(inputFromForm('s1', form({ restBreakMinutes: '1.000' }), 'fr')).toEqual({
      ok: false,
      unread: { field: 'restBreakMinutes', text: '1.000', reason: 'ambiguous', decimal: ',' },
    });
  });

  it('writes a saved multiplier back as the locale writes it, and reads it back the same', () => {
    const saved: Accommodation = {
      id: 'a1',
      studentId: 's1',
      studentName: 'Ann Student',
      testId: 'test-1',
      testName: 'Physics',
      timeMultiplier: 1.25,
      extraMinutes: null,
      restBreakMinutes: 15,
      extraAttempts: null,
      availableFrom: null,
      availableUntil: null,
      note: null,
      updatedAt: '2026-01-01T00:00:00.000Z',
      updatedByName: null,
    };
    const shown = formFromAccommodation(saved, 'fr');
    expect(shown.timeMultiplier).toBe('1,25');
    expect(inputFromForm('s1', shown, 'fr')).toMatchObject({
      ok: true,
      input: { timeMultiplier: 1.25, restBreakMinutes: 15 },
    });
  });
});
