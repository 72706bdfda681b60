import { describe, expect, it } from 'vitest';
import type { ExamClockView } from '@shared/domain/exam';
import { breakLeftNow, remainingNow } from '@renderer/exams/exam-store';
import { clockNews, durationWords } from '@renderer/exams/clock-news';

const MINUTE = 60_000;
const clock = (over: Partial<ExamClockView> = {}): ExamClockView => ({
  limitMs: 45 * MINUTE,
  accommodationMs: 15 * MINUTE,
  extraMs: 0,
  elapsedMs: 0,
  remainingMs: 45 * MINUTE,
  breaks: { allowanceMs: 10 * MINUTE, usedMs: 0, state: null },
  ...over,
});

describe('the words for a change of the student’s time', () => {
  it('says lengths of time as a person does', () => {
    expect(durationWords(15 * MINUTE)).toBe('15 minutes');
    expect(durationWords(12.5 * MINUTE)).toBe('12 minutes 30 seconds');
    expect(durationWords(90 * MINUTE)).toBe('1 hour 30 minutes');
    expect(durationWords(MINUTE)).toBe('1 minute');
    expect(durationWords(0)).toBe('0 minutes');
  });

  it('opens with the extra time and the breaks arranged, and with nothing when none were', () => {
    expect(clockNews(null, clock())).toBe(
      'Your time includes 15 minutes of extra time arranged for you. You may take up to 10 minutes of rest breaks. Your proctor approves each one, and the exam clock pauses while you rest.',
    );
    expect(
      clockNews(
        null,
        clock({ accommodationMs: 0, breaks: { allowanceMs: 0, usedMs: 0, state: null } }),
      ),
    ).toBeNull();
  });

  it('says time a proctor added, with the time now left, once', () => {
    const before = clock({ remainingMs: 30 * MINUTE });
    const after = clock({ extraMs: 5 * MINUTE, remainingMs: 35 * MINUTE - 20_000 });
    expect(clockNews(before, after)).toBe(
      'Your proctor gave you 5 minutes more. You now have 34 minutes left.',
    );
    // Read again with nothing new: no words at all, so nothing is said twice.
    expect(clockNews(after, { ...after, elapsedMs: 1_000 })).toBeNull();
  });

  it('follows a break from the request to its end', () => {
    const asked = clock({ breaks: { allowanceMs: 10 * MINUTE, usedMs: 0, state: 'requested' } });
    const running = clock({ breaks: { allowanceMs: 10 * MINUTE, usedMs: 0, state: 'running' } });
    const back = clock({ breaks: { allowanceMs: 10 * MINUTE, usedMs: 3 * MINUTE, state: null } });
    const usedUp = clock({
      breaks: { allowanceMs: 10 * MINUTE, usedMs: 10 * MINUTE, state: null },
    });
    expect(clockNews(clock(), asked)).toBe(
      'Your proctor has been asked for a rest break. The clock runs until they approve it.',
    );
    expect(clockNews(asked, running)).toBe(
      'Your rest break has started. The exam clock is paused; you have 10 minutes of break time.',
    );
    expect(clockNews(running, back)).toBe('Your break has ended. The exam clock is running again.');
    expect(clockNews(running, usedUp)).toBe(
      'Your break time is used up. The exam clock is running again.',
    );
    expect(clockNews(asked, clock())).toBe('Your request for a rest break is withdrawn.');
  });
});

describe('the clock on screen between readings', () => {
  it('counts the exam down, and stands still while a break runs, counting the break down instead', () => {
    const at = 1_000;
    const running = { ...clock(), receivedAt: at };
    expect(remainingNow(running, at + 5_000)).toBe(45 * MINUTE - 5_000);
    expect(breakLeftNow(running, at + 5_000)).toBe(10 * MINUTE);
    const paused = {
      ...clock({ breaks: { allowanceMs: 10 * MINUTE, usedMs: MINUTE, state: 'running' } }),
      receivedAt: at,
    };
    expect(remainingNow(paused, at + 5_000)).toBe(45 * MINUTE);
    expect(breakLeftNow(paused, at + 5_000)).toBe(9 * MINUTE - 5_000);
    expect(breakLeftNow(paused, at + 20 * MINUTE)).toBe(0);
  });
});
