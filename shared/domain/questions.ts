import { z } from 'zod';

export const questionTypes = [
  'single_choice',
  'multiple_response',
  'true_false',
  'short_answer',
  'numeric',
  'essay',
] as const;
export const questionTypeSchema = z.enum(questionTypes);
export type QuestionType = z.infer<typeof questionTypeSchema>;

export const questionTypeLabels: Record<QuestionType, string> = {
  single_choice: 'Single choice',
  multiple_response: 'Multiple response',
  true_false: 'True / false',
  short_answer: 'Short answer',
  numeric: 'Numeric',
  essay: 'Essay',
};

export const difficulties = ['easy', 'medium', 'hard'] as const;
export const difficultySchema = z.enum(difficulties);
export type Difficulty = z.infer<typeof difficultySchema>;

/** Questions whose answers the scorer can mark without a person. */
export function isObjective(type: QuestionType): boolean {
  return type !== 'essay';
}

export function hasOptions(type: QuestionType): boolean {
  return type === 'single_choice' || type === 'multiple_response';
}

export const optionSchema = z.object({
  id: z.string().trim().min(1, 'option id is required').max(40),
  text: z.string().trim().min(1, 'option text is required').max(2_000),
});
export type QuestionOption = z.infer<typeof optionSchema>;

/** The answer key, one shape per question type. Stored as JSON in `correct_answer`. */
export const answerKeySchemas = {
  single_choice: z.object({ optionId: z.string().min(1) }),
  multiple_response: z.object({
    optionIds: z.array(z.string().min(1)).min(1, 'pick at least one correct option'),
  }),
  true_false: z.object({ value: z.boolean() }),
  short_answer: z.object({
    accepted: z
      .array(z.string().trim().min(1, 'an accepted answer cannot be blank'))
      .min(1, 'give at least one accepted answer'),
    caseSensitive: z.boolean().default(false),
  }),
  numeric: z.object({
    value: z.number({ error: 'must be a number' }),
    tolerance: z.number({ error: 'must be a number' }).min(0, 'tolerance must be 0 or more'),
    toleranceMode: z.enum(['absolute', 'relative']).default('absolute'),
  }),
  essay: z.null(),
} as const;

export type AnswerKeyFor<T extends QuestionType> = z.output<(typeof answerKeySchemas)[T]>;
export type AnswerKey = { [T in QuestionType]: AnswerKeyFor<T> }[QuestionType];

/** Settings that only some types use (essay word limits). Stored in `settings`. */
export const questionSettingsSchema = z
  .object({
    minWords: z.number().int().min(0).optional(),
    maxWords: z.number().int().min(1).optional(),
  })
  .strict();
export type QuestionSettings = z.infer<typeof questionSettingsSchema>;

const tagSchema = z.string().trim().min(1).max(60);

const commonContent = {
  text: z.string().trim().min(1, 'question text is required').max(20_000),
  marks: z.number().min(0, 'marks cannot be negative').max(1_000),
  difficulty: difficultySchema.nullable().default(null),
  tags: z.array(tagSchema).max(30).default([]),
  settings: questionSettingsSchema.default({}),
};

function contentVariant<T extends QuestionType>(type: T) {
  return z.object({
    type: z.literal(type),
    ...commonContent,
    options: hasOptions(type) ? z.array(optionSchema).max(26) : z.null().default(null),
    key: answerKeySchemas[type],
  });
}

/**
 * Everything an author writes for one question. The refinements are the rules a
 * question must meet before it can be saved; each names the field it is about.
 */
export const questionContentSchema = z
  .discriminatedUnion('type', [
    contentVariant('single_choice'),
    contentVariant('multiple_response'),
    contentVariant('true_false'),
    contentVariant('short_answer'),
    contentVariant('numeric'),
    contentVariant('essay'),
  ])
  .superRefine((q, ctx) => {
    if (q.type !== 'single_choice' && q.type !== 'multiple_response') return;
    const options = q.options ?? [];
    if (options.length < 2) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: 'a choice question needs at least two options',
      });
    }
    const ids = new Set<string>();
    options.forEach((o, i) => {
      if (ids.has(o.id))
        ctx.addIssue({
          code: 'custom',
          path: ['options', i, 'id'],
          message: `duplicate option id "${o.id}"`,
        });
      ids.add(o.id);
    });
    const keyIds = q.type === 'single_choice' ? [q.key.optionId] : q.key.optionIds;
    keyIds.forEach((id, i) => {
      if (!ids.has(id)) {
        const path = q.type === 'single_choice' ? ['key', 'optionId'] : ['key', 'optionIds', i];
        ctx.addIssue({
          code: 'custom',
          path,
          message: `the key "${id}" is not one of the options`,
        });
      }
    });
    if (q.type === 'multiple_response' && new Set(keyIds).size !== keyIds.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['key', 'optionIds'],
        message: 'the key lists an option twice',
      });
    }
  })
  .superRefine((q, ctx) => {
    const { minWords, maxWords } = q.settings;
    if (minWords !== undefined && maxWords !== undefined && minWords > maxWords) {
      ctx.addIssue({
        code: 'custom',
        path: ['settings', 'minWords'],
        message: 'minimum words is above the maximum',
      });
    }
  });
export type QuestionContent = z.output<typeof questionContentSchema>;
export type QuestionContentInput = z.input<typeof questionContentSchema>;

/** A student's answer, tagged by type. Stored as JSON in `attempt_answers.student_answer`. */
export const answerValueSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('single_choice'), optionId: z.string().min(1).max(40) }),
  z.object({
    type: z.literal('multiple_response'),
    optionIds: z.array(z.string().min(1).max(40)).max(26),
  }),
  z.object({ type: z.literal('true_false'), value: z.boolean() }),
  z.object({ type: z.literal('short_answer'), text: z.string().max(2_000) }),
  z.object({ type: z.literal('numeric'), value: z.number() }),
  z.object({ type: z.literal('essay'), text: z.string().max(100_000) }),
]);
export type AnswerValue = z.infer<typeof answerValueSchema>;

/** Counts words the way a reader would: runs of letters or digits. */
export function countWords(text: string): number {
  const matches = text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu);
  return matches ? matches.length : 0;
}
