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
