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
}

/**
 * Draws the paper. With `shuffle` off the authored order is kept. With it on,
 * the question order and each choice question's option order are permutations
 * drawn from `seed`; the same seed always gives the same paper.
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
      })),
    };
  }
  const random = seededRandom(seed);
  const order = shuffled(sources, random);
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
    })),
  };
}
