import { parentPort, workerData } from 'node:worker_threads';
import type { ReadRequest } from './read-off-thread';
import { readQuestionFile } from './read-file';

/**
 * The import's reader, in its own thread: decoding, unzipping and parsing a
 * file happen here, so the main process's event loop (exam clocks, answer
 * saves, sync) keeps turning however large or hostile the file is.
 */
const request = workerData as ReadRequest;
parentPort?.postMessage(
  readQuestionFile(request.format, request.bytes, request.fileName, request.limits),
);
