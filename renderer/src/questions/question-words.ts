import type { Difficulty, QuestionType } from '@shared/domain/questions';
import type { TestStatus } from '@shared/domain/tests';
import type { InterchangeFormat } from '@shared/interchange/types';
import { translatedLabels } from '../i18n/translated-labels';
import { messages } from './messages';

/** The bank's tables of words, read in the active language at each use. */
export const questionTypeWords: Readonly<Record<QuestionType, string>> = translatedLabels({
  single_choice: messages.typeSingleChoice,
  multiple_response: messages.typeMultipleResponse,
  true_false: messages.typeTrueFalse,
  short_answer: messages.typeShortAnswer,
  numeric: messages.typeNumeric,
  essay: messages.typeEssay,
  matching: messages.typeMatching,
  ordering: messages.typeOrdering,
  cloze: messages.typeCloze,
  description: messages.typeDescription,
});

export const difficultyWords: Readonly<Record<Difficulty, string>> = translatedLabels({
  easy: messages.difficultyEasy,
  medium: messages.difficultyMedium,
  hard: messages.difficultyHard,
});

export const formatWords: Readonly<Record<InterchangeFormat, string>> = translatedLabels({
  gift: messages.formatGift,
  'moodle-xml': messages.formatMoodleXml,
  aiken: messages.formatAiken,
  csv: messages.formatCsv,
  qti: messages.formatQti,
});

/** A test's state as it reads inside a sentence (lower case in English). */
export const testStateWords: Readonly<Record<TestStatus, string>> = translatedLabels({
  draft: messages.testDraft,
  published: messages.testPublished,
  closed: messages.testClosed,
  archived: messages.testArchived,
});
