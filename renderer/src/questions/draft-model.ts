import type { ContentFormat, GapKind } from '@shared/domain/question-parts';
import type { Difficulty, QuestionType } from '@shared/domain/questions';
import { formatNumberInput } from '@shared/i18n/number-input';
import { currentIntl } from '../i18n/intl';

/** An item with a stable id (premise, response, item to order): ids live in keys and in answers. */
export interface ItemDraft {
  id: string;
  text: string;
}

/** A partly right short answer, its credit in percent. */
export interface PartialDraft {
  answer: string;
  credit: string;
}

/** Another number that earns credit, within its own tolerance. */
export interface AlternativeDraft {
  value: string;
  tolerance: string;
  toleranceMode: 'absolute' | 'relative';
  credit: string;
}

/** One gap of a gap-fill passage, every kind's fields at once. */
export interface GapDraft {
  id: string;
  kind: GapKind;
  marks: string;
  /** Choice gap: the options, and the index of the right one. */
  options: string[];
  correct: number;
  /** Text gap. */
  accepted: string;
  caseSensitive: boolean;
  partial: PartialDraft[];
  /** Numeric gap. */
  value: string;
  tolerance: string;
  toleranceMode: 'absolute' | 'relative';
  alternatives: AlternativeDraft[];
  feedback: string;
}

export interface FeedbackDraft {
  general: string;
  correct: string;
  partial: string;
  incorrect: string;
  /** Short answer and numeric: feedback for a given answer. */
  perAnswer: Array<{ answer: string; text: string }>;
  /** True / false: for each answer. */
  perTrue: string;
  perFalse: string;
}

/** The editor's working copy: every type's fields at once, so switching type loses nothing. */
export interface QuestionDraft {
  type: QuestionType;
  format: ContentFormat;
  text: string;
  marks: string;
  difficulty: Difficulty | '';
  tags: string;
  options: string[];
  /** Option indexes keyed correct. */
  correct: number[];
  /** Partial credit on choice options: a weight in percent per option (-100 to 100). */
  useWeights: boolean;
  weights: string[];
  optionFeedback: string[];
  trueFalse: boolean;
  accepted: string;
  caseSensitive: boolean;
  partial: PartialDraft[];
  numericValue: string;
  tolerance: string;
  toleranceMode: 'absolute' | 'relative';
  alternatives: AlternativeDraft[];
  minWords: string;
  maxWords: string;
  premises: ItemDraft[];
  responses: ItemDraft[];
  /** The response each premise is matched to, by premise id. */
  pairs: Record<string, string>;
  /** Ordering: the items in their right order (students see them shuffled). */
  items: ItemDraft[];
  gaps: GapDraft[];
  audioPlayLimit: string;
  feedback: FeedbackDraft;
}

export const emptyFeedback = (): FeedbackDraft => ({
  general: '',
  correct: '',
  partial: '',
  incorrect: '',
  perAnswer: [],
  perTrue: '',
  perFalse: '',
});

export const emptyGap = (id: string, kind: GapKind = 'text'): GapDraft => ({
  id,
  kind,
  marks: '1',
  options: ['', ''],
  correct: 0,
  accepted: '',
  caseSensitive: false,
  partial: [],
  value: '',
  tolerance: '0',
  toleranceMode: 'absolute',
  alternatives: [],
  feedback: '',
});

export const emptyDraft = (type: QuestionType = 'single_choice'): QuestionDraft => ({
  type,
  format: 'plain',
  text: '',
  marks: '1',
  difficulty: '',
  tags: '',
  options: ['', '', '', ''],
  correct: [0],
  useWeights: false,
  weights: ['100', '0', '0', '0'],
  optionFeedback: ['', '', '', ''],
  trueFalse: true,
  accepted: '',
  caseSensitive: false,
  partial: [],
  numericValue: '',
  tolerance: '0',
  toleranceMode: 'absolute',
  alternatives: [],
  minWords: '',
  maxWords: '',
  premises: [
    { id: 'p1', text: '' },
    { id: 'p2', text: '' },
  ],
  responses: [
    { id: 'r1', text: '' },
    { id: 'r2', text: '' },
    { id: 'r3', text: '' },
  ],
  pairs: { p1: 'r1', p2: 'r2' },
  items: [
    { id: 'i1', text: '' },
    { id: 'i2', text: '' },
    { id: 'i3', text: '' },
  ],
  gaps: [],
  audioPlayLimit: '',
  feedback: emptyFeedback(),
});

export const letter = (i: number): string => String.fromCharCode(97 + i);

/** The next id of the form `<prefix><n>` not yet taken. */
export function nextId(prefix: string, taken: readonly { id: string }[]): string {
  const used = new Set(taken.map((t) => t.id));
  let n = taken.length + 1;
  while (used.has(`${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
}

/** A stored number as the author's language writes it in a box (`0,5` in French), never grouped. */
export const numberText = (value: number): string => formatNumberInput(value, currentIntl().locale);

/** A fraction as the percent an author types. */
export const percentOf = (fraction: number): string =>
  numberText(Math.round(fraction * 10_000) / 100);
