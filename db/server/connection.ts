import { createClient, LibsqlError, type Client } from '@libsql/client/http';
import { errorForNoAnswer, errorForStatus, notASyncServer, ServerDatabaseError } from './errors';
import { isPipelineRequest, isPipelineResponse, rewritePipeline } from './pipeline';

/**
 * The organisation's database on its sync server, reached over HTTP with the
 * same URL and token a device enrols with (Turso Cloud, or `tursodb
 * --sync-server` on loopback). Migrations applied on the server and the
 * checks before enrolling go through here; devices themselves sync through
 * `@tursodatabase/sync`.
 */
export interface ServerDatabaseOptions {
  /** `libsql://…` or `https://…`; plain `http://` for a server on this computer. */
  url: string;
  token: string;
  /** The fetch to send requests with (the sync transport counts bytes; tests wrap it). */
  fetch?: typeof fetch;
  /** How long one request may take before the server counts as not answering. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 15_000;

/** The URL as the admin reads it in messages: `libsql://` is HTTPS underneath. */
export function serverAddress(url: string): string {
  return url
    .trim()
    .replace(/^libsql:\/\//i, 'https://')
    .replace(/\/+$/, '');
}

/**
 * Sends the client's requests: rewritten for the sync server (see pipeline.ts),
 * bounded in time, and with every failure of the server itself (no answer,
 * refused token, no database, not a sync server) as a ServerDatabaseError.
 */
function serverFetch(address: string, send: typeof fetch, timeoutMs: number): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    let body = await request.text();
    let rewrite: ReturnType<typeof rewritePipeline> | null = null;
    const isJson = request.headers.get('content-type')?.startsWith('application/json') ?? false;
    if (isJson && new URL(request.url).pathname.endsWith('/pipeline')) {
      const parsed: unknown = JSON.parse(body);
      if (isPipelineRequest(parsed)) {
        rewrite = rewritePipeline(parsed);
        if (!rewrite.forward) {
          return Response.json(rewrite.merge(null));
        }
        body = JSON.stringify(rewrite.forward);
      }
    }
    let response: Response;
    try {
      response = await send(request.url, {
        method: request.method,
        headers: request.headers,
        ...(request.method === 'GET' || request.method === 'HEAD' ? {} : { body }),
        signal: AbortSignal.any([request.signal, AbortSignal.timeout(timeoutMs)]),
      });
    } catch (error) {
      throw errorForNoAnswer(address, error);
    }
    const refused = errorForStatus(address, response.status);
    if (refused) {
      await response.body?.cancel();
      throw refused;
    }
    if (!rewrite?.forward) return response;
    let answer: unknown;
    try {
      answer = await response.json();
    } catch {
      throw notASyncServer(address, response.status);
    }
    if (!isPipelineResponse(answer, rewrite.forward.requests.length)) {
      throw notASyncServer(address, response.status);
    }
    return Response.json(rewrite.merge(answer), { status: response.status });
  };
}

/**
 * Opens a client for the server database. It holds no connection until the
 * first statement; close it when done. Throws ServerDatabaseError for a URL
 * the client cannot use.
 */
export function openServerDatabase(options: ServerDatabaseOptions): Client {
  const address = serverAddress(options.url);
  const send = options.fetch ?? ((input, init) => fetch(input, init));
  try {
    return createClient({
      url: options.url.trim(),
      authToken: options.token,
      fetch: serverFetch(address, send, options.timeoutMs ?? DEFAULT_TIMEOUT_MS),
    });
  } catch (error) {
    if (error instanceof LibsqlError) {
      throw new ServerDatabaseError(
        'url',
        { id: 'server.notSyncUrl', values: { address, detail: error.message } },
        null,
      );
    }
    throw error;
  }
}

/** Opens the server database, runs `work` on it and closes it, also when `work` fails. */
export async function withServerDatabase<T>(
  options: ServerDatabaseOptions,
  work: (client: Client) => Promise<T>,
): Promise<T> {
  const client = openServerDatabase(options);
  try {
    return await work(client);
  } finally {
    client.close();
  }
}
