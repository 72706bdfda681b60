/**
 * Conflict rules for authored questions. Every save adds a version row that
 * names the version it was edited from; rows are only ever inserted, so after
 * sync every device holds every version. Two versions edited from the same
 * parent on different devices are both kept, and the question is in conflict
 * until an author saves a version that resolves the others.
 */
export interface VersionNode {
  id: string;
  /** The version this one was edited from (null for the first). */
  parentVersionId: string | null;
  /** Other heads this version was saved to settle (an author's pick or merge). */
  resolves: readonly string[];
  version: number;
  createdAt: string;
}

export interface ConflictState {
  /** True when more than one version is a head: two edits that nobody has reconciled. */
  conflict: boolean;
  /** Versions nothing was edited from and nothing resolved, best first. */
  heads: VersionNode[];
  /** The head the question row shows: the same on every device, whatever order rows arrived in. */
  head: VersionNode | null;
}

/** Orders heads the same way on every device: highest version, then newest, then id. */
export function compareHeads(a: VersionNode, b: VersionNode): number {
  if (a.version !== b.version) return b.version - a.version;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  if (a.id === b.id) return 0;
  return a.id < b.id ? 1 : -1;
}

export function versionHeads(nodes: readonly VersionNode[]): VersionNode[] {
  const superseded = new Set<string>();
  for (const node of nodes) {
    if (node.parentVersionId !== null) superseded.add(node.parentVersionId);
    for (const id of node.resolves) superseded.add(id);
  }
  const seen = new Set<string>();
  const heads: VersionNode[] = [];
  for (const node of nodes) {
    if (superseded.has(node.id) || seen.has(node.id)) continue;
    seen.add(node.id);
    heads.push(node);
  }
  return heads.sort(compareHeads);
}

export function conflictState(nodes: readonly VersionNode[]): ConflictState {
  const heads = versionHeads(nodes);
  return { conflict: heads.length > 1, heads, head: heads[0] ?? null };
}

/**
 * What a resolving save records: it continues from the version the author
 * kept (or merged into) and settles every other head, so the question leaves
 * conflict on every device once the save arrives.
 */
export function resolutionLinks(
  heads: readonly VersionNode[],
  keptVersionId: string,
): { parentVersionId: string; resolves: string[] } | null {
  if (!heads.some((h) => h.id === keptVersionId)) return null;
  return {
    parentVersionId: keptVersionId,
    resolves: heads
      .filter((h) => h.id !== keptVersionId)
      .map((h) => h.id)
      .sort(),
  };
}
