import { type ApiError, refusalOf } from '@shared/api/result';
import { englishOfSaid, type ServiceSaid } from '@shared/api/service-words';

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
    /** The sentence's id and values; the message is its English. */
    readonly said: ServiceSaid,
    /** The HTTP status the server answered, or null when there was no answer. */
    readonly status: number | null,
  ) {
    super(englishOfSaid(said));
    this.name = 'ServerDatabaseError';
  }

  toApiError(): ApiError {
    return refusalOf('VALIDATION', this.said, this.field);
  }
}

/** The error for an HTTP answer that is not a success, or null for a success. */
export function errorForStatus(address: string, status: number): ServerDatabaseError | null {
  if (status >= 200 && status < 300) return null;
  if (status === 401 || status === 403) {
    return new ServerDatabaseError('token', { id: 'server.tokenRefused' }, status);
  }
  if (status === 404)
    return new ServerDatabaseError('url', { id: 'server.noDatabase', values: { address } }, 404);
  return new ServerDatabaseError(
    'url',
    { id: 'server.answered', values: { address, status } },
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
    return new ServerDatabaseError(
      'url',
      { id: 'server.noAnswerInTime', values: { address } },
      null,
    );
  }
  return new ServerDatabaseError(
    'url',
    { id: 'server.unreachable', values: { address, detail: reason } },
    null,
  );
}

export function notASyncServer(address: string, status: number): ServerDatabaseError {
  return new ServerDatabaseError(
    'url',
    { id: 'sync.notSyncServer', values: { url: address } },
    status,
  );
}
