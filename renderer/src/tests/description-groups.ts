import type { TestLine } from './test-lines';

/**
 * A description (a passage, a case, a clip) and the questions right after it
 * that refer to it form a group: they share `groupId`, stay together when the
 * paper is shuffled, and the group starts with its description. A new group
 * takes its description's question id as its id.
 */

/** The group question `i` would join as "with the description above", or null when none is above. */
export function groupAbove(lines: readonly TestLine[], i: number): string | null {
  const line = lines[i];
  const above = lines[i - 1];
  if (!line || !above || line.type === 'description') return null;
  if (above.type === 'description') return above.groupId ?? above.questionId;
  return above.groupId;
}

/** The description a group starts with, for naming it on screen. */
export function descriptionOf(lines: readonly TestLine[], groupId: string): TestLine | null {
  return lines.find((l) => l.groupId === groupId && l.type === 'description') ?? null;
}

/**
 * Puts question `i` with the description above it, or takes it out of its
 * group: the questions after it in the group leave too (a group sits
 * together), and a description left with nothing after it leaves its group.
 */
export function setWithDescription(
  lines: readonly TestLine[],
  i: number,
  together: boolean,
): TestLine[] {
  const next = lines.map((l) => ({ ...l }));
  if (together) {
    const group = groupAbove(lines, i);
    const line = next[i];
    if (group === null || !line) return next;
    const above = next[i - 1];
    if (above && above.type === 'description') above.groupId = group;
    line.groupId = group;
    return next;
  }
  const group = next[i]?.groupId ?? null;
  if (group === null) return next;
  for (let j = i; j < next.length && next[j]?.groupId === group; j += 1) {
    const member = next[j];
    if (member && member.type !== 'description') member.groupId = null;
  }
  if (!next.some((l) => l.groupId === group && l.type !== 'description')) {
    for (const l of next) if (l.groupId === group) l.groupId = null;
  }
  return next;
}

/** Where a line stands in the outline of description groups, for showing the groups on screen. */
export type GroupPlace =
  | { kind: 'none' }
  /** A description with questions after it: their 1-based numbers, first and last. */
  | { kind: 'description'; first: number; last: number; count: number }
  /** A question in a group: the 1-based number of the description it goes with. */
  | { kind: 'member'; description: number };

/** Each line's place in the outline: a description heading its group, or a question in one. */
export function groupOutline(lines: readonly TestLine[]): GroupPlace[] {
  return lines.map((line, i): GroupPlace => {
    const group = line.groupId;
    if (group === null) return { kind: 'none' };
    if (line.type === 'description') {
      const members = lines.flatMap((l, j) =>
        l.groupId === group && l.type !== 'description' ? [j + 1] : [],
      );
      const first = members[0];
      const last = members.at(-1);
      return first === undefined || last === undefined
        ? { kind: 'none' }
        : { kind: 'description', first, last, count: members.length };
    }
    const description = lines.findIndex((l) => l.groupId === group && l.type === 'description');
    return description < 0 || description > i
      ? { kind: 'none' }
      : { kind: 'member', description: description + 1 };
  });
}
