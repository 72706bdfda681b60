import type { StoredQuestion } from '../domain/bank';
import type { LabelledItem, QuestionFeedback } from '../domain/question-parts';
import { imagesWithoutAlt, mediaRefsOf } from './media-refs';

/**
 * Every field of a question that holds rich text in its format: the stem,
 * options, premises, responses, items, gap options and feedback texts.
 * Accepted answers and the answers feedback is for are plain, always.
 */
export interface RichField {
  /** Where the field is, as a schema path: `options.1.text`, `feedback.perGap.g2`. */
  path: (string | number)[];
  text: string;
}

type RichQuestion = Pick<
  StoredQuestion,
  'text' | 'options' | 'premises' | 'responses' | 'items' | 'gaps' | 'feedback' | 'format'
>;

const outcomeFields = ['general', 'correct', 'partial', 'incorrect'] as const;

export function richTextFields(q: RichQuestion): RichField[] {
  const fields: RichField[] = [{ path: ['text'], text: q.text }];
  const list = (name: string, items: readonly LabelledItem[] | null | undefined) =>
    (items ?? []).forEach((item, i) => fields.push({ path: [name, i, 'text'], text: item.text }));
  list('options', q.options);
  list('premises', q.premises);
  list('responses', q.responses);
  list('items', q.items);
  (q.gaps ?? []).forEach((gap, g) =>
    (gap.options ?? []).forEach((o, i) =>
      fields.push({ path: ['gaps', g, 'options', i, 'text'], text: o.text }),
    ),
  );
  const fb = q.feedback;
  if (fb) {
    for (const name of outcomeFields) {
      const text = fb[name];
      if (text !== undefined) fields.push({ path: ['feedback', name], text });
    }
    for (const [id, text] of Object.entries(fb.perOption ?? {})) {
      fields.push({ path: ['feedback', 'perOption', id], text });
    }
    (fb.perAnswer ?? []).forEach((e, i) =>
      fields.push({ path: ['feedback', 'perAnswer', i, 'text'], text: e.text }),
    );
    for (const [id, text] of Object.entries(fb.perGap ?? {})) {
      fields.push({ path: ['feedback', 'perGap', id], text });
    }
  }
  return fields;
}

const mapItems = <I extends LabelledItem>(
  items: readonly I[],
  path: string,
  f: (text: string, path: string) => string,
): I[] => items.map((item, i) => ({ ...item, text: f(item.text, `${path}.${i}.text`) }));

function mapRecord(
  record: Readonly<Record<string, string>>,
  path: string,
  f: (text: string, path: string) => string,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(record).map(([id, text]) => [id, f(text, `${path}.${id}`)]),
  );
}

function mapFeedback(
  fb: QuestionFeedback,
  f: (text: string, path: string) => string,
): QuestionFeedback {
  const out: QuestionFeedback = { ...fb };
  for (const name of outcomeFields) {
    const text = fb[name];
    if (text !== undefined) out[name] = f(text, `feedback.${name}`);
  }
  if (fb.perOption) out.perOption = mapRecord(fb.perOption, 'feedback.perOption', f);
  if (fb.perAnswer) {
    out.perAnswer = fb.perAnswer.map((e, i) => ({
      ...e,
      text: f(e.text, `feedback.perAnswer.${i}.text`),
    }));
  }
  if (fb.perGap) out.perGap = mapRecord(fb.perGap, 'feedback.perGap', f);
  return out;
}

/**
 * A copy of the question with every rich field passed through `f` (given the
 * text and its path, `options.1.text`), for the sanitiser on every write.
 * Other fields are kept as they are.
 */
export function mapRichTextFields<Q extends RichQuestion>(
  q: Q,
  f: (text: string, path: string) => string,
): Q {
  const out: Q = { ...q, text: f(q.text, 'text') };
  if (q.options) out.options = mapItems(q.options, 'options', f);
  if (q.premises) out.premises = mapItems(q.premises, 'premises', f);
  if (q.responses) out.responses = mapItems(q.responses, 'responses', f);
  if (q.items) out.items = mapItems(q.items, 'items', f);
  if (q.gaps) {
    out.gaps = q.gaps.map((gap, g) =>
      gap.options ? { ...gap, options: mapItems(gap.options, `gaps.${g}.options`, f) } : { ...gap },
    );
  }
  if (q.feedback) out.feedback = mapFeedback(q.feedback, f);
  return out;
}

/** The media a question refers to, in any rich field; none for plain text, which is never read as HTML. */
export function questionMediaRefs(q: RichQuestion): string[] {
  if (q.format !== 'html') return [];
  return [...new Set(richTextFields(q).flatMap((field) => mediaRefsOf(field.text)))];
}

/** The rich fields holding an image without alt text, by path: publishing refuses them. */
export function fieldsWithImagesWithoutAlt(q: RichQuestion): string[] {
  if (q.format !== 'html') return [];
  return richTextFields(q)
    .filter((field) => imagesWithoutAlt(field.text) > 0)
    .map((field) => field.path.join('.'));
}
