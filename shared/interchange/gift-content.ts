import type { GIFTQuestion, TextChoice, TextFormat } from 'gift-pegjs';
import MarkdownIt from 'markdown-it';
import type { QuestionContentInput, QuestionFeedback } from '../domain/questions';
import type { ItemMetadata } from './metadata';
import { plainAsHtml, type MediaCollector } from './rich-import';
import { optionIdAt } from './types';

/**
 * One GIFT question (as gift-pegjs reads it) to question content, keeping
 * what Moodle keeps: answer weights as weights, the answer marked `=` as the
 * key, feedback, matching pairs, and [html] / [markdown] text as rich text.
 */
const markdown = new MarkdownIt({ html: true, linkify: false });

type Question = Exclude<GIFTQuestion, { type: 'Category' }>;

/** How the fields of one question are written: all plain, or all HTML when any of them is rich. */
class Texts {
  readonly html: boolean;

  constructor(
    q: Question,
    private readonly media: MediaCollector,
    private readonly warnings: string[],
  ) {
    this.html = formatsOf(q).some((f) => f === 'html' || f === 'markdown');
  }

  /** A field's text; `block` for the question text, whose markdown may make paragraphs. */
  of(t: TextFormat, block = false): string {
    if (!this.html) return t.text.trim();
    const html =
      t.format === 'html'
        ? t.text.trim()
        : t.format === 'markdown'
          ? (block ? markdown.render(t.text) : markdown.renderInline(t.text)).trim()
          : plainAsHtml(t.text.trim());
    return this.media.embed(html, this.warnings);
  }

  feedback(t: TextFormat | null): string | undefined {
    if (!t) return undefined;
    const text = this.of(t);
    return text === '' ? undefined : text;
  }
}

function formatsOf(q: Question): string[] {
  const out = [q.stem.format];
  if (q.type !== 'Description' && q.globalFeedback) out.push(q.globalFeedback.format);
  if (q.type === 'MC' || q.type === 'Short') {
    for (const c of q.choices) out.push(c.text.format, ...(c.feedback ? [c.feedback.format] : []));
  }
  if (q.type === 'TF') {
    for (const f of [q.trueFeedback, q.falseFeedback]) if (f) out.push(f.format);
  }
  if (q.type === 'Matching') for (const p of q.matchPairs) out.push(p.subquestion.format);
  return out;
}

/** Answers to type are plain whatever their format: markup is taken out. */
function plainAnswer(t: TextFormat): string {
  if (t.format !== 'html' && t.format !== 'markdown') return t.text.trim();
  return t.text
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .trim();
}

/**
 * The question text around an answer block in the middle (GIFT's missing-word
 * form), which gift-pegjs joins with "_____". Only words after the block make
 * a blank; closing punctuation stays where the block was, and other leftovers
 * (Moodle's own fixture ends a question with `}";`) are dropped with a warning.
 */
function stemText(text: string, embedded: boolean, warnings: string[], gapMarker: string | null) {
  const at = embedded ? text.lastIndexOf('_____') : -1;
  if (at < 0) return text;
  const before = text.slice(0, at).trimEnd();
  const after = text.slice(at + 5).trim();
  if (gapMarker !== null) return `${text.slice(0, at)}${gapMarker}${text.slice(at + 5)}`;
  if (/[\p{L}\p{N}]/u.test(after)) {
    warnings.push('the missing-word blank is shown as _____');
    return text;
  }
  if (after === '') return before;
  if (/^[.?!:…]+$/u.test(after) && !/[.?!:…]$/u.test(before)) return `${before}${after}`;
  warnings.push(`the text "${after}" after the answer block holds no words and was left out`);
  return before;
}

const weightOf = (c: { isCorrect: boolean; weight: number | null }): number =>
  c.weight !== null ? c.weight / 100 : c.isCorrect ? 1 : 0;

const near = (a: number, b: number) => Math.abs(a - b) <= 1e-4;

/** Feedback with its blank parts left out, or nothing when all of it is blank. */
function feedbackOf(fb: QuestionFeedback): QuestionFeedback | undefined {
  const out: QuestionFeedback = {};
  if (fb.general) out.general = fb.general;
  if (fb.incorrect) out.incorrect = fb.incorrect;
  if (fb.perOption && Object.keys(fb.perOption).length > 0) out.perOption = fb.perOption;
  if (fb.perAnswer && fb.perAnswer.length > 0) out.perAnswer = fb.perAnswer;
  return Object.keys(out).length > 0 ? out : undefined;
}

