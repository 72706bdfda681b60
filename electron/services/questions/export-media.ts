import type { TenantContext } from '@db/tenant';
import { questionMediaRefs } from '@shared/content/rich-fields';
import type { ExportQuestion } from '@shared/interchange/types';
import type { ServiceEnv } from '../service-env';
import { storedMediaBytes } from '../media/media-service';

export interface StoredExportMedia {
  mime: string;
  bytes: Buffer;
}

/**
 * The images and audio the questions show, by hash, each file read once
 * however many questions use it. A file not all on this computer yet is
 * left out, and the writer then leaves out (and names) its questions.
 */
export async function exportMediaOf(
  env: ServiceEnv,
  tenant: TenantContext,
  questions: readonly ExportQuestion[],
): Promise<Map<string, StoredExportMedia>> {
  const media = new Map<string, StoredExportMedia>();
  const hashes = new Set(questions.flatMap((q) => questionMediaRefs(q.content)));
  for (const hash of hashes) {
    const stored = await storedMediaBytes(env, tenant, hash);
    if (stored) media.set(hash, stored);
  }
  return media;
}
