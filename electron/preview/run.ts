import { resolve } from 'node:path';
import { createCore } from '../app/core';
import { resolveDataDir } from '../app/data-dir';
import { startPreviewHost } from './host';
import { openInBrowser, shouldOpenBrowser } from './open-browser';
import { machineConfigDir } from '../app/machine-config';
import { listenFailure, previewAddressFromEnv, previewModeFromEnv } from './preview-settings';
import { clockFromEnv } from './scaled-clock';

export interface RunPreviewOptions {
  /** `npm start` opens the link in the default browser where one exists; `preview:web` does not. */
  openBrowser: boolean;
}

/**
 * The real services and database behind the built renderer, in any browser,
 * on 127.0.0.1. EXAM_PREVIEW_PORT and EXAM_PREVIEW_TOKEN fix the port and
 * token (a stable address); otherwise both are random per run.
 * EXAM_PREVIEW_CLOCK_RATE runs the preview's clocks faster (tests of timers).
 */
export async function runPreview(options: RunPreviewOptions): Promise<void> {
  // Settings first: a mistyped variable is reported before anything is opened or seeded.
  const address = previewAddressFromEnv(process.env);
  const mode = previewModeFromEnv(process.env);
  const clock = clockFromEnv(process.env.EXAM_PREVIEW_CLOCK_RATE);
  const dataDir = resolveDataDir();
  const core = await createCore({
    dataDir,
    // Development keeps the demo as the embedded default; production mode starts with first-run setup.
    seedDemo: !mode.production,
    production: mode.production,
    machineConfigDir: mode.production
      ? (mode.machineConfigDir ?? machineConfigDir(process.platform, process.env))
      : null,
    ...(clock && { clock }),
  });
  const host = await startPreviewHost({
    core,
    rendererDir: resolve(import.meta.dirname, '../../out/renderer'),
    port: address.port,
    ...(address.token !== undefined && { token: address.token }),
  }).catch(async (error: unknown) => {
    await core.close();
    throw new Error(listenFailure(error, address.port));
  });
  console.log(
    `Exam Desk preview (data in ${dataDir}${mode.production ? '; production mode' : ''})`,
  );
  console.log(`Open: ${host.url}`);
  if (address.port === 0 || address.token === undefined) {
    console.log(
      'The port and token change each run; set EXAM_PREVIEW_PORT and EXAM_PREVIEW_TOKEN to keep this link.',
    );
  }
  if (options.openBrowser) {
    const decision = shouldOpenBrowser(process.env, process.platform);
    if (decision.open) await openInBrowser(host.url);
    else console.log(`Not opening a browser: ${decision.why}.`);
  }
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

/** The one line printed when the preview cannot start. */
export function previewStartFailure(error: unknown): string {
  return `The preview could not start: ${error instanceof Error ? error.message : String(error)}`;
}
