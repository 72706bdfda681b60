import type { z } from 'zod';
import type { StoredQuestion } from '@shared/domain/bank';
import {
  answerKeySchemas,
  clozeGapSchema,
  contentFormatSchema,
  difficultySchema,
  labelledItemSchema,
  optionSchema,
  questionFeedbackSchema,
  questionSettingsSchema,
  questionTypeSchema,
  type AnswerKey,
  type ClozeGap,
  type LabelledItem,
  type QuestionContent,
} from '@shared/domain/questions';
import { parseJson, toJson } from '../rows';
import { isSealed, openValue, sealValue } from '../sealing/content-cipher';
import { isTestSealed, openContent, sealContent, sealingTestOf } from '../sealing/test-content';

/** The columns a question head and a question version share. */
export interface QuestionColumns {
  questionText: string;
  questionType: string;
  options: string | null;
  correctAnswer: string | null;
  marks: number | null;
  difficulty: string | null;
  tags: string | null;
  settings: string | null;
  bodyFormat: string;
  feedback: string | null;
  typeParts: string | null;
}

/** The parts only matching, ordering and cloze questions have, as `type_parts` holds them. */
interface TypeParts {
  premises?: LabelledItem[];
  responses?: LabelledItem[];
  items?: LabelledItem[];
  gaps?: ClozeGap[];
}

function typePartsOf(content: QuestionContent | StoredQuestion): TypeParts | null {
  switch (content.type) {
    case 'matching':
      return { premises: content.premises ?? [], responses: content.responses ?? [] };
    case 'ordering':
      return { items: content.items ?? [] };
    case 'cloze':
      return { gaps: content.gaps ?? [] };
    default:
      return null;
  }
}

const hasFeedback = (content: QuestionContent | StoredQuestion): boolean =>
  content.feedback !== undefined && Object.keys(content.feedback).length > 0;

export function contentToColumns(content: QuestionContent | StoredQuestion): QuestionColumns {
  return {
    questionText: content.text,
    questionType: content.type,
    options: toJson(content.options),
    correctAnswer: toJson(content.key),
    marks: content.marks,
    difficulty: content.difficulty,
    tags: content.tags.length > 0 ? JSON.stringify(content.tags) : null,
    settings: Object.keys(content.settings).length > 0 ? JSON.stringify(content.settings) : null,
    bodyFormat: content.format ?? 'plain',
    feedback: hasFeedback(content) ? JSON.stringify(content.feedback) : null,
    typeParts: toJson(typePartsOf(content)),
  };
}

