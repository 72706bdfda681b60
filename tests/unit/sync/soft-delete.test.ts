import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  columnsOf,
  expectedDeletion,
  isSoftDeleted,
  replayWrites,
  type RowWrite,
} from '../../../shared/sync/soft-delete';

const writeArb: fc.Arbitrary<RowWrite> = fc.oneof(
  fc.record({
    kind: fc.constant('edit' as const),
    columns: fc.record({ question_text: fc.string(), marks: fc.integer({ min: 0, max: 10 }) }),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.constant('2026-06-01T09:00:00Z') }),
  fc.constant({ kind: 'restore' as const }),
);

describe('soft deletes under sync', () => {
  it('an edit may not write deleted_at', () => {
    expect(() => columnsOf({ kind: 'edit', columns: { deleted_at: null } })).toThrow(
      /may not set deleted_at/,
    );
  });

  it('a later edit from another device does not bring a deleted row back', () => {
    const row = replayWrites({ id: 'q', question_text: 'x', deleted_at: null }, [
      { kind: 'delete', at: '2026-06-01T09:00:00Z' },
      { kind: 'edit', columns: { question_text: 'edited offline' } },
    ]);
    expect(isSoftDeleted(row)).toBe(true);
    expect(row.question_text).toBe('edited offline');
  });

  it('whatever devices push in whatever order, only a delete or restore decides deletion', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(writeArb, { maxLength: 6 }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.nat(), { maxLength: 30 }),
        fc.boolean(),
        (devices, interleave, initiallyDeleted) => {
          // Merge the devices' write lists into one push order, keeping each device's own order.
          const queues = devices.map((d) => [...d]);
          const pushed: RowWrite[] = [];
          let pick = 0;
          while (queues.some((q) => q.length > 0)) {
            const choice = interleave[pick % Math.max(1, interleave.length)] ?? 0;
            pick += 1;
            const nonEmpty = queues.filter((q) => q.length > 0);
            const queue = nonEmpty[choice % nonEmpty.length];
            const next = queue?.shift();
            if (next) pushed.push(next);
          }
          const start = {
            id: 'q',
            question_text: 't',
            marks: 1,
            deleted_at: initiallyDeleted ? 'before' : null,
          };
          const row = replayWrites(start, pushed);
          expect(isSoftDeleted(row)).toBe(expectedDeletion(initiallyDeleted, pushed));
        },
      ),
    );
  });
});
