import type { ContentFormat } from '@shared/domain/question-parts';
import { prefetchMedia, type MediaResolver } from './media-source';
import { richTemplate } from './rich-template';

export interface RichField {
  text: string;
  /** A cloze passage, whose gap markers become inputs. */
  cloze: boolean;
}

/**
 * Sanitises and typesets these texts now (the results are cached by text)
 * and asks for their media, so that showing them later costs only a copy.
 */
export function warmRichText(
  format: ContentFormat | undefined,
  fields: readonly RichField[],
  media: MediaResolver,
): void {
  if (format !== 'html') return;
  for (const field of fields) {
    for (const slot of richTemplate(field.text, field.cloze).slots) {
      if (slot.kind !== 'gap') prefetchMedia(media, slot.hash);
    }
  }
}

/** Runs `work` once the page is idle (within `timeout` ms at the latest); returns a cancel. */
export function whenIdle(work: () => void, timeout = 1_000): () => void {
  if ('requestIdleCallback' in window) {
    const id = window.requestIdleCallback(work, { timeout });
    return () => window.cancelIdleCallback(id);
  }
  // Where the browser has no idle callbacks (test DOMs), a short timer does.
  const id = globalThis.setTimeout(work, 50);
  return () => globalThis.clearTimeout(id);
}