/** The items of a list that read as items; the rest are left out rather than failing the question. */
function readItems<T>(raw: unknown, schema: z.ZodType<T>): T[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((item) => {
    const parsed = schema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

const premiseSchema = labelledItemSchema('premise');
const responseSchema = labelledItemSchema('response');
const itemSchema = labelledItemSchema('item');

/** The newer types' parts, each only on the type that has it. */
function readTypeParts(
  type: StoredQuestion['type'],
  json: string | null,
): Pick<StoredQuestion, 'premises' | 'responses' | 'items' | 'gaps'> {
  const raw = parseJson<Record<string, unknown> | null>(json, null) ?? {};
  switch (type) {
    case 'matching':
      return {
        premises: readItems(raw.premises, premiseSchema),
        responses: readItems(raw.responses, responseSchema),
      };
    case 'ordering':
      return { items: readItems(raw.items, itemSchema) };
    case 'cloze':
      return { gaps: readItems(raw.gaps, clozeGapSchema) };
    default:
      return {};
  }
}

/** Reads leniently: a row from another client that fails a rule is still shown, with what can be read. */
/** The columns a bank list shows of a question. */
export type ListedColumns = Pick<
  QuestionColumns,
  'questionText' | 'questionType' | 'marks' | 'difficulty' | 'tags' | 'bodyFormat'
>;

/** What a bank list shows, read as `columnsToStored` reads it, without parsing the rest. */
export function listedColumnsToStored(
  row: ListedColumns,
): Pick<StoredQuestion, 'type' | 'text' | 'marks' | 'difficulty' | 'tags' | 'format'> {
  const tags = parseJson<unknown>(row.tags, []);
  // Plain questions read back exactly as before rich text: no format field.
  const format = contentFormatSchema.catch('plain').parse(row.bodyFormat);
  return {
    type: questionTypeSchema.catch('essay').parse(row.questionType),
    text: row.questionText,
    marks: row.marks ?? 1,
    difficulty: difficultySchema.nullable().catch(null).parse(row.difficulty),
    tags: Array.isArray(tags) ? tags.filter((t): t is string => typeof t === 'string') : [],
    ...(format !== 'plain' && { format }),
  };
}

export function columnsToStored(row: QuestionColumns): StoredQuestion {
  const listed = listedColumnsToStored(row);
  const type = listed.type;
  const rawOptions = parseJson<unknown>(row.options, null);
  const options = Array.isArray(rawOptions) ? readItems(rawOptions, optionSchema) : null;
  const keyParsed = answerKeySchemas[type].safeParse(parseJson<unknown>(row.correctAnswer, null));
  const key: AnswerKey | null = keyParsed.success ? keyParsed.data : null;
  const settings = questionSettingsSchema.safeParse(parseJson<unknown>(row.settings, {}));
  const stored: StoredQuestion = {
    type,
    text: listed.text,
    options: type === 'single_choice' || type === 'multiple_response' ? (options ?? []) : null,
    key,
    marks: listed.marks,
    difficulty: listed.difficulty,
    tags: listed.tags,
    settings: settings.success ? settings.data : {},
    ...readTypeParts(type, row.typeParts),
  };
  // Plain questions read back exactly as before rich text: no format, no feedback field.
  if (listed.format !== undefined) stored.format = listed.format;
  const feedback = questionFeedbackSchema.safeParse(parseJson<unknown>(row.feedback, null));
  if (feedback.success) stored.feedback = feedback.data;
  return stored;
}

/** The tables that hold question columns. */
export type QuestionTable = 'questions' | 'question_versions';

/**
 * Where a sealed key belongs: its organisation and its question. The head row
 * and every version of one question share it, because rows copy keys among
 * themselves (a head takes its version's columns, a pull brings a version a
 * head then copies); a key moved to another question or organisation does not open.
 */
export interface KeyOwner {
  clientId: string;
  questionId: string;
}

/** Where the sealed answer key of a question lives, as its associated data names it. */
export const answerKeyPlace = (owner: KeyOwner) => ({
  tenant: owner.clientId,
  table: 'questions',
  column: 'correct_answer',
  rowId: owner.questionId,
});

/** A stored row's owner: a head row is its question; a version names it. */
export function keyOwnerOf(
  table: QuestionTable,
  row: { id: string; clientId: string; questionId?: string },
): KeyOwner {
  const questionId = table === 'questions' ? row.id : row.questionId;
  if (questionId === undefined) throw new Error('A question version row names its question');
  return { clientId: row.clientId, questionId };
}

/** The columns a sealed test seals besides the answer key: everything a student would read. */
const CONTENT_COLUMNS = [
  ['questionText', 'question_text'],
  ['options', 'options'],
  ['feedback', 'feedback'],
  ['typeParts', 'type_parts'],
] as const;
type ContentColumn = (typeof CONTENT_COLUMNS)[number][0];
type ContentValues = Partial<Record<ContentColumn, string | null>>;

/** The sealed test whose key seals a row's content; null for a question of no sealed test. */
export const sealingTestOfRow = (row: Pick<QuestionColumns, 'questionText'>): string | null =>
  sealingTestOf(row.questionText);

/**
 * The columns as a row stores them: the answer key (with weights, tolerances,
 * accepted answers) sealed, and, for a question of a sealed test, its stem,
 * options, feedback and parts sealed under that test's key.
 */
export function sealedColumns<T extends Pick<QuestionColumns, 'correctAnswer'> & ContentValues>(
  owner: KeyOwner,
  columns: T,
  sealingTest: string | null = null,
): T {
  const out: T = {
    ...columns,
    correctAnswer: sealValue('answer-keys', answerKeyPlace(owner), columns.correctAnswer),
  };
  if (sealingTest === null) return out;
  const content: ContentValues = out;
  for (const [field, column] of CONTENT_COLUMNS) {
    const value = content[field];
    if (value === undefined) continue;
    content[field] = sealContent(
      { tenant: owner.clientId, questionId: owner.questionId, column },
      sealingTest,
      value,
    );
  }
  return out;
}

type StoredRow = { id: string; clientId: string; questionId?: string } & Pick<
  QuestionColumns,
  'correctAnswer'
> &
  ContentValues;

/** A stored row with its answer key and any sealed content opened, for main to score, analyse, export or edit with. */
export function openedColumns<T extends StoredRow>(table: QuestionTable, row: T): T {
  const sealedContent = CONTENT_COLUMNS.filter(([field]) => isTestSealed(row[field]));
  if (!isSealed(row.correctAnswer) && sealedContent.length === 0) return row;
  const owner = keyOwnerOf(table, row);
  const out: T = {
    ...row,
    correctAnswer: openValue('answer-keys', answerKeyPlace(owner), row.correctAnswer),
  };
  const content: ContentValues = out;
  for (const [field, column] of sealedContent) {
    content[field] = openContent(
      { tenant: owner.clientId, questionId: owner.questionId, column },
      row[field] ?? null,
    );
  }
  return out;
}

/** A question's stem as a list shows it, opened where a sealed test seals it. */
export const openedText = (owner: KeyOwner, text: string): string =>
  isTestSealed(text)
    ? (openContent(
        { tenant: owner.clientId, questionId: owner.questionId, column: 'question_text' },
        text,
      ) ?? '')
    : text;

/** A question row read into its content, its answer key opened. */
export const storedOf = (
  table: QuestionTable,
  row: { id: string; clientId: string; questionId?: string } & QuestionColumns,
): StoredQuestion => columnsToStored(openedColumns(table, row));
