import { plainTextOf } from '@shared/content/plain-text';
import type { ContentFormat } from '@shared/domain/question-parts';
import type { QuestionDraft } from './draft-model';

/** Text as HTML that shows it exactly: escaped, its line breaks kept. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Plain text as rich text: each paragraph (a blank line between) a <p>, other line breaks kept. */
export function plainToHtml(text: string): string {
  if (text.trim() === '') return '';
  return text
    .split(/\n\s*\n/)
    .map((para) => `<p>${escapeHtml(para).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

/**
 * Every rich field of the draft in the other format: plain text becomes rich
 * text that reads the same; rich text becomes its plain text (formatting,
 * images and formulas' markup are lost, which the editor says before).
 */
export function convertDraft(d: QuestionDraft, to: ContentFormat): QuestionDraft {
  if (d.format === to) return d;
  const f = to === 'html' ? plainToHtml : (t: string) => plainTextOf('html', t);
  const items = <T extends { text: string }>(list: readonly T[]) =>
    list.map((x) => ({ ...x, text: f(x.text) }));
  return {
    ...d,
    format: to,
    text: f(d.text),
    options: d.options.map(f),
    optionFeedback: d.optionFeedback.map(f),
    premises: items(d.premises),
    responses: items(d.responses),
    items: items(d.items),
    gaps: d.gaps.map((g) => ({ ...g, feedback: f(g.feedback) })),
    feedback: {
      ...d.feedback,
      general: f(d.feedback.general),
      correct: f(d.feedback.correct),
      partial: f(d.feedback.partial),
      incorrect: f(d.feedback.incorrect),
      perTrue: f(d.feedback.perTrue),
      perFalse: f(d.feedback.perFalse),
      perAnswer: d.feedback.perAnswer.map((p) => ({ ...p, text: f(p.text) })),
    },
  };
}
