import { ApiError } from '@shared/api/result';
import { mapRichTextFields, questionMediaRefs } from '@shared/content/rich-fields';
import { skippedItem, type EmbeddedMedia, type ParsedFile } from '@shared/interchange/types';
import { prepareMedia } from '../media/media-file';

/**
 * Checks the files a GIFT or QTI reader found (data: URLs, a package's
 * images and audio) in the reader's thread, exactly as an upload and a
 * Moodle XML file's embedded files are checked: typed by their bytes, SVG
 * sanitised, held to the size limits and hashed. What comes out carries them
 * as `embedded` only, so every import stores its files one way: chunks
 * staged after its questions, file rows in the final commit, nothing left
 * behind by an import that fails or is cancelled. A question that shows a
 * file the check refuses is skipped, saying which file and why; a file whose
 * bytes the check changed (a sanitised SVG) has a new hash, and the
 * questions are pointed at it.
 */
export function withCarriedMediaChecked(parsed: ParsedFile): ParsedFile {
  const { media, ...rest } = parsed;
  if (media === undefined || media.length === 0) return rest;
  const checked = new Map<string, EmbeddedMedia>();
  const moved = new Map<string, string>();
  const refused = new Map<string, string>();
  for (const file of media) {
    try {
      const prepared = prepareMedia(file.name, Buffer.from(file.bytes), 'file');
      if (prepared.sha256 !== file.hash) moved.set(file.hash, prepared.sha256);
      if (!checked.has(prepared.sha256)) {
        checked.set(prepared.sha256, {
          sha256: prepared.sha256,
          mime: prepared.type.mime,
          bytes: new Uint8Array(prepared.bytes),
        });
      }
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      refused.set(file.hash, `the file ${file.name} cannot be stored: ${error.message}`);
    }
  }
  const items = rest.items.map((item) => {
    if (!item.ok) return item;
    const refs = questionMediaRefs(item.content);
    const refusal = refs.map((hash) => refused.get(hash)).find((why) => why !== undefined);
    if (refusal !== undefined) return skippedItem(refusal, item);
    if (!refs.some((hash) => moved.has(hash))) return item;
    const content = mapRichTextFields(item.content, (text) =>
      text.replace(/media:([0-9a-f]{64})/g, (whole, hash: string) => {
        const to = moved.get(hash);
        return to === undefined ? whole : `media:${to}`;
      }),
    );
    return { ...item, content };
  });
  return { ...rest, items, embedded: [...(rest.embedded ?? []), ...checked.values()] };
}
