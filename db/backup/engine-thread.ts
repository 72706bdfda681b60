import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  ENGINE_WORKER,
  type EngineJobKind,
  type EngineJobs,
  type EnginePriority,
  type EngineReply,
  type EngineRequest,
  type EngineWorkerData,
} from './engine-jobs';
import type { FileDigest } from './file-digest';

/**
 * The engine runs a statement to its end on the thread that asks for it, and
 * `PRAGMA integrity_check` of a whole database holds that thread for a second
 * or more. The checks and digests of snapshots therefore run on worker
 * threads (`engine-worker.ts`), so answer saves and every other request of
 * the main thread go on meanwhile.
 */

interface Task {
  request: EngineRequest;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

interface Thread {
  worker: Worker;
  task: Task | null;
  idleTimer: ReturnType<typeof setTimeout> | null;
}

/** An idle thread ends after this long; the next job starts a new one. */
const IDLE_MS = 30_000;

/**
 * The built app has the worker bundled beside the main process's code
 * (`engine-worker.js`, an entry of the main build). Run from the sources (the
 * CLIs, the tests, the benchmarks) there is only `engine-worker.ts`, which the
 * thread loads through tsx as the process itself was.
 */
function startWorker(background: boolean): Worker {
  const built = new URL('./engine-worker.js', import.meta.url);
  const workerData: EngineWorkerData = { role: ENGINE_WORKER, background };
  if (existsSync(fileURLToPath(built))) return new Worker(built, { workerData });
  const source = new URL('./engine-worker.ts', import.meta.url);
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(source.href)}); });`;
  return new Worker(boot, { eval: true, workerData });
}

class EngineThreads {
  private readonly threads = new Set<Thread>();
  private readonly queue: Task[] = [];
  private nextId = 1;

  constructor(
    private readonly maxThreads: number,
    private readonly background: boolean,
  ) {}

  run<K extends EngineJobKind>(
    kind: K,
    input: EngineJobs[K]['input'],
  ): Promise<EngineJobs[K]['output']> {
    return new Promise<EngineJobs[K]['output']>((resolve, reject) => {
      this.queue.push({
        request: { id: this.nextId++, kind, input },
        resolve: (value) => resolve(value as EngineJobs[K]['output']),
        reject,
      });
      this.pump();
    });
  }

  private pump(): void {
    while (this.queue.length > 0) {
      const thread =
        this.idleThread() ?? (this.threads.size < this.maxThreads ? this.spawn() : null);
      if (!thread) return;
      const task = this.queue.shift();
      if (!task) return;
      this.assign(thread, task);
    }
  }

  private idleThread(): Thread | null {
    for (const thread of this.threads) if (thread.task === null) return thread;
    return null;
  }

  private assign(thread: Thread, task: Task): void {
    if (thread.idleTimer) clearTimeout(thread.idleTimer);
    thread.idleTimer = null;
    thread.task = task;
    thread.worker.ref();
    thread.worker.postMessage(task.request);
  }

  private spawn(): Thread {
    const thread: Thread = { worker: startWorker(this.background), task: null, idleTimer: null };
    this.threads.add(thread);
    thread.worker.on('message', (reply: EngineReply) => this.settle(thread, reply));
    thread.worker.on('error', (error) => this.lose(thread, error));
    thread.worker.on('exit', (code) =>
      this.lose(thread, new Error(`the database check thread stopped (exit code ${code})`)),
    );
    return thread;
  }

  private settle(thread: Thread, reply: EngineReply): void {
    const task = thread.task;
    thread.task = null;
    thread.worker.unref();
    thread.idleTimer = setTimeout(() => {
      this.threads.delete(thread);
      void thread.worker.terminate();
    }, IDLE_MS);
    thread.idleTimer.unref();
    if (task && task.request.id === reply.id) {
      if (reply.ok) task.resolve(reply.value);
      else task.reject(new Error(reply.message));
    }
    this.pump();
  }

  /** A thread that failed or ended: its job fails, the next job gets a new thread. */
  private lose(thread: Thread, error: Error): void {
    if (!this.threads.delete(thread)) return;
    if (thread.idleTimer) clearTimeout(thread.idleTimer);
    const task = thread.task;
    thread.task = null;
    task?.reject(error);
    this.pump();
  }
}

/**
 * One background thread: a snapshot while the app is in use digests and
 * checks one step at a time, so a core is left to the main thread, and on
 * Linux the thread runs below the main thread's priority. Up to two
 * foreground threads at normal priority: a restore checks the snapshot on
 * one while it snapshots the current data on the other.
 */
const pools: Record<EnginePriority, EngineThreads> = {
  background: new EngineThreads(1, true),
  foreground: new EngineThreads(Math.min(2, availableParallelism()), false),
};

/** Runs one engine job on a worker thread of the given priority and answers its result. */
export function runOnEngineThread<K extends EngineJobKind>(
  kind: K,
  input: EngineJobs[K]['input'],
  priority: EnginePriority,
): Promise<EngineJobs[K]['output']> {
  return pools[priority].run(kind, input);
}

/** The SHA-256 of each file, read and hashed on a worker thread. */
export function digestFiles(
  paths: string[],
  priority: EnginePriority = 'foreground',
): Promise<FileDigest[]> {
  return runOnEngineThread('digest', { paths }, priority);
}
