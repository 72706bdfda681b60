import { ApiError } from '@shared/api/result';
import type { MediaResolution, ResolveMedia } from '@shared/interchange/moodle-xml/media';
import type { EmbeddedMedia } from '@shared/interchange/types';
import { prepareMedia } from '../media/media-file';

/**
 * Checks the files an import embeds as the reader meets them, in the
 * reader's thread: each is typed by its bytes, SVG sanitised, held to the
 * size limits and hashed, exactly as an upload is; the reader then refers to
 * it by `media:<sha256>`. The same bytes twice are one file.
 */
export function embeddedMediaCollector(): { resolve: ResolveMedia; files: EmbeddedMedia[] } {
  const files = new Map<string, EmbeddedMedia>();
  const resolve = (file: { name: string; base64: string }): MediaResolution => {
    try {
      const prepared = prepareMedia(file.name, Buffer.from(file.base64, 'base64'), 'file');
      if (!files.has(prepared.sha256)) {
        files.set(prepared.sha256, {
          sha256: prepared.sha256,
          mime: prepared.type.mime,
          bytes: new Uint8Array(prepared.bytes),
        });
      }
      return { ok: true, src: `media:${prepared.sha256}`, kind: prepared.type.kind };
    } catch (error) {
      if (error instanceof ApiError) return { ok: false, reason: error.message };
      throw error;
    }
  };
  return {
    resolve,
    get files() {
      return [...files.values()];
    },
  };
}
