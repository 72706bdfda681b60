import type { ChangeSet } from '../domain/audit';

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The fields that differ between two snapshots of one object. A create is a diff
 * from null, a delete a diff to null. Keys listed in `omit` (secrets) are never recorded.
 */
export function diffObjects(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
  omit: readonly string[] = [],
): ChangeSet {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const out: ChangeSet = {};
  for (const key of [...keys].sort()) {
    if (omit.includes(key)) continue;
    // A missing field is recorded as null, so it is compared as null too: no [null, null] entries.
    const a = (before ? before[key] : undefined) ?? null;
    const b = (after ? after[key] : undefined) ?? null;
    if (!same(a, b)) out[key] = [a, b];
  }
  return out;
}
