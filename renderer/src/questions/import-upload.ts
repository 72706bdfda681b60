import type { MethodInput } from '@shared/api/contract';
import type { ImportUploadProgress } from '@shared/domain/imports';
import { fileToBase64 } from '../lib/files';

/** Files up to this size go to main whole, in the import call itself. */
export const WHOLE_FILE_BYTES = 4 * 1024 * 1024;
/** A chunk's bytes: about 11 MB as base64, inside the contract's 12 MB and the preview's 32 MiB bodies. */
export const UPLOAD_CHUNK_BYTES = 8 * 1024 * 1024;

type SendChunk = (
  input: MethodInput<'questions.importUpload'>,
) => Promise<ImportUploadProgress | null>;

/**
 * Sends a big file to main in chunks, in order, and answers the upload's id;
 * null when main refused a chunk (its refusal is then the caller's error).
 * Only one chunk's bytes are read into memory at a time.
 */
export async function uploadImportFile(
  file: File,
  send: SendChunk,
  onProgress: (received: number, size: number) => void = () => undefined,
): Promise<string | null> {
  let uploadId: string | undefined;
  for (let offset = 0; offset < file.size; offset += UPLOAD_CHUNK_BYTES) {
    const part = file.slice(offset, offset + UPLOAD_CHUNK_BYTES);
    const sent = await send({
      ...(uploadId === undefined ? { size: file.size } : { uploadId }),
      offset,
      base64: await fileToBase64(part),
    });
    if (!sent) return null;
    uploadId = sent.uploadId;
    onProgress(sent.received, sent.size);
  }
  return uploadId ?? null;
}
