import type {
  AnswerKey,
  ClozeGap,
  ContentFormat,
  Difficulty,
  LabelledItem,
  QuestionFeedback,
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
  /** How the rich fields are held; absent means plain text. */
  format?: ContentFormat | undefined;
  /** Shown only in a released review; absent when the author wrote none. */
  feedback?: QuestionFeedback | undefined;
  /** Matching: what is matched, and what it is matched to (distractors included). */
  premises?: LabelledItem[] | undefined;
  responses?: LabelledItem[] | undefined;
  /** Ordering: the items to put in order, in authored order. */
  items?: LabelledItem[] | undefined;
  /** Cloze: the gaps the text places with `{{gap:ID}}`. */
  gaps?: ClozeGap[] | undefined;
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
  /**
   * The sealed test whose key seals the question's content, null for none: the
   * editor uploads the question's media sealed under it, never in clear.
   */
  sealedTestId: string | null;
}

export interface QuestionSummary {
  id: string;
  type: QuestionType;
  /** The stem as plain text (a rich stem without its markup), for lists and pickers. */
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
