import {
  attributeAllowed,
  isRichTag,
  missingRequiredAttributes,
} from '@shared/content/rich-text-policy';

/**
 * What must never be in rendered question content, checked the same way in
 * jsdom and in Chromium: elements that run, load or frame things, event
 * handlers, URLs other than the media source's blob: URLs, ids and names that
 * clobber the DOM, and styles outside KaTeX's own typesetting.
 */
const forbiddenElements = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'param',
  'style',
  'link',
  'meta',
  'base',
  'form',
  'svg',
  'foreignobject',
  'use',
  'image',
  'animate',
  'set',
  'template',
  'noscript',
  'noembed',
  'noframes',
  'xmp',
  'listing',
  'title',
  'textarea',
  'video',
  'source',
  'marquee',
  'bgsound',
  'annotation-xml',
  'maction',
  'a',
]);

const urlAttributes = new Set([
  'src',
  'href',
  'xlink:href',
  'action',
  'formaction',
  'srcset',
  'srcdoc',
  'poster',
  'background',
  'data',
  'cite',
  'longdesc',
  'ping',
  'dynsrc',
  'lowsrc',
  'usemap',
  'codebase',
  'manifest',
]);

/** React's generated ids (useId) are the only ids the components add. */
const generatedId = /^_r_[0-9a-z]+_(?:-[\w-]+)?$|^:r[0-9a-z]+:/;

export function renderedFindings(root: Element): string[] {
  const problems: string[] = [];
  for (const element of Array.from(root.querySelectorAll('*'))) {
    const name = element.localName.toLowerCase();
    if (forbiddenElements.has(name)) problems.push(`a <${name}> element`);
    for (const attribute of Array.from(element.attributes)) {
      const attr = attribute.name.toLowerCase();
      const value = attribute.value;
      if (attr.startsWith('on')) problems.push(`${attr} on <${name}>`);
      if (urlAttributes.has(attr) && !(attr === 'src' && value.startsWith('blob:'))) {
        problems.push(`${attr}="${value}" on <${name}>`);
      }
      if ((attr === 'id' || attr === 'for') && !generatedId.test(value)) {
        problems.push(`${attr}="${value}" on <${name}>`);
      }
      if (attr === 'name') problems.push(`name="${value}" on <${name}>`);
      if (attr === 'style') {
        if (!element.closest('.katex-html')) problems.push(`style on <${name}> outside KaTeX`);
        if (/url\s*\(|expression|binding|behavio/i.test(value)) {
          problems.push(`style="${value}" on <${name}>`);
        }
      }
      if (attr === 'autoplay') problems.push(`autoplay on <${name}>`);
    }
  }
  return problems;
}

/** What in a sanitised fragment the shared policy does not allow (empty when it all conforms). */
export function policyFindings(fragment: DocumentFragment): string[] {
  const problems: string[] = [];
  for (const element of Array.from(fragment.querySelectorAll('*'))) {
    const tag = element.localName.toLowerCase();
    if (!isRichTag(tag)) {
      problems.push(`a <${tag}> element`);
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const attribute of Array.from(element.attributes)) {
      attributes[attribute.name] = attribute.value;
      if (!attributeAllowed(tag, attribute.name, attribute.value)) {
        problems.push(`${attribute.name}="${attribute.value}" on <${tag}>`);
      }
    }
    for (const missing of missingRequiredAttributes(tag, attributes)) {
      problems.push(`<${tag}> without ${missing}`);
    }
  }
  return problems;
}
