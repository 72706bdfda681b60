import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { READ_LIMITS, type ReadLimits } from '@shared/interchange/limits';
import type { InterchangeFormat, ParsedFile } from '@shared/interchange/types';

export interface ReadRequest {
  format: InterchangeFormat;
  bytes: Uint8Array;
  fileName: string;
  limits: ReadLimits;
}

export interface OffThreadOptions {
  limits?: ReadLimits;
  /** How long the reader may take before it is stopped. */
  timeoutMs?: number;
  /** The reader thread's heap; past it the thread is ended, not the app. */
  memoryMb?: number;
}

export const READ_TIMEOUT_MS = 120_000;
export const READ_MEMORY_MB = 1_024;

/**
 * The worker's script. Built, it sits beside the main bundle (electron-vite
 * builds it as its own entry). Run from source (the preview, the scripts and
 * the tests run TypeScript), the worker starts with tsx's loader and imports
 * the .ts file through it, since a worker does not inherit the loader.
 */
function workerScript(): { code: string | URL; eval: boolean; file: string } {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) {
    const url = new URL('./question-file-worker.js', here);
    return { code: url, eval: false, file: fileURLToPath(url) };
  }
  const url = new URL('./question-file-worker.ts', here);
  const tsx = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(tsx)}).then(({ tsImport }) => tsImport(${JSON.stringify(url.href)}, ${JSON.stringify(url.href)}))`;
  return { code, eval: true, file: fileURLToPath(url) };
}

function failed(message: string): ParsedFile {
  return { items: [], problems: [{ line: null, column: null, message }] };
}

/**
 * Reads an import file in a worker thread, with the read limits, a time limit
 * and a heap limit of its own. Whatever happens to the reader (a file that
 * takes too long, runs it out of memory or crashes it) comes back as a file
 * problem, never as a stalled or crashed main process.
 */
export function readQuestionFileOffThread(
  format: InterchangeFormat,
  bytes: Uint8Array,
  fileName: string,
  options: OffThreadOptions = {},
): Promise<ParsedFile> {
  const script = workerScript();
  if (!existsSync(script.file))
    return Promise.resolve(failed('the import reader is missing from this installation'));
  const request: ReadRequest = {
    format,
    bytes,
    fileName,
    limits: options.limits ?? READ_LIMITS,
  };
  const timeoutMs = options.timeoutMs ?? READ_TIMEOUT_MS;
  return new Promise((resolve) => {
    const worker = new Worker(script.code, {
      eval: script.eval,
      workerData: request,
      resourceLimits: { maxOldGenerationSizeMb: options.memoryMb ?? READ_MEMORY_MB },
      stdout: false,
      stderr: false,
    });
    let settled = false;
    const settle = (result: ParsedFile) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
      void worker.terminate();
    };
    const timer = setTimeout(() => {
      settle(
        failed(
          `reading the file took longer than ${(timeoutMs / 1000).toLocaleString('en')} s and was stopped; split it into smaller files`,
        ),
      );
    }, timeoutMs);
    worker.once('message', (result: ParsedFile) => settle(result));
    worker.once('error', (error: Error & { code?: string }) => {
      settle(
        failed(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? 'reading the file needed more memory than an import may use; split it into smaller files'
            : `the file could not be read (${error.message})`,
        ),
      );
    });
    worker.once('exit', (code) => {
      settle(failed(`the file could not be read (the reader stopped with code ${code})`));
    });
  });
}
