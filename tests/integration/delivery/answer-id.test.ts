import { describe, expect, it } from 'vitest';
import { answerIdFor } from '@main/services/exams/answer-id';
import { idSchema, sequentialIds } from '@shared/ids';

describe('answer ids', () => {
  const ids = sequentialIds();
  const attempt = ids();
  const [q1, q2] = [ids(), ids()];

  it('are the same on every device for one attempt and question', () => {
    expect(answerIdFor(attempt, q1)).toBe(answerIdFor(attempt, q1));
  });

  it('differ between questions and between attempts', () => {
    const other = ids();
    const seen = new Set([
      answerIdFor(attempt, q1),
      answerIdFor(attempt, q2),
      answerIdFor(other, q1),
      answerIdFor(other, q2),
    ]);
    expect(seen.size).toBe(4);
  });

  it('are UUIDv7 in form, timed like their attempt', () => {
    const id = answerIdFor(attempt, q1);
    expect(idSchema.safeParse(id).success).toBe(true);
    expect(id[14]).toBe('7');
    expect(['8', '9', 'a', 'b']).toContain(id[19]);
    expect(id.slice(0, 13)).toBe(attempt.slice(0, 13));
  });
});
