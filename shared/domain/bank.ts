import type {
  AnswerKey,
  Difficulty,
  QuestionOption,
  QuestionSettings,
  QuestionType,
} from './questions';

/**
 * A question as stored. Unlike `QuestionContent` the key may be missing: rows
 * can arrive by sync from older clients or imports, and must still be shown.
 */
export interface StoredQuestion {
  type: QuestionType;
  text: string;
  options: QuestionOption[] | null;
  key: AnswerKey | null;
  marks: number;
  difficulty: Difficulty | null;
  tags: string[];
  settings: QuestionSettings;
}

/** A question in the bank, as staff see it (with its key). */
export interface QuestionRecord extends StoredQuestion {
  id: string;
  versionId: string | null;
  version: number;
  deletedAt: string | null;
  conflict: boolean;
  createdAt: string | null;
  updatedAt: string | null;
  createdBy: string | null;
}

export interface QuestionSummary {
  id: string;
  type: QuestionType;
  text: string;
  marks: number;
  difficulty: Difficulty | null;
  tags: string[];
  version: number;
  deletedAt: string | null;
  conflict: boolean;
  updatedAt: string | null;
}

export interface QuestionVersionRecord extends StoredQuestion {
  id: string;
  questionId: string;
  version: number;
  parentVersionId: string | null;
  createdAt: string;
  createdBy: string | null;
  deviceId: string | null;
}
