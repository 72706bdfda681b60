import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  OtherOrganisationFolder,
  type RescueExport,
  type RescueExportOptions,
} from './rescue-export';

/** The `workerData.role` the rescue thread is started with (and answers only to). */
export const RESCUE_EXPORT_WORKER = 'exam-desk-rescue-export-worker';

/** What the thread is given: the options as data (the id is made here, a function cannot cross). */
export type RescueExportRequest = Omit<RescueExportOptions, 'newId'> & {
  role: typeof RESCUE_EXPORT_WORKER;
  rescueId: string;
};

export type RescueExportReply =
  | { ok: true; value: RescueExport }
  | { ok: false; message: string; otherOrganisation: string | null };

/**
 * The built app has the thread's script beside the main process's code
 * (`rescue-export-worker.js`, an entry of the main build). Run from the
 * sources (the preview, the tests, the benchmarks) there is only the .ts
 * file, which the thread loads through tsx, since a worker does not inherit
 * the loader.
 */
function startWorker(request: RescueExportRequest): Worker {
  const built = new URL('./rescue-export-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(built))) return new Worker(built, { workerData: request });
  const source = new URL('./rescue-export-worker.ts', import.meta.url);
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(source.href)}); });`;
  return new Worker(boot, { eval: true, workerData: request });
}

/**
 * `exportRescue` on a thread of its own. Reading a database copy row by row
 * and signing the file hold the thread they run on for seconds, and an admin
 * may write a rescue file of this computer while an exam runs on it: on the
 * main thread that would stall answer saves and the exam clock. Here the
 * main thread only passes the options and receives the file's text.
 */
export function exportRescueOffThread(options: RescueExportOptions): Promise<RescueExport> {
  const { newId, ...data } = options;
  const request: RescueExportRequest = { ...data, role: RESCUE_EXPORT_WORKER, rescueId: newId() };
  return new Promise((resolve, reject) => {
    const worker = startWorker(request);
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      outcome();
      void worker.terminate();
    };
    worker.once('message', (reply: RescueExportReply) =>
      settle(() => {
        if (reply.ok) resolve(reply.value);
        else if (reply.otherOrganisation !== null)
          reject(new OtherOrganisationFolder(reply.otherOrganisation));
        else reject(new Error(reply.message));
      }),
    );
    worker.once('error', (error) => settle(() => reject(error)));
    worker.once('exit', (code) =>
      settle(() => reject(new Error(`the rescue export thread stopped (exit code ${code})`))),
    );
  });
}
