import { z } from 'zod';
import {
  clozeGapSchema,
  contentFormatSchema,
  gapIdSchema,
  gapKeySchema,
  labelledItemSchema,
  numericAlternativesSchema,
  numericKeyShape,
  optionWeightsSchema,
  partialAnswersSchema,
  questionFeedbackSchema,
  textKeyShape,
} from './question-parts';
import {
  checkChoiceQuestion,
  checkClozeQuestion,
  checkDescription,
  checkFeedback,
  checkMatchingQuestion,
  checkOrderingQuestion,
  checkTextLengths,
  checkWordLimits,
} from './question-rules';

export * from './question-parts';

export const questionTypes = [
  'single_choice',
  'multiple_response',
  'true_false',
  'short_answer',
  'numeric',
  'essay',
  'matching',
  'ordering',
  'cloze',
  'description',
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
  matching: 'Matching',
  ordering: 'Ordering',
  cloze: 'Gap fill',
  description: 'Description',
};

export const difficulties = ['easy', 'medium', 'hard'] as const;
export const difficultySchema = z.enum(difficulties);
export type Difficulty = z.infer<typeof difficultySchema>;

/** Questions whose answers the scorer can mark without a person. */
export function isObjective(type: QuestionType): boolean {
  return type !== 'essay' && type !== 'description';
}

/** Questions a student answers and that count towards the total; a description is neither. */
export function isAnswerable(type: QuestionType): boolean {
  return type !== 'description';
}

export function hasOptions(type: QuestionType): boolean {
  return type === 'single_choice' || type === 'multiple_response';
}

export const optionSchema = z.object({
  id: z.string().trim().min(1, 'option id is required').max(40),
  text: z.string().trim().min(1, 'option text is required').max(20_000),
});
export type QuestionOption = z.infer<typeof optionSchema>;

/** The answer key, one shape per question type. Stored as JSON in `correct_answer`. */
export const answerKeySchemas = {
  single_choice: z.object({
    optionId: z.string().min(1),
    /** Moodle-style fractions by option id; an option not listed is worth 0. */
    weights: optionWeightsSchema.optional(),
  }),
  multiple_response: z.object({
    optionIds: z.array(z.string().min(1)).min(1, 'pick at least one correct option'),
    weights: optionWeightsSchema.optional(),
  }),
  true_false: z.object({ value: z.boolean() }),
  short_answer: z.object({ ...textKeyShape, partial: partialAnswersSchema.optional() }),
  numeric: z.object({ ...numericKeyShape, alternatives: numericAlternativesSchema.optional() }),
  essay: z.null(),
  matching: z.object({
    /** The right response for each premise, by premise id. */
    pairs: z.record(z.string().min(1), z.string().min(1, 'pair each premise with a response')),
  }),
  ordering: z.object({
    order: z.array(z.string().min(1)).min(2, 'put at least two items in order'),
  }),
  cloze: z.object({ gaps: z.record(gapIdSchema, gapKeySchema) }),
  description: z.null({ error: 'a description has no answer key' }),
} as const;

export type AnswerKeyFor<T extends QuestionType> = z.output<(typeof answerKeySchemas)[T]>;
export type AnswerKey = { [T in QuestionType]: AnswerKeyFor<T> }[QuestionType];

/** Settings that only some types use (essay word limits, listening play limit). Stored in `settings`. */
export const questionSettingsSchema = z
  .object({
    minWords: z.number().int().min(0).optional(),
    maxWords: z.number().int().min(1).optional(),
    /** How many times the question's audio may be started in one attempt; unlimited when absent. */
    audioPlayLimit: z
      .number()
      .int('the play limit must be a whole number')
      .min(1, 'the play limit must be at least 1')
      .max(100, 'the play limit must be at most 100')
      .optional(),
  })
  .strict();
export type QuestionSettings = z.infer<typeof questionSettingsSchema>;

const tagSchema = z.string().trim().min(1).max(60);

const commonContent = {
  text: z.string().trim().min(1, 'question text is required').max(100_000),
  marks: z.number().min(0, 'marks cannot be negative').max(1_000),
  difficulty: difficultySchema.nullable().default(null),
  tags: z.array(tagSchema).max(30).default([]),
  settings: questionSettingsSchema.default({}),
  /** Absent means plain: content written before rich text parses as it always did. */
  format: contentFormatSchema.optional(),
  feedback: questionFeedbackSchema.optional(),
};

