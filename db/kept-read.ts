import type { SyncClient } from './client';

/** What a kept read needs of a statement (the engine's `prepare` is typed as any). */
interface KeptStatement {
  get(...params: unknown[]): Promise<unknown>;
  close(): void;
}

interface Kept {
  statement: Promise<KeptStatement>;
  /** The end of the last call's turn: calls on one statement run one after another. */
  turn: Promise<unknown>;
}

/** Every kept statement of a database, to finalize before it closes. */
const keptByClient = new WeakMap<SyncClient, Set<Kept>>();

/**
 * Finalizes a database's kept statements once their last calls end; its
 * close calls this, so no prepared statement outlives the database.
 */
export async function finalizeKeptReads(client: SyncClient): Promise<void> {
  const entries = keptByClient.get(client);
  if (!entries) return;
  keptByClient.delete(client);
  for (const entry of entries) {
    await entry.turn;
    const statement = await entry.statement.catch(() => undefined);
    statement?.close();
  }
}

/**
 * A read run on every API call, with its statement prepared once per
 * database instead of at each call (preparing a statement and dropping it
 * cost the engine more than running it). Runs outside any transaction, on
 * the database itself, so it waits for an open transaction like every
 * other read there.
 *
 * Calls take turns: the engine binds a statement's parameters before it
 * waits for the connection, so two calls sharing a statement at once could
 * each run with the other's parameters. A database that is replaced (an
 * enrolment) gets its own statement; the old one goes with it.
 */
export function keptRead<Row>(
  sql: string,
): (client: SyncClient, ...params: unknown[]) => Promise<Row | undefined> {
  const kept = new WeakMap<SyncClient, Kept>();
  return (client, ...params) => {
    let entry = kept.get(client);
    if (!entry) {
      entry = { statement: client.prepare(sql) as Promise<KeptStatement>, turn: Promise.resolve() };
      kept.set(client, entry);
      const all = keptByClient.get(client) ?? new Set<Kept>();
      all.add(entry);
      keptByClient.set(client, all);
    }
    const mine = entry;
    const result = mine.turn.then(async () => {
      const statement = await mine.statement;
      return (await statement.get(...params)) as Row | undefined;
    });
    // The next call waits for this one to end, whether it read a row or failed.
    mine.turn = result.catch(() => undefined);
    return result;
  };
}
