/**
 * The local `tursodb --sync-server` (development and tests) answers only
 * `execute` and `batch` requests on `/v2/pipeline`, and refuses a whole
 * request that holds anything else. `@libsql/client` also sends `store_sql`
 * (it keeps the SQL text of a batch on the stream and refers to it by id) and
 * `close` (it ends the stream after each call). This rewrites each request into
 * what every Hrana server takes: stored SQL written back into its statements,
 * and `store_sql`, `close_sql` and `close` answered here. Turso Cloud takes the
 * rewritten request too and ends a stream left open once it stays unused.
 */

interface Statement {
  sql?: string;
  sql_id?: number;
  [key: string]: unknown;
}

interface StreamRequest {
  type: string;
  sql?: string;
  sql_id?: number;
  stmt?: Statement;
  batch?: { steps: Array<{ stmt: Statement; [key: string]: unknown }> };
  [key: string]: unknown;
}

export interface PipelineRequest {
  baton?: string | null;
  requests: StreamRequest[];
  [key: string]: unknown;
}

export interface PipelineResponse {
  baton: string | null;
  base_url: string | null;
  results: unknown[];
}

/** A request ready to send, and how to put the answer back into the shape the client expects. */
export interface RewrittenPipeline {
  /** What goes to the server, or null when every request was answered here. */
  forward: PipelineRequest | null;
  merge(response: PipelineResponse | null): PipelineResponse;
}

const answeredHere = new Set(['store_sql', 'close_sql', 'close']);

export function isPipelineRequest(value: unknown): value is PipelineRequest {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as { requests?: unknown }).requests)
  );
}

export function isPipelineResponse(value: unknown, expected: number): value is PipelineResponse {
  if (typeof value !== 'object' || value === null) return false;
  const results = (value as { results?: unknown }).results;
  return Array.isArray(results) && results.length === expected;
}

export function rewritePipeline(body: PipelineRequest): RewrittenPipeline {
  const stored = new Map<number, string>();
  const inline = (stmt: Statement): Statement => {
    if (stmt.sql_id === undefined) return stmt;
    const sql = stored.get(stmt.sql_id);
    if (sql === undefined) {
      // Only calls that send everything in one request (execute, batch) are used here.
      throw new Error(`statement refers to SQL id ${stmt.sql_id} stored in an earlier request`);
    }
    const { sql_id: _id, ...rest } = stmt;
    return { ...rest, sql };
  };
  const forwarded: StreamRequest[] = [];
  const local = new Map<number, unknown>();
  body.requests.forEach((request, index) => {
    if (answeredHere.has(request.type)) {
      if (request.type === 'store_sql' && request.sql_id !== undefined && request.sql !== undefined)
        stored.set(request.sql_id, request.sql);
      if (request.type === 'close_sql' && request.sql_id !== undefined)
        stored.delete(request.sql_id);
      local.set(index, { type: 'ok', response: { type: request.type } });
      return;
    }
    if (request.stmt) forwarded.push({ ...request, stmt: inline(request.stmt) });
    else if (request.batch)
      forwarded.push({
        ...request,
        batch: {
          ...request.batch,
          steps: request.batch.steps.map((step) => ({ ...step, stmt: inline(step.stmt) })),
        },
      });
    else forwarded.push(request);
  });
  return {
    forward: forwarded.length > 0 ? { ...body, requests: forwarded } : null,
    merge(response) {
      const fromServer = response?.results ?? [];
      let next = 0;
      return {
        baton: response?.baton ?? null,
        base_url: response?.base_url ?? null,
        results: body.requests.map((_request, index) =>
          local.has(index) ? local.get(index) : fromServer[next++],
        ),
      };
    },
  };
}