function choiceContent(
  q: Extract<Question, { type: 'MC' }>,
  common: { text: string; marks: number },
  texts: Texts,
  warnings: string[],
):
  | {
      choice: Extract<QuestionContentInput, { type: 'single_choice' | 'multiple_response' }>;
      perOption: Record<string, string>;
    }
  | string {
  const options = q.choices.map((c, i) => ({ id: optionIdAt(i), text: texts.of(c.text) }));
  const weights = q.choices.map(weightOf);
  const perOption: Record<string, string> = {};
  q.choices.forEach((c, i) => {
    const fb = texts.feedback(c.feedback);
    if (fb !== undefined) perOption[optionIdAt(i)] = fb;
  });
  if (weights.some((w) => w < 0)) {
    warnings.push(
      'negative option weights are kept as weights: a wrong choice takes marks away only when the test uses negative marking, as Moodle never scores below 0',
    );
  }
  const weightRecord = (): Record<string, number> =>
    Object.fromEntries(
      weights.flatMap((w, i) => (w === 0 ? [] : [[optionIdAt(i), w] as [string, number]])),
    );
  // Moodle: any `=` answer makes a single-answer question, whose `=` answers earn full marks.
  if (q.choices.some((c) => c.isCorrect && c.weight === null)) {
    const full = weights.findIndex((w) => w === 1);
    if (full < 0) return 'no option is marked correct (=)';
    const plain = weights.every((w, i) => i === full || w === 0);
    return {
      choice: {
        ...common,
        type: 'single_choice',
        options,
        key: plain
          ? { optionId: optionIdAt(full) }
          : { optionId: optionIdAt(full), weights: weightRecord() },
      },
      perOption,
    };
  }
  const right = weights.flatMap((w, i) => (w > 0 ? [i] : []));
  if (right.length === 0) return 'no option is marked correct (=)';
  const sum = right.reduce((s, i) => s + (weights[i] ?? 0), 0);
  if (sum < 1 - 1e-4) {
    return `the positive weights add up to ${Math.round(sum * 1000) / 10}%, so no answer earns full marks; give the right options weights that add up to 100%`;
  }
  const wrong = weights.length - right.length;
  // Weights that are exactly "each right option 1/C, each wrong one -1/W" score as the bank's own rule.
  const standard = weights.every((w, i) =>
    right.includes(i) ? near(w, 1 / right.length) : wrong > 0 && near(w, -1 / wrong),
  );
  return {
    choice: {
      ...common,
      type: 'multiple_response',
      options,
      key: standard
        ? { optionIds: right.map(optionIdAt) }
        : { optionIds: right.map(optionIdAt), weights: weightRecord() },
    },
    perOption,
  };
}

function shortContent(
  q: Extract<Question, { type: 'Short' }>,
  texts: Texts,
  caseSensitive: boolean,
) {
  const accepted: string[] = [];
  const partial: Array<{ answer: string; credit: number }> = [];
  const perAnswer: Array<{ answer: string; text: string }> = [];
  q.choices.forEach((c: TextChoice) => {
    const answer = plainAnswer(c.text);
    const w = weightOf(c);
    if (w === 1) accepted.push(answer);
    else if (w > 0 && w < 1) partial.push({ answer, credit: w });
    const fb = texts.feedback(c.feedback);
    if (fb !== undefined && answer !== '') perAnswer.push({ answer, text: fb });
  });
  return {
    key: { accepted, caseSensitive, ...(partial.length > 0 && { partial }) },
    perAnswer,
  };
}

function numericContent(
  q: Extract<Question, { type: 'Numerical' }>,
  texts: Texts,
  meta: ItemMetadata,
  warnings: string[],
) {
  const choices = Array.isArray(q.choices)
    ? q.choices
    : [{ isCorrect: true, weight: null, text: q.choices, feedback: null }];
  const read = choices.map((c) => {
    const n = c.text;
    if (n.type === 'high-low') {
      const hi = n.numberHigh ?? Number.NaN;
      const lo = n.numberLow ?? Number.NaN;
      return { c, value: (hi + lo) / 2, tolerance: Math.abs(hi - lo) / 2 };
    }
    return { c, value: n.number ?? Number.NaN, tolerance: n.type === 'range' ? (n.range ?? 0) : 0 };
  });
  const full = read.filter((r) => weightOf(r.c) === 1);
  const first = full[0];
  if (!first) return 'no fully correct numeric answer is given';
  const mode = meta.toleranceMode ?? 'absolute';
  const alternatives = read
    .filter((r) => r !== first && weightOf(r.c) > 0)
    .map((r) => ({
      value: r.value,
      tolerance: r.tolerance,
      toleranceMode: mode,
      credit: weightOf(r.c),
    }));
  const perAnswer = read.flatMap((r) => {
    const fb = texts.feedback(r.c.feedback);
    return fb === undefined ? [] : [{ answer: String(r.value), text: fb }];
  });
  const zero = read.filter((r) => weightOf(r.c) <= 0 && r.c.feedback === null).length;
  if (zero > 0) warnings.push(`${zero} numeric answer(s) worth no marks were left out`);
  return {
    key: {
      value: first.value,
      tolerance: first.tolerance,
      toleranceMode: mode,
      ...(alternatives.length > 0 && { alternatives }),
    },
    perAnswer,
  };
}

