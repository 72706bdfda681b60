import type { QuestionFeedback } from '@shared/domain/question-parts';
import {
  hasOptions,
  questionContentSchema,
  type QuestionContentInput,
} from '@shared/domain/questions';
import { parseLocaleNumber } from '@shared/i18n/number-input';
import { fieldMessage, plainIssueMessage } from '@shared/validation/messages';
import { issueRef } from '@shared/api/validation-error';
import { shownError } from '../errors/error-text';
import { currentIntl } from '../i18n/intl';
import { escapeHtml } from './draft-format';
import {
  letter,
  type AlternativeDraft,
  type GapDraft,
  type PartialDraft,
  type QuestionDraft,
} from './draft-model';

/** A number as the author typed it, in their language (`2,5` in French); NaN when it is not one. */
const num = (s: string): number => {
  const entry = parseLocaleNumber(s, currentIntl().locale);
  return entry.kind === 'number' ? entry.value : Number.NaN;
};
const fraction = (percent: string): number => num(percent) / 100;
const lines = (s: string): string[] =>
  s
    .split('\n')
    .map((a) => a.trim())
    .filter((a) => a !== '');
const blank = (s: string) => s.trim() === '';

const partialOf = (rows: readonly PartialDraft[]) => {
  const kept = rows.filter((r) => !blank(r.answer) || !blank(r.credit));
  return kept.length > 0
    ? { partial: kept.map((r) => ({ answer: r.answer, credit: fraction(r.credit) })) }
    : {};
};

const alternativesOf = (rows: readonly AlternativeDraft[]) => {
  const kept = rows.filter((r) => !blank(r.value) || !blank(r.credit));
  return kept.length > 0
    ? {
        alternatives: kept.map((r) => ({
          value: num(r.value),
          tolerance: num(r.tolerance),
          toleranceMode: r.toleranceMode,
          credit: fraction(r.credit),
        })),
      }
    : {};
};

