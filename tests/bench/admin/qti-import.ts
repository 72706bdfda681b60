import { performance } from 'node:perf_hooks';
import type { MethodInput, MethodName, MethodOutput } from '@shared/api/contract';
import { qtiPackage } from './qti-package';
import { round } from './stats';

type Call = <K extends MethodName>(method: K, input: MethodInput<K>) => Promise<MethodOutput<K>>;

export const qtiImportTargets = { qti_import_1k_items_ms: 10_000 };

/** Import of a 1,000-item QTI 3.0 package, every item with an image stored as media. */
export async function measureQtiImport(call: Call, figures: Record<string, number>): Promise<void> {
  const pkg = qtiPackage(1_000);
  const start = performance.now();
  const report = await call('questions.import', {
    format: 'qti',
    fileName: 'bench-1k.zip',
    base64: Buffer.from(pkg).toString('base64'),
    skipDuplicates: false,
  });
  const ms = performance.now() - start;
  if (report.counts.imported !== 1_000) {
    const why = report.items.find((i) => i.status === 'skipped')?.reason ?? report.rejection;
    throw new Error(`imported ${report.counts.imported} of 1000 QTI items: ${why ?? ''}`);
  }
  figures.qti_import_1k_items_ms = round(ms);
}
