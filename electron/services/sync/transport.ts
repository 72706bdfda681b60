import type { Scheduler } from '@shared/scheduler';
import { mergedPushBody } from '@db/sync/push-merge';
import { describePushRequest, type PushBatch } from '@db/sync/push-request';

/**
 * The fetch the sync engine uses. It lets the runner abandon requests (quit,
 * timeouts, an abandoned long-poll), gives up on a request that stops moving,
 * counts bytes as they move, and reads each push batch as it goes out and is
 * taken, so the status can show "sending N of M changes".
 */
export type Direction = 'sent' | 'received';
/** Pull requests (`/pull-updates`, long-poll waits) and everything else (pushes), counted apart. */
export type TrafficKind = 'push' | 'pull';

function kindOf(input: Parameters<typeof fetch>[0]): TrafficKind {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  return /pull|wait/i.test(url) ? 'pull' : 'push';
}

/** A push batch on its way: `sent` as the request goes out, `taken` once the server answered it. */
export type PushBatchEvent = 'sent' | 'taken';

export interface RequestTimeouts {
  scheduler: Scheduler;
  /** How long a request may wait for its answer, from the size of its body. */
  firstAnswerMs: (kind: TrafficKind, bodyBytes: number) => number;
  /** How long an answer may stop arriving before the request is given up. */
  idleMs: number;
}

export interface TransportOptions {
  /** The underlying fetch (tests may wrap it); the global one by default. */
  fetch?: typeof fetch;
  onBytes?: (direction: Direction, bytes: number) => void;
  onPushBatch?: (event: PushBatchEvent, batch: PushBatch) => void;
  /** Without them a request waits as long as the network lets it. */
  timeouts?: RequestTimeouts;
}

export class RequestTimeoutError extends Error {
  constructor(kind: TrafficKind, ms: number) {
    super(`sync ${kind} request timed out: nothing moved for ${ms} ms`);
    this.name = 'RequestTimeoutError';
  }
}

function bodyLength(body: unknown): number {
  if (body === null || body === undefined) return 0;
  if (typeof body === 'string') return Buffer.byteLength(body);
  if (body instanceof ArrayBuffer) return body.byteLength;
  if (ArrayBuffer.isView(body)) return body.byteLength;
  return 0;
}

/**
 * A push batch's body as it goes on the wire: with runs of the compact
 * statements of consecutive row changes merged (@db/sync/push-merge), or as
 * the engine wrote it.
 */
function pushBodyToSend(body: RequestInit['body']): RequestInit['body'] {
  if (!(body instanceof Uint8Array)) return body;
  const merged = mergedPushBody(
    Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8'),
  );
  return merged === null ? body : Buffer.from(merged, 'utf8');
}

export class SyncTransport {
  private readonly inflight = new Map<AbortController, TrafficKind>();
  /** While set, every new request fails at once with this reason (the app is closing the database). */
  private refusing: string | null = null;
  private readonly base: typeof fetch;
  private readonly onBytes: TransportOptions['onBytes'];
  private readonly onPushBatch: TransportOptions['onPushBatch'];
  private readonly timeouts: RequestTimeouts | undefined;
  sentBytes = 0;
  receivedBytes = 0;
  /** The same totals, by the kind of request that moved them. */
  readonly byKind: Record<TrafficKind, { sent: number; received: number }> = {
    push: { sent: 0, received: 0 },
    pull: { sent: 0, received: 0 },
  };

  constructor(options: TransportOptions = {}) {
    this.base = options.fetch ?? ((input, init) => fetch(input, init));
    this.onBytes = options.onBytes;
    this.onPushBatch = options.onPushBatch;
    this.timeouts = options.timeouts;
  }

  /** Requests on the wire right now. */
  get active(): number {
    return this.inflight.size;
  }

  readonly fetch: typeof fetch = async (input, init) => {
    if (this.refusing !== null) throw new Error(this.refusing);
    const controller = new AbortController();
    const outer = init?.signal;
    if (outer) {
      if (outer.aborted) controller.abort(outer.reason);
      else outer.addEventListener('abort', () => controller.abort(outer.reason), { once: true });
    }
    const kind = kindOf(input);
    this.inflight.set(controller, kind);
    // Read as the engine framed it, before its compact statements are merged.
    const batch =
      kind === 'push' && bodyLength(init?.body) > 0 ? describePushRequest(init?.body) : null;
    const requestBody = batch ? pushBodyToSend(init?.body) : init?.body;
    const sent = bodyLength(requestBody);
    this.sentBytes += sent;
    this.byKind[kind].sent += sent;
    if (sent > 0) this.onBytes?.('sent', sent);
    if (batch) this.onPushBatch?.('sent', batch);
    const watchdog = this.watchdog(controller, kind, sent);
    const release = () => {
      watchdog.stop();
      this.inflight.delete(controller);
    };
    let response: Response;
    try {
      response = await this.base(input, {
        ...init,
        ...(requestBody === undefined ? {} : { body: requestBody }),
        signal: controller.signal,
      });
    } catch (error) {
      release();
      throw controller.signal.aborted && controller.signal.reason instanceof RequestTimeoutError
        ? controller.signal.reason
        : error;
    }
    // The server has answered: with a 2xx it committed the batch and its mark together.
    if (batch && response.ok) this.onPushBatch?.('taken', batch);
    const body = response.body;
    if (!body) {
      release();
      return response;
    }
    watchdog.moved();
    const counting = new TransformStream<Uint8Array, Uint8Array>({
      transform: (chunk, out) => {
        watchdog.moved();
        this.receivedBytes += chunk.byteLength;
        this.byKind[kind].received += chunk.byteLength;
        this.onBytes?.('received', chunk.byteLength);
        out.enqueue(chunk);
      },
      flush: release,
    });
    controller.signal.addEventListener('abort', release, { once: true });
    return new Response(body.pipeThrough(counting), {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };

  /**
   * Abandons every request on the wire and fails each new one until `accept()`
   * (while a stop winds down):
   * an engine call between two requests of one push would otherwise send the
   * next, and outlive the stop that the database's close waits behind.
   */
  refuse(reason: string): void {
    this.refusing = reason;
    this.abortAll(reason);
  }

  /** Lets requests through again (the stop has wound down). */
  accept(): void {
    this.refusing = null;
  }

  /**
   * Abandons the requests on the wire, all of them or those of one kind; the
   * engine sees a fetch error and the runner retries later.
   */
  abortAll(reason = 'sync request abandoned', only?: TrafficKind): void {
    for (const [controller, kind] of [...this.inflight]) {
      if (only !== undefined && kind !== only) continue;
      controller.abort(new Error(reason));
      this.inflight.delete(controller);
    }
  }

  /**
   * Gives up on a request that gets no answer within its time (longer for a
   * big body, which takes a while to upload), or whose answer stops arriving.
   */
  private watchdog(
    controller: AbortController,
    kind: TrafficKind,
    bodyBytes: number,
  ): { moved(): void; stop(): void } {
    const timeouts = this.timeouts;
    if (!timeouts) return { moved: () => undefined, stop: () => undefined };
    let cancel = (): void => undefined;
    let stopped = false;
    const arm = (ms: number) => {
      cancel();
      cancel = timeouts.scheduler.after(ms, () => {
        stopped = true;
        controller.abort(new RequestTimeoutError(kind, ms));
      });
    };
    arm(timeouts.firstAnswerMs(kind, bodyBytes));
    return {
      moved: () => {
        if (!stopped) arm(timeouts.idleMs);
      },
      stop: () => {
        stopped = true;
        cancel();
      },
    };
  }
}
