import type { QuestionRecord } from '@shared/domain/bank';
import { fieldMessage, plainIssueMessage } from '@shared/validation/messages';
import {
  hasOptions,
  questionContentSchema,
  type Difficulty,
  type QuestionContentInput,
  type QuestionType,
} from '@shared/domain/questions';

/** The editor's working copy: every type's fields at once, so switching type loses nothing. */
export interface QuestionDraft {
  type: QuestionType;
  text: string;
  marks: string;
  difficulty: Difficulty | '';
  tags: string;
  options: string[];
  /** Option indexes keyed correct. */
  correct: number[];
  trueFalse: boolean;
  accepted: string;
  caseSensitive: boolean;
  numericValue: string;
  tolerance: string;
  toleranceMode: 'absolute' | 'relative';
  minWords: string;
  maxWords: string;
}

export const emptyDraft = (type: QuestionType = 'single_choice'): QuestionDraft => ({
  type,
  text: '',
  marks: '1',
  difficulty: '',
  tags: '',
  options: ['', '', '', ''],
  correct: [0],
  trueFalse: true,
  accepted: '',
  caseSensitive: false,
  numericValue: '',
  tolerance: '0',
  toleranceMode: 'absolute',
  minWords: '',
  maxWords: '',
});

export const letter = (i: number): string => String.fromCharCode(97 + i);

export function draftFromRecord(q: QuestionRecord): QuestionDraft {
  const draft = emptyDraft(q.type);
  draft.text = q.text;
  draft.marks = String(q.marks);
  draft.difficulty = q.difficulty ?? '';
  draft.tags = q.tags.join(', ');
  if (q.options) draft.options = q.options.map((o) => o.text);
  const ids = (q.options ?? []).map((o) => o.id);
  const key = q.key;
  if (key && 'optionId' in key) draft.correct = [ids.indexOf(key.optionId)];
  if (key && 'optionIds' in key) draft.correct = key.optionIds.map((id) => ids.indexOf(id));
  if (key && 'value' in key && typeof key.value === 'boolean') draft.trueFalse = key.value;
  if (key && 'accepted' in key) {
    draft.accepted = key.accepted.join('\n');
    draft.caseSensitive = key.caseSensitive;
  }
  if (key && 'tolerance' in key) {
    draft.numericValue = String(key.value);
    draft.tolerance = String(key.tolerance);
    draft.toleranceMode = key.toleranceMode;
  }
  draft.minWords = q.settings.minWords?.toString() ?? '';
  draft.maxWords = q.settings.maxWords?.toString() ?? '';
  return draft;
}

const num = (s: string): number => (s.trim() === '' ? Number.NaN : Number(s));

/**
 * The content the API checks. Empty option rows are dropped; option ids are
 * letters by position, so every export format keeps them.
 */
export function contentFromDraft(d: QuestionDraft): QuestionContentInput {
  const common = {
    text: d.text,
    marks: num(d.marks),
    difficulty: d.difficulty === '' ? null : d.difficulty,
    tags: d.tags
      .split(',')
      .map((t) => t.trim())
      .filter((t) => t !== ''),
  };
  if (hasOptions(d.type)) {
    const kept = d.options.map((text, i) => ({ text, i })).filter((o) => o.text.trim() !== '');
    const options = kept.map((o, n) => ({ id: letter(n), text: o.text }));
    const keyed = kept.flatMap((o, n) => (d.correct.includes(o.i) ? [letter(n)] : []));
    return d.type === 'single_choice'
      ? { ...common, type: 'single_choice', options, key: { optionId: keyed[0] ?? '' } }
      : { ...common, type: 'multiple_response', options, key: { optionIds: keyed } };
  }
  switch (d.type) {
    case 'true_false':
      return { ...common, type: 'true_false', options: null, key: { value: d.trueFalse } };
    case 'short_answer':
      return {
        ...common,
        type: 'short_answer',
        options: null,
        key: {
          accepted: d.accepted
            .split('\n')
            .map((a) => a.trim())
            .filter((a) => a !== ''),
          caseSensitive: d.caseSensitive,
        },
      };
    case 'numeric':
      return {
        ...common,
        type: 'numeric',
        options: null,
        key: {
          value: num(d.numericValue),
          tolerance: num(d.tolerance),
          toleranceMode: d.toleranceMode,
        },
      };
    default:
      return {
        ...common,
        type: 'essay',
        options: null,
        key: null,
        settings: {
          ...(d.minWords.trim() !== '' && { minWords: num(d.minWords) }),
          ...(d.maxWords.trim() !== '' && { maxWords: num(d.maxWords) }),
        },
      };
  }
}

/**
 * Field path (as the API names it) -> message, for every rule the draft breaks:
 * the same schema main checks, in the same words.
 */
export function draftProblems(draft: QuestionDraft): Map<string, string> {
  const parsed = questionContentSchema.safeParse(contentFromDraft(draft), {
    error: plainIssueMessage,
  });
  const out = new Map<string, string>();
  if (parsed.success) return out;
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String).join('.');
    if (!out.has(path)) out.set(path, fieldMessage(path, issue.message));
  }
  return out;
}
