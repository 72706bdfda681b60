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
export function columnsToStored(row: QuestionColumns): StoredQuestion {
  const type = questionTypeSchema.catch('essay').parse(row.questionType);
  const rawOptions = parseJson<unknown>(row.options, null);
  const options = Array.isArray(rawOptions)
    ? rawOptions.flatMap((o) => {
        const parsed = optionSchema.safeParse(o);
        return parsed.success ? [parsed.data] : [];
      })
    : null;
  const keyParsed = answerKeySchemas[type].safeParse(parseJson<unknown>(row.correctAnswer, null));
  const key: AnswerKey | null = keyParsed.success ? keyParsed.data : null;
  const tags = parseJson<unknown>(row.tags, []);
  const settings = questionSettingsSchema.safeParse(parseJson<unknown>(row.settings, {}));
  return {
    type,
    text: row.questionText,
    options: type === 'single_choice' || type === 'multiple_response' ? (options ?? []) : null,
    key,
    marks: row.marks ?? 1,
    difficulty: difficultySchema.nullable().catch(null).parse(row.difficulty),
    tags: Array.isArray(tags) ? tags.filter((t): t is string => typeof t === 'string') : [],
    settings: settings.success ? settings.data : {},
  };
}
