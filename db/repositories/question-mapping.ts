import type { StoredQuestion } from '@shared/domain/bank';
import {
  answerKeySchemas,
  difficultySchema,
  optionSchema,
  questionSettingsSchema,
  questionTypeSchema,
  type AnswerKey,
  type QuestionContent,
} from '@shared/domain/questions';
import { parseJson, toJson } from '../rows';

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
}

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
  };
}

/** Reads leniently: a row from another client that fails a rule is still shown, with what can be read. */
/** The columns a bank list shows of a question. */
export type ListedColumns = Pick<
  QuestionColumns,
  'questionText' | 'questionType' | 'marks' | 'difficulty' | 'tags'
>;

/** What a bank list shows, read as `columnsToStored` reads it, without parsing the rest. */
export function listedColumnsToStored(
  row: ListedColumns,
): Pick<StoredQuestion, 'type' | 'text' | 'marks' | 'difficulty' | 'tags'> {
  const tags = parseJson<unknown>(row.tags, []);
  return {
    type: questionTypeSchema.catch('essay').parse(row.questionType),
    text: row.questionText,
    marks: row.marks ?? 1,
    difficulty: difficultySchema.nullable().catch(null).parse(row.difficulty),
    tags: Array.isArray(tags) ? tags.filter((t): t is string => typeof t === 'string') : [],
  };
}

export function columnsToStored(row: QuestionColumns): StoredQuestion {
  const listed = listedColumnsToStored(row);
  const type = listed.type;
  const rawOptions = parseJson<unknown>(row.options, null);
  const options = Array.isArray(rawOptions)
    ? rawOptions.flatMap((o) => {
        const parsed = optionSchema.safeParse(o);
        return parsed.success ? [parsed.data] : [];
      })
    : null;
  const keyParsed = answerKeySchemas[type].safeParse(parseJson<unknown>(row.correctAnswer, null));
  const key: AnswerKey | null = keyParsed.success ? keyParsed.data : null;
  const settings = questionSettingsSchema.safeParse(parseJson<unknown>(row.settings, {}));
  return {
    type,
    text: listed.text,
    options: type === 'single_choice' || type === 'multiple_response' ? (options ?? []) : null,
    key,
    marks: listed.marks,
    difficulty: listed.difficulty,
    tags: listed.tags,
    settings: settings.success ? settings.data : {},
  };
}
