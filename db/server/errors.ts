import { type ApiError, invalid } from '@shared/api/result';

/** The part of a server connection that an admin got wrong: the sync URL or its token. */
export type ServerDatabaseField = 'url' | 'token';

/**
 * Why the organisation's server database could not be used, in words an admin
 * can act on, with the field to fix. SQL errors on a reachable server are not
 * these: they come through as the library's own `LibsqlError`.
 */
export class ServerDatabaseError extends Error {
  constructor(
    readonly field: ServerDatabaseField,
    message: string,
    /** The HTTP status the server answered, or null when there was no answer. */
    readonly status: number | null,
  ) {
    super(message);
    this.name = 'ServerDatabaseError';
  }

  toApiError(): ApiError {
    return invalid(this.field, this.message);
  }
}

/** The error for an HTTP answer that is not a success, or null for a success. */
export function errorForStatus(address: string, status: number): ServerDatabaseError | null {
  if (status >= 200 && status < 300) return null;
  if (status === 401 || status === 403) {
    return new ServerDatabaseError(
      'token',
      'the server refused this token (it may be wrong, expired or for another database)',
      status,
    );
  }
  if (status === 404)
    return new ServerDatabaseError('url', `there is no database at ${address}`, 404);
  return new ServerDatabaseError(
    'url',
    `the server at ${address} answered ${status}; is this a Turso sync URL?`,
    status,
  );
}

/** The error for a request that got no answer at all. */
export function errorForNoAnswer(address: string, error: unknown): ServerDatabaseError {
  const reason =
    error instanceof Error
      ? error.cause instanceof Error
        ? error.cause.message
        : error.message
      : String(error);
  const timedOut =
    (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) ||
    /timeout|aborted/i.test(reason);
  if (timedOut) {
    return new ServerDatabaseError('url', `the server at ${address} did not answer in time`, null);
  }
  return new ServerDatabaseError(
    'url',
    `could not reach a sync server at ${address} (${reason})`,
    null,
  );
}

export function notASyncServer(address: string, status: number): ServerDatabaseError {
  return new ServerDatabaseError(
    'url',
    `the server at ${address} did not answer like a Turso sync server`,
    status,
  );
}