/** The feedback the author wrote, with blank texts left out; undefined when there is none. */
function feedbackOf(d: QuestionDraft, optionIds: readonly (string | null)[]) {
  const f = d.feedback;
  const out: QuestionFeedback = {};
  if (!blank(f.general)) out.general = f.general;
  if (d.type !== 'essay' && d.type !== 'description') {
    if (!blank(f.correct)) out.correct = f.correct;
    if (!blank(f.partial)) out.partial = f.partial;
    if (!blank(f.incorrect)) out.incorrect = f.incorrect;
  }
  const perOption: Record<string, string> = {};
  if (hasOptions(d.type)) {
    d.optionFeedback.forEach((text, i) => {
      const id = optionIds[i];
      if (id && !blank(text)) perOption[id] = text;
    });
  }
  if (d.type === 'true_false') {
    if (!blank(f.perTrue)) perOption.true = f.perTrue;
    if (!blank(f.perFalse)) perOption.false = f.perFalse;
  }
  if (Object.keys(perOption).length > 0) out.perOption = perOption;
  if (d.type === 'short_answer' || d.type === 'numeric') {
    const rows = f.perAnswer.filter((r) => !blank(r.answer) || !blank(r.text));
    if (rows.length > 0) out.perAnswer = rows;
  }
  if (d.type === 'cloze') {
    const perGap = Object.fromEntries(
      d.gaps.filter((g) => !blank(g.feedback)).map((g) => [g.id, g.feedback]),
    );
    if (Object.keys(perGap).length > 0) out.perGap = perGap;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function gapKey(g: GapDraft) {
  if (g.kind === 'choice') {
    const kept = g.options.map((text, i) => ({ text, i })).filter((o) => !blank(o.text));
    const n = kept.findIndex((o) => o.i === g.correct);
    return { optionId: n < 0 ? '' : letter(n) };
  }
  if (g.kind === 'text') {
    return { accepted: lines(g.accepted), caseSensitive: g.caseSensitive, ...partialOf(g.partial) };
  }
  return {
    value: num(g.value),
    tolerance: num(g.tolerance),
    toleranceMode: g.toleranceMode,
    ...alternativesOf(g.alternatives),
  };
}

/** A gap's options are typed as plain words; in a rich question they are stored as HTML that shows them so. */
function gapOf(g: GapDraft, format: QuestionDraft['format']) {
  const options =
    g.kind === 'choice'
      ? {
          options: g.options
            .filter((t) => !blank(t))
            .map((text, n) => ({
              id: letter(n),
              text: format === 'html' ? escapeHtml(text) : text,
            })),
        }
      : {};
  return { id: g.id, kind: g.kind, marks: num(g.marks), ...options };
}

type CommonContent = Pick<
  QuestionContentInput,
  'text' | 'marks' | 'difficulty' | 'tags' | 'settings' | 'format'
>;

function settingsOf(d: QuestionDraft) {
  return {
    ...(d.type === 'essay' && !blank(d.minWords) && { minWords: num(d.minWords) }),
    ...(d.type === 'essay' && !blank(d.maxWords) && { maxWords: num(d.maxWords) }),
    ...(d.format === 'html' &&
      !blank(d.audioPlayLimit) && { audioPlayLimit: num(d.audioPlayLimit) }),
  };
}

function choiceContent(d: QuestionDraft, common: CommonContent): QuestionContentInput {
  const kept = d.options.map((text, i) => ({ text, i })).filter((o) => !blank(o.text));
  const options = kept.map((o, n) => ({ id: letter(n), text: o.text }));
  const idAt = d.options.map((_, i) => {
    const n = kept.findIndex((o) => o.i === i);
    return n < 0 ? null : letter(n);
  });
  const weights = d.useWeights
    ? Object.fromEntries(kept.map((o, n) => [letter(n), fraction(d.weights[o.i] ?? '0')]))
    : undefined;
  // With weights the key follows them: the full-marks option, or every option worth something.
  const keyed = kept.flatMap((o, n) =>
    (weights ? (weights[letter(n)] ?? 0) > 0 : d.correct.includes(o.i)) ? [letter(n)] : [],
  );
  const feedback = feedbackOf(d, idAt);
  const rest = { ...common, options, ...(feedback && { feedback }) };
  if (d.type === 'single_choice') {
    const full = weights ? Object.keys(weights).find((id) => weights[id] === 1) : keyed[0];
    return {
      ...rest,
      type: 'single_choice',
      key: { optionId: full ?? keyed[0] ?? '', ...(weights && { weights }) },
    };
  }
  return {
    ...rest,
    type: 'multiple_response',
    key: { optionIds: keyed, ...(weights && { weights }) },
  };
}

/**
 * The content the API checks. Empty option rows are dropped; option ids are
 * letters by position, so every export format keeps them. A plain question
 * says no format and a question without feedback no feedback, so content
 * written before either existed saves back exactly as it was.
 */
export function contentFromDraft(d: QuestionDraft): QuestionContentInput {
  const settings = settingsOf(d);
  const gapMarks = d.gaps.reduce((s, g) => s + num(g.marks), 0);
  const common: CommonContent = {
    text: d.text,
    marks: d.type === 'description' ? 0 : d.type === 'cloze' ? gapMarks : num(d.marks),
    difficulty: d.difficulty === '' ? null : d.difficulty,
    tags: d.tags
      .split(',')
      .map((t) => t.trim())
      .filter((t) => t !== ''),
    ...(Object.keys(settings).length > 0 && { settings }),
    ...(d.format === 'html' && { format: 'html' as const }),
  };
  if (hasOptions(d.type)) return choiceContent(d, common);
  const feedback = feedbackOf(d, []);
  const base = { ...common, options: null, ...(feedback && { feedback }) };
  switch (d.type) {
    case 'true_false':
      return { ...base, type: 'true_false', key: { value: d.trueFalse } };
    case 'short_answer':
      return {
        ...base,
        type: 'short_answer',
        key: {
          accepted: lines(d.accepted),
          caseSensitive: d.caseSensitive,
          ...partialOf(d.partial),
        },
      };
    case 'numeric':
      return {
        ...base,
        type: 'numeric',
        key: {
          value: num(d.numericValue),
          tolerance: num(d.tolerance),
          toleranceMode: d.toleranceMode,
          ...alternativesOf(d.alternatives),
        },
      };
    case 'matching':
      return {
        ...base,
        type: 'matching',
        premises: d.premises,
        responses: d.responses,
        key: {
          pairs: Object.fromEntries(d.premises.map((p) => [p.id, d.pairs[p.id] ?? ''])),
        },
      };
    case 'ordering':
      return {
        ...base,
        type: 'ordering',
        items: d.items,
        key: { order: d.items.map((i) => i.id) },
      };
    case 'cloze':
      return {
        ...base,
        type: 'cloze',
        gaps: d.gaps.map((g) => gapOf(g, d.format)),
        key: { gaps: Object.fromEntries(d.gaps.map((g) => [g.id, gapKey(g)])) },
      };
    case 'description':
      return { ...common, options: null, type: 'description', key: null };
    default:
      return { ...base, type: 'essay', key: null };
  }
}

/**
 * Field path (as the API names it) -> message, for every rule the draft breaks:
 * the same schema main checks, in the same words (in the active language).
 */
export function draftProblems(draft: QuestionDraft): Map<string, string> {
  const parsed = questionContentSchema.safeParse(contentFromDraft(draft), {
    error: plainIssueMessage,
  });
  const out = new Map<string, string>();
  if (parsed.success) return out;
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String).join('.');
    if (out.has(path)) continue;
    const ref = issueRef(issue, issue.message);
    out.set(
      path,
      shownError({
        message: fieldMessage(path, issue.message),
        field: path,
        ...(ref === null ? {} : { messageId: ref.id }),
        ...(ref?.params === undefined ? {} : { params: ref.params }),
      }),
    );
  }
  return out;
}
