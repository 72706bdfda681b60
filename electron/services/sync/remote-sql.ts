import { ApiError } from '../../../shared/api/result';

/**
 * A few SQL statements run directly on the tenant database over the sync
 * server's HTTP API (`/v2/pipeline`, the same on Turso Cloud and on
 * `tursodb --sync-server`). Enrolment uses it to check the URL and token
 * and to see what the database holds before anything changes; `db:migrate`
 * uses it to apply migrations to an enrolled tenant.
 */
export type SqlValue = string | number | null;

export interface RemoteStatement {
  sql: string;
  args?: readonly SqlValue[];
}

export interface RemoteResult {
  columns: string[];
  rows: SqlValue[][];
}

interface HranaValue {
  type: 'null' | 'integer' | 'float' | 'text' | 'blob';
  value?: string | number;
  base64?: string;
}

interface HranaResponse {
  results?: Array<
    | {
        type: 'ok';
        response: {
          type: string;
          result?: { cols: Array<{ name: string }>; rows: HranaValue[][] };
        };
      }
    | { type: 'error'; error: { message: string; code?: string } }
  >;
}

function toHrana(value: SqlValue): HranaValue {
  if (value === null) return { type: 'null' };
  if (typeof value === 'number') {
    return Number.isInteger(value)
      ? { type: 'integer', value: String(value) }
      : { type: 'float', value };
  }
  return { type: 'text', value };
}

function fromHrana(value: HranaValue): SqlValue {
  switch (value.type) {
    case 'null':
      return null;
    case 'integer':
      return Number(value.value);
    case 'float':
      return Number(value.value);
    case 'text':
      return String(value.value ?? '');
    case 'blob':
      return value.base64 ?? '';
  }
}

export function httpBase(url: string): string {
  return url.replace(/^libsql:\/\//, 'https://').replace(/\/+$/, '');
}

/** Why a remote call failed, as the field and words an admin can act on. */
export class RemoteSqlError extends Error {
  constructor(
    readonly field: 'url' | 'token',
    message: string,
    readonly status: number | null,
  ) {
    super(message);
    this.name = 'RemoteSqlError';
  }

  toApiError(): ApiError {
    return new ApiError('VALIDATION', `${this.field}: ${this.message}`, this.field);
  }
}

export interface RemoteSqlOptions {
  url: string;
  token: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

/**
 * Runs statements in order as one request. With `transaction`, they run
 * between BEGIN and COMMIT and stop at the first error (nothing is kept).
 */
export async function remoteSql(
  options: RemoteSqlOptions,
  statements: readonly RemoteStatement[],
  { transaction = false }: { transaction?: boolean } = {},
): Promise<RemoteResult[]> {
  const base = httpBase(options.url);
  const list: RemoteStatement[] = transaction
    ? [{ sql: 'BEGIN IMMEDIATE' }, ...statements, { sql: 'COMMIT' }]
    : [...statements];
  const steps = list.map((s, i) => ({
    condition:
      transaction && i > 0
        ? {
            type: 'and',
            conds: [
              { type: 'ok', step: i - 1 },
              { type: 'not', cond: { type: 'is_autocommit' } },
            ],
          }
        : null,
    stmt: { sql: s.sql, args: (s.args ?? []).map(toHrana), want_rows: true },
  }));
  const body = transaction
    ? { requests: [{ type: 'batch', batch: { steps } }] }
    : {
        requests: list.map((s) => ({
          type: 'execute',
          stmt: { sql: s.sql, args: (s.args ?? []).map(toHrana), want_rows: true },
        })),
      };
  const doFetch = options.fetch ?? fetch;
  let response: Response;
  try {
    response = await doFetch(`${base}/v2/pipeline`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${options.token}` },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
    });
  } catch (error) {
    const reason =
      error instanceof Error
        ? error.cause instanceof Error
          ? error.cause.message
          : error.message
        : String(error);
    if (/timeout|aborted/i.test(reason)) {
      throw new RemoteSqlError('url', `the server at ${base} did not answer in time`, null);
    }
    throw new RemoteSqlError('url', `could not reach a sync server at ${base} (${reason})`, null);
  }
  if (response.status === 401 || response.status === 403) {
    throw new RemoteSqlError(
      'token',
      'the server refused this token (it may be wrong, expired or for another database)',
      response.status,
    );
  }
  if (response.status === 404) {
    throw new RemoteSqlError('url', `there is no database at ${base}`, 404);
  }
  if (!response.ok) {
    throw new RemoteSqlError(
      'url',
      `the server at ${base} answered ${response.status}; is this a Turso sync URL?`,
      response.status,
    );
  }
  let json: HranaResponse;
  try {
    json = (await response.json()) as HranaResponse;
  } catch {
    throw new RemoteSqlError(
      'url',
      `the server at ${base} did not answer like a Turso sync server`,
      response.status,
    );
  }
  const results = json.results;
  if (!Array.isArray(results)) {
    throw new RemoteSqlError(
      'url',
      `the server at ${base} did not answer like a Turso sync server`,
      response.status,
    );
  }
  const out: RemoteResult[] = [];
  if (transaction) {
    const batch = results[0];
    if (!batch || batch.type === 'error') {
      throw new Error(batch?.type === 'error' ? batch.error.message : 'empty batch answer');
    }
    const stepResults = (
      batch.response as unknown as {
        result?: {
          step_results?: Array<{ cols: Array<{ name: string }>; rows: HranaValue[][] } | null>;
          step_errors?: Array<{ message: string } | null>;
        };
      }
    ).result;
    const firstError = stepResults?.step_errors?.find((e) => e !== null);
    if (firstError) throw new Error(firstError.message);
    for (const r of (stepResults?.step_results ?? []).slice(1, -1)) {
      out.push({
        columns: r?.cols.map((c) => c.name) ?? [],
        rows: r?.rows.map((row) => row.map(fromHrana)) ?? [],
      });
    }
    return out;
  }
  for (const result of results) {
    if (result.type === 'error') throw new Error(result.error.message);
    const r = result.response.result;
    out.push({
      columns: r?.cols.map((c) => c.name) ?? [],
      rows: r?.rows.map((row) => row.map(fromHrana)) ?? [],
    });
  }
  return out;
}

/** Rows as objects keyed by column name. */
export function rowsOf(result: RemoteResult | undefined): Array<Record<string, SqlValue>> {
  if (!result) return [];
  return result.rows.map((row) =>
    Object.fromEntries(result.columns.map((c, i) => [c, row[i] ?? null])),
  );
}
