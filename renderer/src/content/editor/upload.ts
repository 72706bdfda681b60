import type { MediaRecord } from '@shared/domain/media';
import { call } from '../../api/client';
import { currentIntl } from '../../i18n/intl';
import { messages } from './messages';
import { shownError } from '../../errors/error-text';

/** A file's bytes as base64, as media.upload takes them. */
function base64Of(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsDataURL(file);
  });
}

/**
 * Stores a picked, pasted or dropped file through media.upload (main checks
 * its type by its bytes, its size and the organisation's quota), sealed under
 * `sealedTestId` when the content belongs to a sealed test. Answers the
 * stored record, or main's refusal in words.
 */
export async function uploadMedia(
  file: File,
  sealedTestId: string | null = null,
): Promise<{ ok: true; media: MediaRecord } | { ok: false; message: string }> {
  let data: string;
  try {
    data = await base64Of(file);
  } catch {
    return { ok: false, message: currentIntl().formatMessage(messages.fileUnreadable) };
  }
  const result = await call('media.upload', {
    name: file.name || 'pasted file',
    data,
    ...(sealedTestId === null ? {} : { sealedTestId }),
  });
  return result.ok
    ? { ok: true, media: result.value }
    : { ok: false, message: shownError(result.error) };
}

/** What kind of media a file looks like from its type, to choose the prompt; main decides by its bytes. */
export function mediaKindOf(file: File): 'image' | 'audio' | null {
  if (file.type.startsWith('image/')) return 'image';
  if (file.type.startsWith('audio/')) return 'audio';
  return null;
}
