import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { checkDatabaseContentHere } from './engine-check';
import {
  ENGINE_WORKER,
  type EngineJobs,
  type EngineReply,
  type EngineRequest,
  type EngineWorkerData,
} from './engine-jobs';
import { digestFile } from './file-digest';

/**
 * The worker thread of `engine-thread.ts`: one job at a time, each answered
 * by its id. Imported anywhere else (the main thread, a test runner's own
 * worker) it does nothing.
 */

async function perform(request: EngineRequest): Promise<unknown> {
  switch (request.kind) {
    case 'check': {
      const input = request.input as EngineJobs['check']['input'];
      return checkDatabaseContentHere(input.path, input.scratchRoot);
    }
    case 'digest': {
      const input = request.input as EngineJobs['digest']['input'];
      return input.paths.map((path) => digestFile(path));
    }
  }
}

async function answer(request: EngineRequest): Promise<EngineReply> {
  try {
    return { id: request.id, ok: true, value: await perform(request) };
  } catch (error) {
    return {
      id: request.id,
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    };
  }
}

/**
 * On Linux each thread has its own nice value: with every core busy, a
 * background thread's checks give way to the main thread's answer saves.
 * Elsewhere the value is the whole process's, so it is left alone there.
 */
const BACKGROUND_NICE = 10;

const port = parentPort;
const data = workerData as Partial<EngineWorkerData> | null;
if (port && data?.role === ENGINE_WORKER) {
  if (data.background === true && process.platform === 'linux') {
    try {
      setPriority(0, BACKGROUND_NICE);
    } catch {
      // A thread that may not lower its own priority runs at the process's.
    }
  }
  port.on('message', (request: EngineRequest) => {
    void answer(request).then((reply) => port.postMessage(reply));
  });
}
