import { describe, expect, it } from 'vitest';
import { auditActionWords, auditFieldWords, auditValueWords } from '@renderer/audit/audit-words';
import { syncRunReasonWords } from '@renderer/sync/sync-format';

describe('the audit trail in words', () => {
  it('names known actions as sentences and unknown ones without dots or underscores', () => {
    expect(auditActionWords('auth.sign_in')).toBe('Signed in');
    expect(auditActionWords('test.set_questions')).toBe('Changed the questions of a test');
    expect(auditActionWords('widget.made_up')).toBe('widget: made up');
  });

  it('names fields in words, snake_case columns included', () => {
    expect(auditFieldWords('last_login_at')).toBe('Last sign-in');
    expect(auditFieldWords('attempts_allowed')).toBe('Attempts allowed');
    expect(auditFieldWords('timerMinutes')).toBe('Time allowed');
  });

  it('shows values as text: local times, yes/no, lists and records, never JSON', () => {
    const at = '2026-06-01T09:00:00.000Z';
    expect(auditValueWords(at)).not.toContain('T09:00');
    expect(auditValueWords(true)).toBe('Yes');
    expect(auditValueWords(null)).toBe('—');
    expect(auditValueWords(['a', 'b'])).toBe('a, b');
    const record = auditValueWords({ optionId: 'a', caseSensitive: false });
    expect(record).toBe('Option: a; Case sensitive: No');
    expect(record).not.toMatch(/[{}"]/);
    expect(auditValueWords(90_000, 'extraMs')).toBe('1.5 min');
  });
});

describe('sync run reasons in words', () => {
  it('keeps the size after the words and never shows the runner’s own names', () => {
    expect(syncRunReasonWords('wal size (12 KiB)')).toBe('The local log had grown (12 KiB)');
    expect(syncRunReasonWords('heartbeat')).toBe('Regular check-in with the server');
  });
});
