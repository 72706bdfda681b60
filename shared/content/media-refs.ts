import { walkHtml } from './html-walk';
import { mediaSrcPattern } from './rich-text-policy';

const mediaTags = new Set(['img', 'audio']);

/**
 * The media an HTML text refers to: the SHA-256 of each `media:<sha256>` in
 * an img or audio `src`, once each, in the order they first appear.
 */
export function mediaRefsOf(html: string): string[] {
  const refs = new Set<string>();
  walkHtml(html, {
    open(tag, attributes) {
      if (!mediaTags.has(tag)) return;
      const hash = mediaSrcPattern.exec(attributes.src ?? '')?.[1];
      if (hash !== undefined) refs.add(hash);
    },
  });
  return [...refs];
}

/** How many images in an HTML text have no alt text (missing or blank): publishing refuses them. */
export function imagesWithoutAlt(html: string): number {
  let count = 0;
  walkHtml(html, {
    open(tag, attributes) {
      if (tag === 'img' && (attributes.alt ?? '').trim() === '') count += 1;
    },
  });
  return count;
}

const mediaRefAnywhere = /media:([0-9a-f]{64})/g;

/**
 * Every `media:<sha256>` anywhere in a stored text (HTML, or JSON holding
 * HTML), once each: wider than `mediaRefsOf`, for deciding which files a
 * stored row may show.
 */
export function mediaRefsInText(text: string, into = new Set<string>()): Set<string> {
  for (const match of text.matchAll(mediaRefAnywhere)) if (match[1]) into.add(match[1]);
  return into;
}
