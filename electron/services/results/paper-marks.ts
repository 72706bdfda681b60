import { z } from 'zod';
import type { TestQuestionEntry } from '@shared/domain/tests';

/** The part of an attempt's stored paper results need: which questions, which versions, for how many marks. */
const paperEntries = z.object({
  entries: z.array(
    z.object({
      questionId: z.string(),
      versionId: z.string().nullable().optional(),
      marks: z.number(),
    }),
  ),
});

export interface PaperLine {
  questionId: string;
  versionId: string | null;
  marks: number;
}

/** The attempt's own paper when it has one, else the test's current questions. */
export function paperLines(
  paper: string | null,
  fallback: readonly TestQuestionEntry[],
): PaperLine[] {
  if (paper) {
    try {
      const parsed = paperEntries.safeParse(JSON.parse(paper));
      if (parsed.success) {
        return parsed.data.entries.map((e) => ({
          questionId: e.questionId,
          versionId: e.versionId ?? null,
          marks: e.marks,
        }));
      }
    } catch {
      // A paper that is not JSON falls back to the test's questions.
    }
  }
  return fallback.map((q) => ({
    questionId: q.questionId,
    versionId: q.questionVersionId,
    marks: q.marks,
  }));
}
