import { fork, type ChildProcess } from 'node:child_process';
import type {
  DeviceEvent,
  DeviceReply,
  DeviceRequest,
  DeviceRows,
  DeviceSetup,
  ExamScript,
  FromDevice,
  SyncCounts,
} from './lab-protocol';

/** A lab computer's process, seen from the harness: requests answered in turn, events as they come. */
export class LabDevice {
  private readonly child: ChildProcess;
  private nextId = 1;
  private readonly waiting = new Map<
    number,
    { resolve: (v: DeviceReply) => void; reject: (e: Error) => void }
  >();
  private stderr = '';
  readonly exited: Promise<number | null>;

  constructor(
    readonly name: string,
    script: string,
    onEvent: (device: LabDevice, event: DeviceEvent) => void,
  ) {
    this.child = fork(script, [], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    this.child.stderr?.on('data', (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString()).slice(-4_000);
    });
    this.child.on('message', (message: FromDevice) => {
      if ('event' in message) {
        onEvent(this, message);
        return;
      }
      const waiter = this.waiting.get(message.id);
      if (!waiter) return;
      this.waiting.delete(message.id);
      if (message.ok) waiter.resolve(message.value);
      else waiter.reject(new Error(`${this.name}: ${message.error}`));
    });
    this.exited = new Promise((resolve) => {
      this.child.once('exit', (code) => {
        for (const waiter of this.waiting.values()) {
          waiter.reject(new Error(`${this.name} exited (${String(code)}):\n${this.stderr}`));
        }
        this.waiting.clear();
        resolve(code);
      });
    });
  }

  private request(request: DeviceRequest, timeoutMs: number): Promise<DeviceReply> {
    const id = this.nextId++;
    return new Promise<DeviceReply>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        reject(new Error(`${this.name}: ${request.cmd} took more than ${String(timeoutMs)} ms`));
      }, timeoutMs);
      this.waiting.set(id, {
        resolve: (v) => {
          clearTimeout(timer);
          resolve(v);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      });
      this.child.send({ id, ...request });
    });
  }

  async setUp(setup: DeviceSetup): Promise<string | null> {
    return ((await this.request({ cmd: 'setup', setup }, 300_000)) as { testId: string | null })
      .testId;
  }

  async run(script: ExamScript): Promise<void> {
    await this.request({ cmd: 'run', script }, 120_000);
  }

  async status(): Promise<SyncCounts> {
    return (await this.request({ cmd: 'status' }, 60_000)) as SyncCounts;
  }

  async syncNow(): Promise<SyncCounts> {
    return (await this.request({ cmd: 'syncNow' }, 180_000)) as SyncCounts;
  }

  async digest(testId: string): Promise<{ digest: string; answers: number }> {
    return (await this.request({ cmd: 'digest', testId }, 60_000)) as {
      digest: string;
      answers: number;
    };
  }

  async rows(testId: string): Promise<DeviceRows> {
    return (await this.request({ cmd: 'rows', testId }, 120_000)) as DeviceRows;
  }

  async close(): Promise<void> {
    await this.request({ cmd: 'close' }, 30_000).catch(() => undefined);
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
    await this.exited;
    clearTimeout(timer);
  }
}

/** Runs `work` on each item, at most `limit` at a time. */
export async function inBatches<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await work(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return out;
}
