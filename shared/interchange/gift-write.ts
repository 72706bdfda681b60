import { parseClozeText } from '../content/cloze';
import {
  isChoiceGapKey,
  isNumericGapKey,
  questionTypeLabels,
  type QuestionContent,
  type QuestionContentOf,
} from '../domain/questions';
import { writeMetadata, type ItemMetadata } from './metadata';
import {
  exportWarning,
  type ExportLostPart,
  type ExportQuestion,
  type ExportSkip,
  type ExportWarning,
} from './types';

/** GIFT's special characters, escaped with a backslash; line breaks as \n. */
export function escapeGift(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/[~=#{}:]/g, (c) => `\\${c}`)
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** A rich field as GIFT writes it: `[html]` before HTML, so Moodle and this reader keep it as HTML. */
const field = (q: QuestionContent, text: string) =>
  `${q.format === 'html' ? '[html]' : ''}${escapeGift(text)}`;

const feedbackPart = (q: QuestionContent, text: string | undefined) =>
  text === undefined || text.trim() === '' ? '' : `#${field(q, text)}`;

function weight(w: number): string {
  const percent = w * 100;
  return Number.isInteger(percent) ? String(percent) : percent.toFixed(5).replace(/0+$/, '');
}

/** Plain text of an HTML fragment, for the parts GIFT holds only as plain (a matching answer). */
function textOfHtml(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

interface Written {
  /** The answer block's content, or null for a description (no block at all). */
  block: string | null;
  meta?: Partial<ItemMetadata>;
  /** Parts of the question GIFT has no place for, said in words. */
  lost: ExportLostPart[];
}

function choiceBlock(q: QuestionContentOf<'single_choice' | 'multiple_response'>): string[] {
  const options = q.options ?? [];
  const perOption = q.feedback?.perOption ?? {};
  const weights = q.key.weights;
  let prefix: (id: string) => string;
  if (q.type === 'single_choice') {
    prefix = (id) => {
      const w = weights?.[id] ?? (id === q.key.optionId ? 1 : 0);
      if (id === q.key.optionId || w === 1) return '=';
      return w === 0 ? '~' : `~%${weight(w)}%`;
    };
  } else {
    const right = new Set(q.key.optionIds);
    const wrong = options.length - right.size;
    // Without weights, the bank's rule is each right option 1/C and each wrong one -1/W: Moodle's fractions say the same.
    prefix = (id) => {
      const w =
        weights !== undefined
          ? (weights[id] ?? 0)
          : right.has(id)
            ? 1 / right.size
            : wrong > 0
              ? -1 / wrong
              : 0;
      return `~%${weight(w)}%`;
    };
  }
  return options.map(
    (o) => `${prefix(o.id)}${field(q, o.text)}${feedbackPart(q, perOption[o.id])}`,
  );
}

function textAnswers(
  q: QuestionContent,
  key: { accepted: string[]; partial?: Array<{ answer: string; credit: number }> | undefined },
  perAnswer: Array<{ answer: string; text: string }>,
): string[] {
  const fb = (answer: string) => feedbackPart(q, perAnswer.find((p) => p.answer === answer)?.text);
  const lines = [
    ...key.accepted.map((a) => `=${escapeGift(a)}${fb(a)}`),
    ...(key.partial ?? []).map(
      (p) => `=%${weight(p.credit)}%${escapeGift(p.answer)}${fb(p.answer)}`,
    ),
  ];
  const known = new Set([...key.accepted, ...(key.partial ?? []).map((p) => p.answer)]);
  for (const p of perAnswer) {
    if (!known.has(p.answer)) lines.push(`=%0%${escapeGift(p.answer)}${fb(p.answer)}`);
  }
  return lines;
}

function numericAnswers(
  q: QuestionContent,
  key: QuestionContentOf<'numeric'>['key'],
  perAnswer: Array<{ answer: string; text: string }>,
): string {
  const fb = (value: number) =>
    feedbackPart(q, perAnswer.find((p) => Number(p.answer) === value)?.text);
  const alternatives = key.alternatives ?? [];
  if (alternatives.length === 0) return `#${key.value}:${key.tolerance}${fb(key.value)}`;
  return [
    `#=${key.value}:${key.tolerance}${fb(key.value)}`,
    ...alternatives.map((a) => `=%${weight(a.credit)}%${a.value}:${a.tolerance}${fb(a.value)}`),
  ].join('\n');
}

function clozeBlock(q: QuestionContentOf<'cloze'>): Written | string {
  const gap = q.gaps[0];
  if (q.gaps.length !== 1 || !gap) {
    return `GIFT holds one answer block per question and this gap-fill has ${q.gaps.length} gaps; export it as QTI to keep it`;
  }
  const key = q.key.gaps[gap.id];
  if (!key) return 'the gap has no key';
  let block: string;
  if (isChoiceGapKey(key)) {
    block = (gap.options ?? [])
      .map((o) => `${o.id === key.optionId ? '=' : '~'}${field(q, o.text)}`)
      .join('\n');
  } else if (isNumericGapKey(key)) {
    block = numericAnswers(q, key, []);
  } else {
    block = textAnswers(q, key, []).join('\n');
  }
  const lost: ExportLostPart[] = q.feedback?.perGap ? ['gap_feedback'] : [];
  return { block, meta: { gap: { id: gap.id, marks: gap.marks } }, lost };
}

function answerBlock(q: QuestionContent): Written | string {
  const lost: ExportLostPart[] = [];
  switch (q.type) {
    case 'single_choice':
    case 'multiple_response':
      return { block: choiceBlock(q).join('\n'), lost };
    case 'true_false': {
      const per = q.feedback?.perOption ?? {};
      // Moodle: the first feedback is for the wrong choice, the second for the right one.
      const wrong = per[q.key.value ? 'false' : 'true'];
      const right = per[q.key.value ? 'true' : 'false'];
      const fb = wrong || right ? `${feedbackPart(q, wrong) || '#'}${feedbackPart(q, right)}` : '';
      return { block: `${q.key.value ? 'TRUE' : 'FALSE'}${fb}`, lost };
    }
    case 'short_answer':
      return { block: textAnswers(q, q.key, q.feedback?.perAnswer ?? []).join('\n'), lost };
    case 'numeric':
      return { block: numericAnswers(q, q.key, q.feedback?.perAnswer ?? []), lost };
    case 'essay':
      return { block: '', lost };
    case 'matching': {
      const responseText = (id: string) =>
        escapeGift(textOfHtml(q.responses.find((r) => r.id === id)?.text ?? ''));
      const used = new Set(Object.values(q.key.pairs));
      const lines = q.premises.map(
        (p) => `=${field(q, p.text)} -> ${responseText(q.key.pairs[p.id] ?? '')}`,
      );
      for (const r of q.responses) if (!used.has(r.id)) lines.push(`= -> ${responseText(r.id)}`);
      return { block: lines.join('\n'), lost };
    }
    case 'cloze':
      return clozeBlock(q);
    case 'description':
      return { block: null, lost };
    case 'ordering':
      return `GIFT has no ${questionTypeLabels.ordering.toLowerCase()} questions; export it as QTI to keep it`;
  }
}

function metadataOf(q: QuestionContent, extra: Partial<ItemMetadata> = {}): ItemMetadata {
  const meta: ItemMetadata = { marks: q.marks };
  if (q.difficulty) meta.difficulty = q.difficulty;
  if (q.type === 'short_answer' && q.key.caseSensitive) meta.caseSensitive = true;
  if (q.type === 'numeric' && q.key.toleranceMode === 'relative') meta.toleranceMode = 'relative';
  if (q.settings.minWords !== undefined) meta.minWords = q.settings.minWords;
  if (q.settings.maxWords !== undefined) meta.maxWords = q.settings.maxWords;
  return { ...meta, ...extra };
}

/** The outcome feedback GIFT has no place for. */
function outcomeFeedbackLost(q: QuestionContent): ExportLostPart[] {
  const fb = q.feedback;
  if (!fb) return [];
  return (['correct', 'partial', 'incorrect'] as const)
    .filter((k) => fb[k] !== undefined && fb[k].trim() !== '')
    .map((k): ExportLostPart => `${k}_feedback`);
}

function questionText(q: QuestionContent, block: string | null): string {
  const general = q.feedback?.general;
  const tail = general ? `####${field(q, general)}` : '';
  if (block === null) return field(q, q.text);
  if (q.type === 'cloze') {
    const parts = parseClozeText(q.text);
    const at = parts.findIndex((p) => p.kind === 'gap');
    const text = (from: number, to: number) =>
      parts
        .slice(from, to)
        .map((p) => (p.kind === 'text' ? p.text : ''))
        .join('');
    const before = text(0, at);
    const after = text(at + 1, parts.length);
    return `${field(q, before)}{\n${block}${tail ? `\n${tail}` : ''}\n}${escapeGift(after)}`;
  }
  const content = [block, tail].filter((s) => s !== '').join('\n');
  return `${field(q, q.text)} {${content === '' ? '' : `\n${content}\n`}}`;
}

/**
 * Writes questions as GIFT, as Moodle reads it: weights as `%w%`, feedback
 * after `#`, general feedback after `####`, HTML fields marked `[html]`.
 * What GIFT cannot hold is listed: whole questions in `skipped`, parts of
 * written questions in `warnings`.
 */
export function writeGift(questions: readonly ExportQuestion[]): {
  text: string;
  skipped: ExportSkip[];
  warnings: ExportWarning[];
} {
  const skipped: ExportSkip[] = [];
  const warnings: ExportWarning[] = [];
  const parts: string[] = [];
  for (const { id, content: q } of questions) {
    const written = answerBlock(q);
    if (typeof written === 'string') {
      skipped.push({ questionId: id, reason: written });
      continue;
    }
    const lost = [...written.lost, ...outcomeFeedbackLost(q)];
    if (lost.length > 0) {
      warnings.push(exportWarning(id, 'GIFT', lost));
    }
    const lines: string[] = [];
    if (q.tags.length > 0) lines.push(`// ${q.tags.map((t) => `[tag:${t}]`).join(' ')}`);
    lines.push(`// ${writeMetadata(metadataOf(q, written.meta))}`);
    lines.push(questionText(q, written.block));
    parts.push(lines.join('\n'));
  }
  return { text: `${parts.join('\n\n')}\n`, skipped, warnings };
}
