import sanitizeHtml from 'sanitize-html';
import {
  allowedAttributesOf,
  allowedSchemes,
  attributeAllowed,
  classesByTag,
  mediaAttributesByTag,
  richTags,
} from '@shared/content/rich-text-policy';

/** Elements whose content is dropped with them, not kept as text: none of it is meant to be read. */
const dropWithContent = [
  'script',
  'style',
  'textarea',
  'option',
  'xmp',
  'noscript',
  'noembed',
  'noframes',
  'template',
  'iframe',
  'object',
  'title',
];

/** Elements kept only with a usable source: an image or clip that points nowhere shows nothing. */
const needsSource = new Set(Object.keys(mediaAttributesByTag));

const options: sanitizeHtml.IOptions = {
  allowedTags: [...richTags],
  allowedAttributes: Object.fromEntries(
    richTags.map((tag) => [tag, [...allowedAttributesOf(tag)]]),
  ),
  allowedClasses: Object.fromEntries(
    Object.entries(classesByTag).map(([tag, classes]) => [tag, [...classes]]),
  ),
  allowedSchemes: [...allowedSchemes],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ['src', 'href', 'cite', 'action', 'formaction', 'xlink:href'],
  allowProtocolRelative: false,
  allowVulnerableTags: false,
  disallowedTagsMode: 'discard',
  nonTextTags: dropWithContent,
  // The policy checks each value (media URLs, whole numbers, the math classes, enumerations).
  transformTags: {
    '*': (tagName, attribs) => ({
      tagName,
      attribs: Object.fromEntries(
        Object.entries(attribs).filter(([name, value]) => attributeAllowed(tagName, name, value)),
      ),
    }),
  },
  // An image without alt text is kept: publishing refuses it, naming the question, so the
  // author is told instead of losing the image. An image or clip without a media source goes.
  exclusiveFilter: (frame) => needsSource.has(frame.tag) && !frame.attribs.src,
  parser: { lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
};

/**
 * Rich text as the app stores it: only what `shared/content/rich-text-policy.ts`
 * allows, with sanitize-html. Everything else (scripts, styles, frames, event
 * handlers, `style` attributes, any URL but `media:<sha256>`) is removed.
 */
export function sanitiseRichText(html: string): string {
  return sanitizeHtml(html, options).trim();
}
