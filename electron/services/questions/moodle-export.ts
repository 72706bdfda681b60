import type { TenantContext } from '@db/tenant';
import { writeMoodleXml, type ExportMedia } from '@shared/interchange/moodle-xml/write';
import type { ExportQuestion, ExportSkip } from '@shared/interchange/types';
import type { ServiceEnv } from '../service-env';
import { exportMediaOf } from './export-media';

/**
 * Moodle XML with the media its questions show embedded as base64. A file
 * not all on this computer yet leaves its question out, named in the
 * skipped list.
 */
export async function exportMoodleXml(
  env: ServiceEnv,
  tenant: TenantContext,
  questions: readonly ExportQuestion[],
): Promise<{ text: string; skipped: ExportSkip[] }> {
  const media = new Map<string, ExportMedia>();
  for (const [hash, file] of await exportMediaOf(env, tenant, questions))
    media.set(hash, { mime: file.mime, base64: file.bytes.toString('base64') });
  return writeMoodleXml(questions, media);
}
