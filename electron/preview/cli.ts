import { resolve } from 'node:path';
import { createCore } from '../app/core';
import { resolveDataDir } from '../app/data-dir';
import { startPreviewHost } from './host';
import { clockFromEnv } from './scaled-clock';

/**
 * `npm run preview:web`: the real services and database behind the built
 * renderer, in any browser, on 127.0.0.1. EXAM_PREVIEW_PORT and
 * EXAM_PREVIEW_TOKEN fix the port and token (tests); otherwise both are random.
 * EXAM_PREVIEW_CLOCK_RATE runs the preview's clocks faster (tests of timers).
 */
async function main(): Promise<void> {
  const dataDir = resolveDataDir();
  const clock = clockFromEnv(process.env.EXAM_PREVIEW_CLOCK_RATE);
  const core = await createCore({ dataDir, seedDemo: true, ...(clock && { clock }) });
  const host = await startPreviewHost({
    core,
    rendererDir: resolve(import.meta.dirname, '../../out/renderer'),
    port: Number(process.env.EXAM_PREVIEW_PORT ?? 0),
    ...(process.env.EXAM_PREVIEW_TOKEN ? { token: process.env.EXAM_PREVIEW_TOKEN } : {}),
  });
  console.log(`Exam Desk preview (data in ${dataDir})`);
  console.log(`Open: ${host.url}`);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void host
      .close()
      .then(() => core.close())
      .finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error('The preview could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
