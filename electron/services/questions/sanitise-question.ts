import { mapRichTextFields } from '@shared/content/rich-fields';
import { invalidText } from '@shared/api/result';
import { questionContentSchema, type QuestionContent } from '@shared/domain/questions';
import { sanitiseRichText } from '../content/rich-text-sanitiser';

/**
 * The question as it may be stored: html content keeps only what the rich
 * text policy allows, in every rich field. Plain text is stored as typed,
 * since it is never read as HTML. Content that breaks a rule once the markup
 * is gone (a stem that was nothing but a script) is refused, naming the field.
 */
export function sanitiseQuestion(
  content: QuestionContent,
  fieldPrefix = 'content',
): QuestionContent {
  if (content.format !== 'html') return content;
  const clean = mapRichTextFields(content, (text) => sanitiseRichText(text));
  const checked = questionContentSchema.safeParse(clean);
  if (checked.success) return checked.data;
  const issue = checked.error.issues[0];
  const field = [fieldPrefix, ...(issue?.path ?? [])].filter((p) => p !== '').join('.');
  throw invalidText(
    field,
    `${issue?.message ?? 'is not valid'} once the markup that is not allowed is removed`,
  );
}
