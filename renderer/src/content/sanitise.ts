import DOMPurify, { type Config } from 'dompurify';
import {
  allowedAttributesOf,
  attributeAllowed,
  missingRequiredAttributes,
  richTags,
} from '@shared/content/rich-text-policy';

/**
 * DOMPurify configured from the shared rich-text policy: the renderer's own
 * pass over content that main has already sanitised on write, so that nothing
 * the database holds is trusted as markup on its own.
 */

const attributeNames = [...new Set(richTags.flatMap((tag) => allowedAttributesOf(tag)))];

/**
 * DOMPurify checks every attribute that is not a known plain-text one (width,
 * colspan, MathML lengths) as a URL. This lets `media:<sha256>` through and
 * anything without a scheme; which attribute may hold which value is then
 * decided per element by the policy, in the hook below.
 */
const mediaOrNoScheme = /^(?:media:[0-9a-f]{64}$|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;

const config: Config & { RETURN_DOM_FRAGMENT: true } = {
  ALLOWED_TAGS: [...richTags],
  ALLOWED_ATTR: attributeNames,
  ALLOWED_URI_REGEXP: mediaOrNoScheme,
  ALLOW_ARIA_ATTR: false,
  ALLOW_DATA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  ALLOW_SELF_CLOSE_IN_ATTR: false,
  RETURN_DOM_FRAGMENT: true,
};

function attributesOf(element: Element): Record<string, string> {
  const out: Record<string, string> = {};
  for (const attribute of Array.from(element.attributes)) out[attribute.name] = attribute.value;
  return out;
}

let purifier: ReturnType<typeof DOMPurify> | null = null;

/** One purifier for this window, with the policy's per-element rules as hooks. */
function getPurifier(): ReturnType<typeof DOMPurify> {
  if (purifier) return purifier;
  const instance = DOMPurify(window);
  instance.addHook('uponSanitizeAttribute', (node, data) => {
    if (!attributeAllowed(node.nodeName, data.attrName, data.attrValue)) data.keepAttr = false;
  });
  instance.addHook('afterSanitizeAttributes', (node) => {
    // An image without its alt text or source, or audio without a source, is dropped whole.
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    if (missingRequiredAttributes(node.nodeName, attributesOf(node)).length > 0) node.remove();
  });
  purifier = instance;
  return instance;
}

/**
 * The HTML as a fragment holding only what the policy allows. It belongs to
 * the inert document DOMPurify parsed it in, where nothing loads: an image
 * or audio element made in the page's own document starts fetching its
 * source at once, even before it is shown, so media are replaced before the
 * fragment is imported.
 */
export function sanitiseRichHtml(html: string): DocumentFragment {
  // Typed as a fragment, but DOMPurify gives null when the parse leaves no body (a frameset).
  const clean = getPurifier().sanitize(html, config) as DocumentFragment | null;
  return clean ?? document.implementation.createHTMLDocument('').createDocumentFragment();
}
