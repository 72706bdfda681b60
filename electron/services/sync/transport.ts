/**
 * The fetch the sync engine uses. It lets the runner abandon requests (quit,
 * timeouts, an abandoned long-poll), and counts bytes as they move so the
 * sync panel can show progress on a large transfer.
 */
export type Direction = 'sent' | 'received';
/** Pull requests (`/pull-updates`, long-poll waits) and everything else (pushes), counted apart. */
export type TrafficKind = 'push' | 'pull';

function kindOf(input: Parameters<typeof fetch>[0]): TrafficKind {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  return /pull|wait/i.test(url) ? 'pull' : 'push';
}

export interface TransportOptions {
  /** The underlying fetch (tests may wrap it); the global one by default. */
  fetch?: typeof fetch;
  onBytes?: (direction: Direction, bytes: number) => void;
}

function bodyLength(body: unknown): number {
  if (body === null || body === undefined) return 0;
  if (typeof body === 'string') return Buffer.byteLength(body);
  if (body instanceof ArrayBuffer) return body.byteLength;
  if (ArrayBuffer.isView(body)) return body.byteLength;
  return 0;
}

export class SyncTransport {
  private readonly inflight = new Set<AbortController>();
  private readonly base: typeof fetch;
  private readonly onBytes: ((direction: Direction, bytes: number) => void) | undefined;
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
  }

  /** Requests on the wire right now. */
  get active(): number {
    return this.inflight.size;
  }

  readonly fetch: typeof fetch = async (input, init) => {
    const controller = new AbortController();
    const outer = init?.signal;
    if (outer) {
      if (outer.aborted) controller.abort(outer.reason);
      else outer.addEventListener('abort', () => controller.abort(outer.reason), { once: true });
    }
    this.inflight.add(controller);
    const kind = kindOf(input);
    const sent = bodyLength(init?.body);
    this.sentBytes += sent;
    this.byKind[kind].sent += sent;
    if (sent > 0) this.onBytes?.('sent', sent);
    let response: Response;
    try {
      response = await this.base(input, { ...init, signal: controller.signal });
    } catch (error) {
      this.inflight.delete(controller);
      throw error;
    }
    const body = response.body;
    if (!body) {
      this.inflight.delete(controller);
      return response;
    }
    const counting = new TransformStream<Uint8Array, Uint8Array>({
      transform: (chunk, out) => {
        this.receivedBytes += chunk.byteLength;
        this.byKind[kind].received += chunk.byteLength;
        this.onBytes?.('received', chunk.byteLength);
        out.enqueue(chunk);
      },
      flush: () => {
        this.inflight.delete(controller);
      },
    });
    const release = () => this.inflight.delete(controller);
    controller.signal.addEventListener('abort', release, { once: true });
    return new Response(body.pipeThrough(counting), {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };

  /** Abandons every request on the wire; the engine sees a fetch error and the runner retries later. */
  abortAll(reason = 'sync request abandoned'): void {
    for (const controller of this.inflight) controller.abort(new Error(reason));
    this.inflight.clear();
  }
}
