import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { exportRescue, OtherOrganisationFolder } from './rescue-export';
import {
  RESCUE_EXPORT_WORKER,
  type RescueExportReply,
  type RescueExportRequest,
} from './rescue-export-thread';

/**
 * The thread of `rescue-export-thread.ts`: one export, answered once.
 * Imported anywhere else (the main thread, a test runner's own worker) it
 * does nothing.
 */

async function answer(request: RescueExportRequest): Promise<RescueExportReply> {
  const { role: _role, rescueId, ...options } = request;
  try {
    return { ok: true, value: await exportRescue({ ...options, newId: () => rescueId }) };
  } catch (error) {
    return {
      ok: false,
      message: error instanceof Error ? error.message : String(error),
      otherOrganisation: error instanceof OtherOrganisationFolder ? error.dataDir : null,
    };
  }
}

/**
 * On Linux each thread has its own nice value: with every core busy, the
 * export gives way to the main thread's answer saves. Elsewhere the value is
 * the whole process's, so it is left alone there.
 */
const BACKGROUND_NICE = 10;

const port = parentPort;
const request = workerData as Partial<RescueExportRequest> | null;
if (port && request?.role === RESCUE_EXPORT_WORKER) {
  if (process.platform === 'linux') {
    try {
      setPriority(0, BACKGROUND_NICE);
    } catch {
      // A thread that may not lower its own priority runs at the process's.
    }
  }
  void answer(request as RescueExportRequest).then((reply) => port.postMessage(reply));
}
