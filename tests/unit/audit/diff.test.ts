import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffObjects } from '@shared/audit/diff';

/** Applies a diff to a snapshot: each recorded field takes its "after" value. */
function apply(
  before: Record<string, unknown>,
  diff: Record<string, [unknown, unknown]>,
): Record<string, unknown> {
  const out = { ...before };
  for (const [key, [, after]] of Object.entries(diff)) out[key] = after;
  return out;
}

/** A missing field and a null one mean the same in an audit snapshot. */
const normalised = (o: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined));

const snapshot = fc.dictionary(
  fc.constantFrom('name', 'email', 'role', 'active', 'tags', 'settings', 'marks', 'deletedAt'),
  fc.oneof(fc.jsonValue(), fc.constant(null), fc.constant(undefined)),
);

describe('diffObjects', () => {
  it('records changed fields as [before, after], sorted by field', () => {
    expect(
      diffObjects(
        { name: 'A', role: 'student', active: true },
        { role: 'admin', name: 'B', active: true },
      ),
    ).toEqual({
      name: ['A', 'B'],
      role: ['student', 'admin'],
    });
    expect(Object.keys(diffObjects({ z: 1, a: 1 }, { z: 2, a: 2 }))).toEqual(['a', 'z']);
  });

  it('records a create as a diff from null and a delete as a diff to null', () => {
    expect(diffObjects(null, { name: 'A', marks: 2 })).toEqual({
      marks: [null, 2],
      name: [null, 'A'],
    });
    expect(diffObjects({ name: 'A' }, null)).toEqual({ name: ['A', null] });
    expect(diffObjects(null, null)).toEqual({});
  });

  it('compares nested values by content', () => {
    expect(
      diffObjects(
        { tags: ['a', 'b'], key: { optionId: 'a' } },
        { tags: ['a', 'b'], key: { optionId: 'a' } },
      ),
    ).toEqual({});
    expect(diffObjects({ tags: ['a', 'b'] }, { tags: ['b', 'a'] })).toEqual({
      tags: [
        ['a', 'b'],
        ['b', 'a'],
      ],
    });
  });

  it('never records an omitted field, even when it changed', () => {
    expect(
      diffObjects({ name: 'A', passwordHash: 'x' }, { name: 'B', passwordHash: 'y' }, [
        'passwordHash',
      ]),
    ).toEqual({
      name: ['A', 'B'],
    });
  });

  it('does not record a field that is missing on one side and null on the other', () => {
    expect(diffObjects(null, { deletedAt: null, name: 'A' })).toEqual({ name: [null, 'A'] });
    expect(diffObjects({ passMark: null }, {})).toEqual({});
  });

  it('property: applying the diff to "before" gives "after"', () => {
    fc.assert(
      fc.property(snapshot, snapshot, (before, after) => {
        expect(normalised(apply(before, diffObjects(before, after)))).toEqual(normalised(after));
      }),
    );
  });

  it('property: every recorded field really changed, and an unchanged object gives an empty diff', () => {
    fc.assert(
      fc.property(snapshot, snapshot, (before, after) => {
        for (const [a, b] of Object.values(diffObjects(before, after))) {
          expect(JSON.stringify(a)).not.toBe(JSON.stringify(b));
        }
        expect(diffObjects(before, { ...before })).toEqual({});
      }),
    );
  });

  it('property: omitted fields never appear', () => {
    fc.assert(
      fc.property(
        snapshot,
        snapshot,
        fc.subarray(['name', 'email', 'tags']),
        (before, after, omit) => {
          const keys = Object.keys(diffObjects(before, after, omit));
          expect(keys.filter((k) => omit.includes(k))).toEqual([]);
        },
      ),
    );
  });
});
