import { Parser } from 'htmlparser2';

/** What a walk over HTML reports: elements opening and closing, and decoded text between them. */
export interface HtmlVisitor {
  open?(tag: string, attributes: Readonly<Record<string, string>>): void;
  close?(tag: string): void;
  text?(text: string): void;
}

/**
 * Walks HTML the way the sanitiser reads it (htmlparser2, which sanitize-html
 * is built on): tag and attribute names in lower case, entities decoded,
 * `<mspace/>`-style self-closing tags closed.
 */
export function walkHtml(html: string, visitor: HtmlVisitor): void {
  const parser = new Parser(
    {
      onopentag: (name, attributes) => visitor.open?.(name, attributes),
      onclosetag: (name) => visitor.close?.(name),
      ontext: (text) => visitor.text?.(text),
    },
    {
      decodeEntities: true,
      lowerCaseTags: true,
      lowerCaseAttributeNames: true,
      recognizeSelfClosing: true,
    },
  );
  parser.write(html);
  parser.end();
}
