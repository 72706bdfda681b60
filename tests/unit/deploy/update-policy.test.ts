import { describe, expect, it } from 'vitest';
import {
  DEFAULT_UPDATE_SETTING,
  UPDATE_QUIET_BEFORE_WINDOW_MS,
  updateDecision,
} from '@shared/deploy/update-policy';

const NOW = Date.UTC(2026, 5, 1, 9, 0);
const HOUR = 3_600_000;

describe('when an update may be installed', () => {
  it('never, by default', () => {
    expect(DEFAULT_UPDATE_SETTING).toBe('off');
    expect(
      updateDecision({
        setting: DEFAULT_UPDATE_SETTING,
        nowMs: NOW,
        examRunning: false,
        windows: [],
      }),
    ).toEqual({ install: false, reason: 'Updates are off on this computer (the default).' });
  });

  it('outside exam windows only, once turned on', () => {
    const base = { setting: 'outside-exam-windows' as const, nowMs: NOW, examRunning: false };
    expect(updateDecision({ ...base, windows: [] })).toEqual({ install: true });
    expect(updateDecision({ ...base, examRunning: true, windows: [] })).toMatchObject({
      install: false,
      reason: 'An exam is running on this computer.',
    });
    // Open now, open for ever, opening within the quiet time: no.
    for (const window of [
      { fromMs: NOW - HOUR, untilMs: NOW + HOUR },
      { fromMs: null, untilMs: null },
      { fromMs: NOW + UPDATE_QUIET_BEFORE_WINDOW_MS, untilMs: NOW + 3 * HOUR },
    ]) {
      expect(updateDecision({ ...base, windows: [window] })).toMatchObject({ install: false });
    }
    // Closed already, or opening after the quiet time: yes.
    for (const window of [
      { fromMs: NOW - 3 * HOUR, untilMs: NOW },
      { fromMs: NOW + UPDATE_QUIET_BEFORE_WINDOW_MS + 1, untilMs: null },
    ]) {
      expect(updateDecision({ ...base, windows: [window] })).toEqual({ install: true });
    }
  });
});