type LegacyType = 'single_choice' | 'multiple_response' | 'true_false' | 'short_answer' | 'numeric';

function contentVariant<T extends LegacyType | 'essay'>(type: T) {
  return z.object({
    type: z.literal(type),
    ...commonContent,
    options: hasOptions(type) ? z.array(optionSchema).max(26) : z.null().default(null),
    key: answerKeySchemas[type],
  });
}

const matchingVariant = z.object({
  type: z.literal('matching'),
  ...commonContent,
  options: z.null().default(null),
  premises: z.array(labelledItemSchema('premise')).max(50, 'at most 50 premises'),
  /** May hold more than the premises need: the extra ones are distractors. */
  responses: z.array(labelledItemSchema('response')).max(50, 'at most 50 responses'),
  key: answerKeySchemas.matching,
});

const orderingVariant = z.object({
  type: z.literal('ordering'),
  ...commonContent,
  options: z.null().default(null),
  items: z.array(labelledItemSchema('item')).max(50, 'at most 50 items'),
  key: answerKeySchemas.ordering,
});

const clozeVariant = z.object({
  type: z.literal('cloze'),
  ...commonContent,
  options: z.null().default(null),
  gaps: z.array(clozeGapSchema).max(100, 'at most 100 gaps'),
  key: answerKeySchemas.cloze,
});

const descriptionVariant = z.object({
  type: z.literal('description'),
  ...commonContent,
  options: z.null().default(null),
  key: answerKeySchemas.description.default(null),
});

const questionVariants = z.discriminatedUnion('type', [
  contentVariant('single_choice'),
  contentVariant('multiple_response'),
  contentVariant('true_false'),
  contentVariant('short_answer'),
  contentVariant('numeric'),
  contentVariant('essay'),
  matchingVariant,
  orderingVariant,
  clozeVariant,
  descriptionVariant,
]);
export type QuestionContent = z.output<typeof questionVariants>;
export type QuestionContentInput = z.input<typeof questionVariants>;
export type QuestionContentOf<T extends QuestionType> = Extract<QuestionContent, { type: T }>;

/**
 * Everything an author writes for one question. The refinements are the rules a
 * question must meet before it can be saved; each names the field it is about.
 */
export const questionContentSchema = questionVariants
  .superRefine(checkChoiceQuestion)
  .superRefine(checkWordLimits)
  .superRefine(checkTextLengths)
  .superRefine(checkMatchingQuestion)
  .superRefine(checkOrderingQuestion)
  .superRefine(checkClozeQuestion)
  .superRefine(checkDescription)
  .superRefine(checkFeedback);

const answerIdSchema = z.string().min(1).max(40);

/** A student's answer, tagged by type. Stored as JSON in `attempt_answers.student_answer`. */
export const answerValueSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('single_choice'), optionId: answerIdSchema }),
  z.object({
    type: z.literal('multiple_response'),
    optionIds: z.array(answerIdSchema).max(26),
  }),
  z.object({ type: z.literal('true_false'), value: z.boolean() }),
  z.object({ type: z.literal('short_answer'), text: z.string().max(2_000) }),
  z.object({ type: z.literal('numeric'), value: z.number() }),
  z.object({ type: z.literal('essay'), text: z.string().max(100_000) }),
  z.object({
    type: z.literal('matching'),
    /** The response chosen for each premise; null where the student cleared it. */
    pairs: z
      .record(answerIdSchema, answerIdSchema.nullable())
      .refine((p) => Object.keys(p).length <= 50, 'an answer pairs at most 50 premises'),
  }),
  z.object({
    type: z.literal('ordering'),
    order: z.array(answerIdSchema).max(50, 'an order holds at most 50 items'),
  }),
  z.object({
    type: z.literal('cloze'),
    /** Choice gaps: the option id; text gaps: the text; numeric gaps: the number as typed. */
    gaps: z
      .record(
        gapIdSchema,
        z.string().max(2_000, 'a gap answer is at most 2,000 characters').nullable(),
      )
      .refine((g) => Object.keys(g).length <= 100, 'an answer fills at most 100 gaps'),
  }),
]);
export type AnswerValue = z.infer<typeof answerValueSchema>;
export type AnswerValueOf<T extends AnswerValue['type']> = Extract<AnswerValue, { type: T }>;

/** Counts words the way a reader would: runs of letters or digits. */
export function countWords(text: string): number {
  const matches = text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu);
  return matches ? matches.length : 0;
}
