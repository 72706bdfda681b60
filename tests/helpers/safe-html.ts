import { walkHtml } from '@shared/content/html-walk';
import { attributeAllowed, isRichTag } from '@shared/content/rich-text-policy';

/**
 * What in an HTML text the rich text policy does not allow: elements not on
 * the list, attributes not allowed on their element or with a value the
 * policy refuses (event handlers, styles, URLs other than `media:<sha256>`).
 * Read with the same parser the sanitiser uses. Empty when the text is safe.
 */
export function unsafeParts(html: string): string[] {
  const found: string[] = [];
  walkHtml(html, {
    open(tag, attributes) {
      if (!isRichTag(tag)) found.push(`<${tag}>`);
      for (const [name, value] of Object.entries(attributes)) {
        if (!attributeAllowed(tag, name, value)) found.push(`<${tag} ${name}="${value}">`);
      }
    },
  });
  if (/<\s*\/?\s*(script|style|iframe|object|embed)\b/i.test(html)) found.push('raw dangerous tag');
  return found;
}
