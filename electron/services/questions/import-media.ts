import type { TenantContext } from '@db/tenant';
import type { ImportRow } from '@db/repositories/question-import';
import { mapRichTextFields, questionMediaRefs } from '@shared/content/rich-fields';
import type { ImportedMedia } from '@shared/interchange/types';
import { uploadMedia } from '../media/media-service';
import type { ServiceEnv } from '../service-env';

/**
 * Stores the images and audio an import's questions refer to, before the
 * questions themselves, through the same checks as an upload (type by bytes,
 * size, SVG sanitised, the plan's media quota). Only media a kept question
 * refers to are stored. A stored file whose bytes changed (a sanitised SVG)
 * has a new hash, so the questions are pointed at it.
 */
export async function storeImportMedia(
  env: ServiceEnv,
  tenant: TenantContext,
  media: readonly ImportedMedia[],
  rows: readonly ImportRow[],
): Promise<ImportRow[]> {
  if (media.length === 0) return [...rows];
  const wanted = new Set(rows.flatMap((row) => questionMediaRefs(row.content)));
  const moved = new Map<string, string>();
  for (const file of media) {
    if (!wanted.has(file.hash)) continue;
    const record = await uploadMedia(env, tenant, {
      name: file.name,
      data: Buffer.from(file.bytes).toString('base64'),
    });
    if (record.hash !== file.hash) moved.set(file.hash, record.hash);
  }
  if (moved.size === 0) return [...rows];
  return rows.map((row) => ({
    ...row,
    content: mapRichTextFields(row.content, (text) =>
      text.replace(/media:([0-9a-f]{64})/g, (whole, hash: string) => {
        const to = moved.get(hash);
        return to === undefined ? whole : `media:${to}`;
      }),
    ),
  }));
}
