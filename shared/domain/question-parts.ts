import { z } from 'zod';

/**
 * The building blocks of question content beyond a stem and choice options:
 * the body format, partial-credit key parts, the items of matching and
 * ordering questions, cloze gaps and their keys, and feedback.
 */

/** How the rich fields of a question are held: plain text as typed, or sanitised HTML. */
export const contentFormats = ['plain', 'html'] as const;
export const contentFormatSchema = z.enum(contentFormats, {
  error: 'the format is "plain" or "html"',
});
export type ContentFormat = z.infer<typeof contentFormatSchema>;

/** Plain text keeps today's limits; HTML gets room for markup and MathML. */
export const plainTextLimits = { text: 20_000, optionText: 2_000 } as const;
export const htmlTextLimits = { text: 100_000, optionText: 20_000 } as const;

/** An id and a text: a premise, a response or an item to put in order. */
export function labelledItemSchema(what: string) {
  return z.object({
    id: z
      .string()
      .trim()
      .min(1, `${what} id is required`)
      .max(40, `${what} id is at most 40 characters`),
    text: z
      .string()
      .trim()
      .min(1, `${what} text is required`)
      .max(htmlTextLimits.optionText, `${what} text is too long`),
  });
}
export type LabelledItem = z.infer<ReturnType<typeof labelledItemSchema>>;

/** A fraction of the marks, as Moodle's answer fractions: -100 % to 100 %. */
export const weightSchema = z
  .number({ error: 'a weight must be a number' })
  .min(-1, 'a weight is a fraction from -1 to 1')
  .max(1, 'a weight is a fraction from -1 to 1');

/** Per-option weights of a choice key, by option id. */
export const optionWeightsSchema = z.record(z.string().min(1), weightSchema);
export type OptionWeights = z.infer<typeof optionWeightsSchema>;

const creditSchema = z
  .number({ error: 'the credit must be a number' })
  .min(0, 'the credit is a fraction from 0 to 1')
  .max(1, 'the credit is a fraction from 0 to 1');

export const acceptedAnswersSchema = z
  .array(z.string().trim().min(1, 'an accepted answer cannot be blank'))
  .min(1, 'give at least one accepted answer');

/** Short answers that earn part of the marks. */
export const partialAnswersSchema = z
  .array(
    z.object({
      answer: z.string().trim().min(1, 'a partly right answer cannot be blank'),
      credit: creditSchema,
    }),
  )
  .max(50, 'at most 50 partly right answers');
export type PartialAnswer = z.infer<typeof partialAnswersSchema>[number];

const numberField = () => z.number({ error: 'must be a number' });
const toleranceField = () => numberField().min(0, 'tolerance must be 0 or more');
export const toleranceModeSchema = z.enum(['absolute', 'relative']);

/** Other numbers that earn credit, each within its own tolerance. */
export const numericAlternativesSchema = z
  .array(
    z.object({
      value: numberField(),
      tolerance: toleranceField(),
      toleranceMode: toleranceModeSchema.default('absolute'),
      credit: creditSchema,
    }),
  )
  .max(50, 'at most 50 alternative answers');
export type NumericAlternative = z.infer<typeof numericAlternativesSchema>[number];

/** The body of a numeric key, shared by numeric questions and numeric gaps. */
export const numericKeyShape = {
  value: numberField(),
  tolerance: toleranceField(),
  toleranceMode: toleranceModeSchema.default('absolute'),
};

/** The body of a short-answer key, shared by short-answer questions and text gaps. */
export const textKeyShape = {
  accepted: acceptedAnswersSchema,
  caseSensitive: z.boolean().default(false),
};

// Gap ids appear inside the text as `{{gap:ID}}`, so they are kept to a safe alphabet.
export const gapIdPattern = /^[A-Za-z0-9_-]{1,40}$/;
export const gapIdSchema = z
  .string()
  .regex(gapIdPattern, 'a gap id is 1 to 40 letters, digits, "-" or "_"');

export const gapKinds = ['choice', 'text', 'numeric'] as const;
export const gapKindSchema = z.enum(gapKinds, {
  error: 'a gap is a "choice", "text" or "numeric" gap',
});
export type GapKind = z.infer<typeof gapKindSchema>;

export const clozeGapSchema = z.object({
  id: gapIdSchema,
  kind: gapKindSchema,
  /** The choices of a choice gap, in authored order; absent for text and numeric gaps. */
  options: z.array(labelledItemSchema('option')).max(26, 'at most 26 options in a gap').optional(),
  marks: z
    .number({ error: 'gap marks must be a number' })
    .gt(0, 'each gap must be worth more than 0 marks')
    .max(1_000),
});
export type ClozeGap = z.infer<typeof clozeGapSchema>;

export const choiceGapKeySchema = z.object({ optionId: z.string().min(1) }).strict();
export const textGapKeySchema = z
  .object({ ...textKeyShape, partial: partialAnswersSchema.optional() })
  .strict();
export const numericGapKeySchema = z
  .object({ ...numericKeyShape, alternatives: numericAlternativesSchema.optional() })
  .strict();

export const gapKeySchema = z.union([choiceGapKeySchema, textGapKeySchema, numericGapKeySchema], {
  error:
    'a gap key is { optionId } for a choice gap, { accepted } for a text gap, or { value, tolerance } for a numeric gap',
});
export type ChoiceGapKey = z.output<typeof choiceGapKeySchema>;
export type TextGapKey = z.output<typeof textGapKeySchema>;
export type NumericGapKey = z.output<typeof numericGapKeySchema>;
export type GapKey = z.output<typeof gapKeySchema>;

export function isChoiceGapKey(key: GapKey): key is ChoiceGapKey {
  return 'optionId' in key;
}
export function isTextGapKey(key: GapKey): key is TextGapKey {
  return 'accepted' in key;
}
export function isNumericGapKey(key: GapKey): key is NumericGapKey {
  return 'value' in key;
}

/** Which key shape a gap of each kind takes. */
export function gapKeyFits(kind: GapKind, key: GapKey): boolean {
  switch (kind) {
    case 'choice':
      return isChoiceGapKey(key);
    case 'text':
      return isTextGapKey(key);
    case 'numeric':
      return isNumericGapKey(key);
  }
}

const feedbackText = z.string().trim().max(20_000, 'feedback is at most 20,000 characters');

/**
 * What a student may read after the review is released, in the question's
 * format. Blank texts count as no feedback.
 */
export const questionFeedbackSchema = z
  .object({
    general: feedbackText.optional(),
    correct: feedbackText.optional(),
    partial: feedbackText.optional(),
    incorrect: feedbackText.optional(),
    /** By option id (true/false: "true" and "false"). */
    perOption: z.record(z.string().min(1), feedbackText).optional(),
    /** For short answer and numeric: shown when the student's answer matches `answer`. */
    perAnswer: z
      .array(
        z.object({
          answer: z.string().trim().min(1, 'say which answer this feedback is for'),
          text: feedbackText,
        }),
      )
      .max(50, 'at most 50 answer feedbacks')
      .optional(),
    /** By gap id, for cloze questions. */
    perGap: z.record(gapIdSchema, feedbackText).optional(),
  })
  .strict();
export type QuestionFeedback = z.infer<typeof questionFeedbackSchema>;
