import * as attemptBreaksRepo from '@db/repositories/attempt-breaks';
import type { AccommodationValues } from '@db/repositories/accommodations';
import * as displaySettingsRepo from '@db/repositories/display-settings';
import type { ValueCase } from './admin-repository-cases';

/** What the by-id cases try to write over B's accommodation. */
export const accommodationValues: AccommodationValues = {
  timeMultiplier: 2,
  extraMinutes: null,
  availableFrom: null,
  availableUntil: null,
  extraAttempts: null,
  restBreakMinutes: null,
  note: 'rewritten',
};

/**
 * Reads of accommodations, breaks and display settings that answer a value
 * rather than rows with ids; run in accommodation-repositories.test.ts on a
 * world where B's student has a running break and dark display settings.
 */
export const accommodationValueCases: ValueCase[] = [
  {
    fn: 'endedBreakMs',
    label: "B's attempt, with a break of B's ended by hand",
    values: async (w, t) => [
      `ended:${await attemptBreaksRepo.endedBreakMs(w.db, t, w.b.attemptId)}`,
    ],
    isB: (_w, v) => v === 'ended:90000',
  },
  {
    fn: 'getDisplaySettings',
    label: "a session naming B's student under each organisation",
    values: async (w, t) => [
      (await displaySettingsRepo.getDisplaySettings(w.db, { ...t, profileId: w.b.studentId }))
        .theme,
    ],
    isB: (_w, v) => v === 'dark',
  },
];

/** Functions with a case of their own in accommodation-repositories.test.ts. */
export const accommodationCasedFunctions = ['saveDisplaySettings', 'closeOpenBreaks'] as const;

export const accommodationNotTenantScoped: Record<string, string> = {
  toAccommodation: 'maps a row already read',
  toTerms: 'maps a row already read',
  toStoredBreak: 'maps a row already read',
  toDisplaySettings: 'maps a row already read',
};

export function accommodationCoveredFunctionNames(): string[] {
  return [
    ...accommodationValueCases.map((c) => c.fn),
    ...accommodationCasedFunctions,
    ...Object.keys(accommodationNotTenantScoped),
  ];
}
