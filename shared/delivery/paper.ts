import { z } from 'zod';
import { seededRandom, shuffled } from '../random/seeded-random';

/**
 * The paper of one attempt: which question versions, in which order, for how
 * many marks, with each choice question's option order. Drawn once at start
 * from a seed and stored with the attempt (`attempts.paper`), so a resume, a
 * review and the grader all see the same paper.
 */
export const paperEntrySchema = z.object({
  questionId: z.string().min(1),
  /** The exact question version sat and graded; null only for rows from clients that pinned nothing. */
  versionId: z.string().min(1).nullable(),
  marks: z.number().min(0),
  /** Option ids in the order shown, for choice questions; null otherwise. */
  optionOrder: z.array(z.string()).nullable(),
  /** The group this entry belongs to (a description and the questions that refer to it). */
  groupId: z.string().min(1).nullable().optional(),
});
export type PaperEntry = z.infer<typeof paperEntrySchema>;

export const paperSchema = z.object({
  seed: z.string().min(1),
  shuffled: z.boolean(),
  entries: z.array(paperEntrySchema),
});
export type Paper = z.infer<typeof paperSchema>;

export interface PaperSource {
  questionId: string;
  versionId: string | null;
  marks: number;
  /** The option ids in authored order, for choice questions; null otherwise. */
  optionIds: readonly string[] | null;
  /** `test_questions.group_id`: entries sharing it stay together when shuffled. */
  groupId?: string | null | undefined;
  /** True for a description, which leads its group. */
  isDescription?: boolean | undefined;
}

/** Keeps the group only where there is one, so papers without groups look as they always did. */
function groupOf(s: PaperSource): { groupId?: string } {
  return s.groupId !== undefined && s.groupId !== null ? { groupId: s.groupId } : {};
}

/**
 * The units a shuffle moves: each ungrouped source alone, and each group as
 * one unit at the place of its first member, its descriptions first and the
 * rest in authored order.
 */
export function shuffleUnits(sources: readonly PaperSource[]): PaperSource[][] {
  const units: PaperSource[][] = [];
  const groups = new Map<string, PaperSource[]>();
  for (const s of sources) {
    const id = s.groupId ?? null;
    if (id === null) {
      units.push([s]);
      continue;
    }
    let unit = groups.get(id);
    if (!unit) {
      unit = [];
      groups.set(id, unit);
      units.push(unit);
    }
    unit.push(s);
  }
  for (const unit of groups.values()) {
    const lead = unit.filter((s) => s.isDescription === true);
    const rest = unit.filter((s) => s.isDescription !== true);
    unit.splice(0, unit.length, ...lead, ...rest);
  }
  return units;
}

/**
 * Draws the paper. With `shuffle` off the authored order is kept. With it on,
 * the question order and each choice question's option order are permutations
 * drawn from `seed`; the same seed always gives the same paper. A group (a
 * description and the questions that refer to it) moves as one unit, with
 * the description first.
 */
export function drawPaper(seed: string, sources: readonly PaperSource[], shuffle: boolean): Paper {
  if (!shuffle) {
    return {
      seed,
      shuffled: false,
      entries: sources.map((s) => ({
        questionId: s.questionId,
        versionId: s.versionId,
        marks: s.marks,
        optionOrder: s.optionIds ? [...s.optionIds] : null,
        ...groupOf(s),
      })),
    };
  }
  const random = seededRandom(seed);
  // Without groups every unit is one source, so the draw is the one papers always had.
  const order = shuffled(shuffleUnits(sources), random).flat();
  return {
    seed,
    shuffled: true,
    entries: order.map((s) => ({
      questionId: s.questionId,
      versionId: s.versionId,
      marks: s.marks,
      // Each question draws its option order from its own stream, so adding a
      // question to a test does not reorder the options of the others.
      optionOrder: s.optionIds
        ? shuffled(s.optionIds, seededRandom(`${seed}:${s.questionId}`))
        : null,
      ...groupOf(s),
    })),
  };
}

/**
 * What is wrong with the groups of a test, in words for the author: a group
 * must sit together, start with its description, and hold one description.
 */
export function groupLayoutProblems(
  entries: readonly { groupId?: string | null | undefined; isDescription?: boolean | undefined }[],
): { index: number; message: string }[] {
  const problems: { index: number; message: string }[] = [];
  const closed = new Set<string>();
  const descriptions = new Map<string, number>();
  let current: string | null = null;
  entries.forEach((e, index) => {
    const id = e.groupId ?? null;
    if (id !== current && current !== null) closed.add(current);
    if (id !== null && id !== current) {
      if (closed.has(id)) {
        problems.push({
          index,
          message: `question ${index + 1} is apart from the rest of its group`,
        });
      } else if (e.isDescription !== true) {
        problems.push({
          index,
          message: `question ${index + 1} starts a group, but a group starts with its description`,
        });
      }
    }
    if (id !== null && e.isDescription === true) {
      const n = (descriptions.get(id) ?? 0) + 1;
      descriptions.set(id, n);
      if (n > 1)
        problems.push({
          index,
          message: `question ${index + 1} is a second description in one group`,
        });
    }
    current = id;
  });
  return problems;
}
