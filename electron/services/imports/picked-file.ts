import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import type { TenantContext } from '@db/tenant';
import { conflict, invalid } from '@shared/api/result';
import { MAX_IMPORT_UPLOAD_BYTES } from '@shared/api/contract/questions';
import type { ImportPicked } from '@shared/domain/imports';
import type { FileDialogs } from '../backup/file-dialogs';
import type { StagedUploads } from './staged-uploads';

/** The files an import reads, as the open dialog offers them. */
const IMPORT_EXTENSIONS = ['txt', 'gift', 'csv', 'zip', 'xml'];

/**
 * A file picked in the desktop app's open dialog, staged as an upload of
 * this session, so the check and the import name it by `uploadId` as they
 * do a file the page sent in chunks. The page never names a path; null when
 * the dialog was closed. The dialog says the page's `words`, in its language.
 */
export async function pickImportFile(
  dialogs: FileDialogs | null,
  uploads: StagedUploads,
  sessionKey: string,
  tenant: TenantContext,
  words: { title?: string | undefined; fileKinds?: string | undefined } = {},
): Promise<ImportPicked | null> {
  if (!dialogs) throw conflict('import.dialogDesktopOnly');
  const path = await dialogs.chooseOpenPath(words.title ?? 'Import questions', {
    name: words.fileKinds ?? 'Question files',
    extensions: IMPORT_EXTENSIONS,
  });
  if (path === null) return null;
  const fileName = basename(path);
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    if (size === 0) throw invalid('file', 'import.fileEmpty', { name: fileName });
    if (size > MAX_IMPORT_UPLOAD_BYTES)
      throw invalid('file', 'import.fileTooLarge', { name: fileName });
    const bytes = Buffer.alloc(size);
    const { bytesRead } = await handle.read(bytes, 0, size, 0);
    const progress = uploads.receive(sessionKey, tenant, {
      size,
      offset: 0,
      bytes: bytes.subarray(0, bytesRead),
    });
    return { uploadId: progress.uploadId, fileName, size };
  } finally {
    await handle.close();
  }
}
