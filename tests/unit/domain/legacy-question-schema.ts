import { z } from 'zod';

/**
 * The question content schema as it was before rich text, partial credit and
 * the four newer types: a frozen copy, kept as the oracle that today's schema
 * must agree with on every question written the old way.
 */
const questionTypes = [
  'single_choice',
  'multiple_response',
  'true_false',
  'short_answer',
  'numeric',
  'essay',
] as const;
type QuestionType = (typeof questionTypes)[number];
export const legacyQuestionTypes = questionTypes;

const difficulties = ['easy', 'medium', 'hard'] as const;
const difficultySchema = z.enum(difficulties);

function hasOptions(type: QuestionType): boolean {
  return type === 'single_choice' || type === 'multiple_response';
}

const optionSchema = z.object({
  id: z.string().trim().min(1, 'option id is required').max(40),
  text: z.string().trim().min(1, 'option text is required').max(2_000),
});

/** The answer key, one shape per question type. Stored as JSON in `correct_answer`. */
const answerKeySchemas = {
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

/** Settings that only some types use (essay word limits). Stored in `settings`. */
const questionSettingsSchema = z
  .object({
    minWords: z.number().int().min(0).optional(),
    maxWords: z.number().int().min(1).optional(),
  })
  .strict();

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
export const legacyQuestionContentSchema = z
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
