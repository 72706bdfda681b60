import { z } from 'zod';
import { difficultySchema } from '../domain/questions';

/**
 * What a text format has no place for (marks, difficulty, key options), kept in
 * a comment line the format's other readers ignore: `// exam-desk: {json}` in
 * GIFT. Unknown keys are reported, never guessed at.
 */
export const META_PREFIX = 'exam-desk:';

export const itemMetadataSchema = z
  .object({
    marks: z.number().min(0).max(1_000).optional(),
    difficulty: difficultySchema.nullable().optional(),
    caseSensitive: z.boolean().optional(),
    toleranceMode: z.enum(['absolute', 'relative']).optional(),
    minWords: z.number().int().min(0).optional(),
    maxWords: z.number().int().min(1).optional(),
    /** A one-gap gap-fill written as GIFT's missing-word form: the gap's id and marks. */
    gap: z
      .object({ id: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/), marks: z.number().gt(0).max(1_000) })
      .strict()
      .optional(),
  })
  .strict();
export type ItemMetadata = z.infer<typeof itemMetadataSchema>;

export function readMetadata(json: string): { meta: ItemMetadata; warning: string | null } {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { meta: {}, warning: `the ${META_PREFIX} comment is not valid JSON and was ignored` };
  }
  const parsed = itemMetadataSchema.safeParse(raw);
  if (parsed.success) return { meta: parsed.data, warning: null };
  const issue = parsed.error.issues[0];
  return {
    meta: {},
    warning: `the ${META_PREFIX} comment was ignored (${issue?.path.join('.') || 'value'}: ${issue?.message ?? 'not valid'})`,
  };
}

export function writeMetadata(meta: ItemMetadata): string {
  return `${META_PREFIX} ${JSON.stringify(meta)}`;
}
