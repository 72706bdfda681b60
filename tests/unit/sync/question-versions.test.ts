import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  conflictState,
  resolutionLinks,
  versionHeads,
  type VersionNode,
} from '@shared/sync/question-versions';

const node = (
  id: string,
  parentVersionId: string | null,
  version: number,
  resolves: string[] = [],
  createdAt = `2026-06-01T09:00:0${version}Z`,
): VersionNode => ({ id, parentVersionId, version, resolves, createdAt });

/**
 * A history made by several devices editing offline: each edit continues from
 * the head its device last saw. Returns every version and what each device saw.
 */
const histories = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.boolean()), { minLength: 0, maxLength: 12 })
  .map((steps) => {
    const nodes: VersionNode[] = [node('v0', null, 1)];
    const seen = [new Set(['v0']), new Set(['v0']), new Set(['v0'])];
    steps.forEach(([device, syncFirst], i) => {
      if (syncFirst) for (const n of nodes) seen[device]?.add(n.id);
      const visible = nodes.filter((n) => seen[device]?.has(n.id));
      const base = conflictState(visible).head ?? nodes[0]!;
      const created = node(
        `v${i + 1}`,
        base.id,
        base.version + 1,
        [],
        `2026-06-01T10:${String(i).padStart(2, '0')}:00Z`,
      );
      nodes.push(created);
      seen[device]?.add(created.id);
    });
    return nodes;
  });

describe('question version conflicts', () => {
  it('a straight line of edits has one head and no conflict', () => {
    const state = conflictState([node('a', null, 1), node('b', 'a', 2), node('c', 'b', 3)]);
    expect(state.conflict).toBe(false);
    expect(state.head?.id).toBe('c');
  });

  it('two edits from the same parent are a conflict that keeps both', () => {
    const state = conflictState([node('a', null, 1), node('b', 'a', 2), node('c', 'a', 2)]);
    expect(state.conflict).toBe(true);
    expect(state.heads.map((h) => h.id).sort()).toEqual(['b', 'c']);
  });

  it('a resolving version ends the conflict', () => {
    const nodes = [node('a', null, 1), node('b', 'a', 2), node('c', 'a', 2)];
    const links = resolutionLinks(conflictState(nodes).heads, 'c');
    expect(links).toEqual({ parentVersionId: 'c', resolves: ['b'] });
    const state = conflictState([...nodes, node('d', links!.parentVersionId, 3, links!.resolves)]);
    expect(state).toMatchObject({ conflict: false, head: { id: 'd' } });
  });

  it('refuses to resolve with a version that is not a head', () => {
    const nodes = [node('a', null, 1), node('b', 'a', 2), node('c', 'a', 2)];
    expect(resolutionLinks(conflictState(nodes).heads, 'a')).toBeNull();
  });

  it('every device computes the same head whatever order the rows arrived in', () => {
    fc.assert(
      fc.property(histories, fc.func(fc.integer()), (nodes, order) => {
        const shuffled = [...nodes].sort((x, y) => order(x.id) - order(y.id));
        expect(conflictState(shuffled)).toEqual(conflictState(nodes));
      }),
    );
  });

  it('no edit is lost: every version is a head or an ancestor of one', () => {
    fc.assert(
      fc.property(histories, (nodes) => {
        const byId = new Map(nodes.map((n) => [n.id, n]));
        const reachable = new Set<string>();
        for (const head of versionHeads(nodes)) {
          let at: VersionNode | undefined = head;
          while (at && !reachable.has(at.id)) {
            reachable.add(at.id);
            at = at.parentVersionId ? byId.get(at.parentVersionId) : undefined;
          }
        }
        expect(reachable.size).toBe(nodes.length);
      }),
    );
  });

  it('is in conflict exactly when some version has two children, and resolving clears it', () => {
    fc.assert(
      fc.property(histories, (nodes) => {
        const children = new Map<string, number>();
        for (const n of nodes) {
          if (n.parentVersionId)
            children.set(n.parentVersionId, (children.get(n.parentVersionId) ?? 0) + 1);
        }
        const forked = [...children.values()].some((c) => c > 1);
        const state = conflictState(nodes);
        expect(state.conflict).toBe(forked);
        // Keeping the agreed head settles it; without a conflict there is nothing to resolve.
        const keep = state.head?.id ?? 'none';
        const links = resolutionLinks(state.heads, keep) ?? { parentVersionId: keep, resolves: [] };
        const resolved = conflictState([
          ...nodes,
          node('r', links.parentVersionId, 99, links.resolves),
        ]);
        expect(resolved.conflict).toBe(false);
        expect(resolved.head?.id).toBe('r');
      }),
    );
  });
});