function matchingContent(q: Extract<Question, { type: 'Matching' }>, texts: Texts) {
  const premises: Array<{ id: string; text: string }> = [];
  const responses: Array<{ id: string; text: string }> = [];
  const pairs: Record<string, string> = {};
  const responseId = (text: string) => {
    const found = responses.find((r) => r.text === text);
    if (found) return found.id;
    const id = `r${responses.length + 1}`;
    responses.push({ id, text });
    return id;
  };
  for (const pair of q.matchPairs) {
    const answer = texts.html ? plainAsHtml(pair.subanswer.trim()) : pair.subanswer.trim();
    const rid = responseId(answer);
    const premise = texts.of(pair.subquestion);
    // Moodle's `= -> answer` with no premise is a distractor: a response no premise takes.
    if (premise === '') continue;
    const pid = `p${premises.length + 1}`;
    premises.push({ id: pid, text: premise });
    pairs[pid] = rid;
  }
  return { premises, responses, key: { pairs } };
}

export function giftContent(
  q: Question,
  meta: ItemMetadata,
  tags: string[],
  media: MediaCollector,
  warnings: string[],
): QuestionContentInput | string {
  const texts = new Texts(q, media, warnings);
  const format = texts.html ? { format: 'html' as const } : {};
  const stem = texts.of(q.stem, true);
  const base = {
    marks: meta.marks ?? 1,
    difficulty: meta.difficulty ?? null,
    tags,
    ...format,
  };
  if (q.type === 'Description') {
    return { ...base, marks: 0, type: 'description', text: stem, options: null, key: null };
  }
  const gap = meta.gap ?? null;
  const text = stemText(
    stem,
    q.hasEmbeddedAnswers,
    warnings,
    gap !== null ? `{{gap:${gap.id}}}` : null,
  );
  const general = texts.feedback(q.globalFeedback);
  const withFeedback = (fb: QuestionFeedback) => {
    const kept = feedbackOf({ ...(general !== undefined && { general }), ...fb });
    return kept ? { feedback: kept } : {};
  };
  switch (q.type) {
    case 'TF': {
      // Moodle reads `{TRUE#first#second}` as: first for the wrong choice, second for the right one.
      const wrong = texts.feedback(q.trueFeedback);
      const right = texts.feedback(q.falseFeedback);
      const perOption: Record<string, string> = {};
      const [wrongId, rightId] = q.isTrue ? ['false', 'true'] : ['true', 'false'];
      if (wrong !== undefined) perOption[wrongId] = wrong;
      if (right !== undefined) perOption[rightId] = right;
      return {
        ...base,
        ...withFeedback({ perOption }),
        text,
        type: 'true_false',
        options: null,
        key: { value: q.isTrue },
      };
    }
    case 'Essay':
      return {
        ...base,
        ...withFeedback({}),
        text,
        type: 'essay',
        options: null,
        key: null,
        settings: {
          ...(meta.minWords !== undefined && { minWords: meta.minWords }),
          ...(meta.maxWords !== undefined && { maxWords: meta.maxWords }),
        },
      };
    case 'MC': {
      const read = choiceContent(q, { text, marks: base.marks }, texts, warnings);
      if (typeof read === 'string') return read;
      const { choice, perOption } = read;
      if (gap !== null && choice.type === 'single_choice' && choice.options) {
        return {
          ...base,
          ...withFeedback({}),
          marks: gap.marks,
          text,
          type: 'cloze',
          options: null,
          gaps: [{ id: gap.id, kind: 'choice', options: choice.options, marks: gap.marks }],
          key: { gaps: { [gap.id]: { optionId: choice.key.optionId } } },
        };
      }
      return { ...base, ...withFeedback({ perOption }), ...choice };
    }
    case 'Short': {
      const { key, perAnswer } = shortContent(q, texts, meta.caseSensitive ?? false);
      if (gap !== null) {
        return {
          ...base,
          ...withFeedback({}),
          marks: gap.marks,
          text,
          type: 'cloze',
          options: null,
          gaps: [{ id: gap.id, kind: 'text', marks: gap.marks }],
          key: { gaps: { [gap.id]: key } },
        };
      }
      return {
        ...base,
        ...withFeedback({ perAnswer }),
        text,
        type: 'short_answer',
        options: null,
        key,
      };
    }
    case 'Numerical': {
      const read = numericContent(q, texts, meta, warnings);
      if (typeof read === 'string') return read;
      if (gap !== null) {
        return {
          ...base,
          ...withFeedback({}),
          marks: gap.marks,
          text,
          type: 'cloze',
          options: null,
          gaps: [{ id: gap.id, kind: 'numeric', marks: gap.marks }],
          key: { gaps: { [gap.id]: read.key } },
        };
      }
      return {
        ...base,
        ...withFeedback({ perAnswer: read.perAnswer }),
        text,
        type: 'numeric',
        options: null,
        key: read.key,
      };
    }
    case 'Matching':
      return {
        ...base,
        ...withFeedback({}),
        text,
        type: 'matching',
        options: null,
        ...matchingContent(q, texts),
      };
  }
}
