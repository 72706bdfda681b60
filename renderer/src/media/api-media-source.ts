import { call } from '../api/client';
import type { MediaResolver } from '../content/media-source';
import { shownError } from '../errors/error-text';

function blobOf(base64: string, mime: string): Blob {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: mime });
}

/**
 * Media from main through `media.get` (checked there: organisation, role,
 * and for a student only media on their own paper), each made a blob: URL
 * once and kept for the screen's life. `release` frees them all.
 */
export function apiMediaSource(): MediaResolver & { release(): void } {
  const urls = new Map<string, Promise<string>>();
  return {
    urlFor(hash) {
      let url = urls.get(hash);
      if (!url) {
        url = call('media.get', { hash }).then((result) => {
          if (!result.ok) {
            urls.delete(hash);
            throw new Error(shownError(result.error));
          }
          return URL.createObjectURL(blobOf(result.value.base64, result.value.mime));
        });
        urls.set(hash, url);
      }
      return url;
    },
    release() {
      for (const url of urls.values()) {
        void url.then(
          (u) => URL.revokeObjectURL(u),
          () => undefined,
        );
      }
      urls.clear();
    },
  };
}
