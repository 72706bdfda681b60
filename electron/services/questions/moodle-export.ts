import { readMediaBytes } from '@db/repositories/media';
import type { TenantContext } from '@db/tenant';
import { questionMediaRefs } from '@shared/content/rich-fields';
import { writeMoodleXml, type ExportMedia } from '@shared/interchange/moodle-xml/write';
import type { ExportQuestion, ExportSkip } from '@shared/interchange/types';
import type { ServiceEnv } from '../service-env';

/**
 * Moodle XML with the media its questions show embedded as base64, each
 * file read once however many questions use it. A file not all on this
 * computer yet leaves its question out, named in the skipped list.
 */
export async function exportMoodleXml(
  env: ServiceEnv,
  tenant: TenantContext,
  questions: readonly ExportQuestion[],
): Promise<{ text: string; skipped: ExportSkip[] }> {
  const media = new Map<string, ExportMedia>();
  const hashes = new Set(questions.flatMap((q) => questionMediaRefs(q.content)));
  for (const hash of hashes) {
    const stored = await readMediaBytes(env.db(), tenant, hash);
    if (stored)
      media.set(hash, {
        mime: stored.row.mime,
        base64: Buffer.concat(stored.chunks).toString('base64'),
      });
  }
  return writeMoodleXml(questions, media);
}
