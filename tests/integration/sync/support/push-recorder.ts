import type { SyncClient } from '@db/client';
import { describePushRequest, type PushBatch } from '@db/sync/push-request';
import type { SyncServer } from '../../../helpers/sync-server';

export interface RecordedRequest {
  url: string;
  bytes: number;
  /** The push batch it carried, read from its body; null for other requests. */
  batch: PushBatch | null;
  /** The answer's status, or null when it failed or never came. */
  status: number | null;
}

function bodyBytes(body: unknown): number {
  if (body instanceof Uint8Array) return body.byteLength;
  if (typeof body === 'string') return Buffer.byteLength(body);
  return 0;
}

/**
 * A fetch for a device that records every sync request with its body size
 * and push batch, and lets a test act before a request goes out (move time,
 * hold it back).
 */
export class PushRecorder {
  readonly requests: RecordedRequest[] = [];
  /** Runs before each request reaches the server (it may move time, or wait). */
  beforeSend: (request: RecordedRequest, init: RequestInit | undefined) => Promise<void> | void =
    () => undefined;

  readonly fetch: typeof fetch = async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const request: RecordedRequest = {
      url,
      bytes: bodyBytes(init?.body),
      batch: describePushRequest(init?.body),
      status: null,
    };
    this.requests.push(request);
    await this.beforeSend(request, init);
    const response = await fetch(input, init);
    request.status = response.status;
    return response;
  };

  /** Where the record stands now, to read what came after with `batchesSince`. */
  mark(): number {
    return this.requests.length;
  }

  /** The push batches sent since `mark`, in order. */
  batchesSince(mark: number): PushBatch[] {
    return this.requests.slice(mark).flatMap((r) => (r.batch ? [r.batch] : []));
  }

  /** The push batches the server answered with a 2xx since `mark`. */
  takenSince(mark: number): PushBatch[] {
    return this.requests
      .slice(mark)
      .flatMap((r) => (r.batch && r.status !== null && r.status < 300 ? [r.batch] : []));
  }
}

/** The change id up to which the server holds this device's changes (one device per server here). */
export async function serverMark(server: SyncServer): Promise<number> {
  const rows = await server.query('SELECT change_id FROM turso_sync_last_change_id');
  if (rows.length !== 1) throw new Error(`expected one device mark, found ${rows.length}`);
  return Number(rows[0]?.change_id);
}

/** Row changes in the local change log after `changeId` that a push sends (commits and engine tables left out). */
export async function localRowChangesAfter(client: SyncClient, changeId: number): Promise<number> {
  const row = (await client.get(
    `SELECT count(*) AS n FROM turso_cdc WHERE change_id > ? AND change_type != 2
       AND table_name IS NOT NULL AND substr(table_name, 1, 6) != 'turso_'`,
    changeId,
  )) as { n: number };
  return row.n;
}
