import { eq, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/tursodatabase-sync';
import { describe, expect, it } from 'vitest';
import { FinalizedStatement, finalizedStatements } from '@db/finalized-statements';
import { profiles } from '@db/schema/index';
import { transactionRunner } from '@db/transaction';
import { createTestCore } from '../../helpers/core';

interface Tally {
  prepared: number;
  finalized: number;
}

interface Closable {
  close(): void;
}

interface Preparing {
  prepare(sql: string): Promise<Closable>;
  transactionAsync(work: (tx: object, ...args: unknown[]) => Promise<unknown>): unknown;
}

/** The engine's client, counting the statements prepared on it (and on its transactions) and those finalized. */
function counted<Client extends object>(client: Client, tally: Tally): Client {
  const engine = client as unknown as Preparing;
  return new Proxy(client, {
    get(target, property) {
      if (property === 'prepare') {
        return async (text: string) => {
          const statement = await engine.prepare(text);
          tally.prepared += 1;
          const close = statement.close.bind(statement);
          statement.close = () => {
            tally.finalized += 1;
            close();
          };
          return statement;
        };
      }
      if (property === 'transactionAsync') {
        return (work: (tx: object, ...args: unknown[]) => Promise<unknown>) =>
          engine.transactionAsync.call(target, (tx, ...args) => work(counted(tx, tally), ...args));
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function'
        ? (value as (...a: unknown[]) => unknown).bind(target)
        : value;
    },
  });
}

/** Reads as the repositories do: columns named (rows as arrays), one row, a write, and a read that fails as it runs. */
async function readsAndWrites(db: ReturnType<typeof drizzle>, id: string) {
  const named = await db.select({ id: profiles.id, email: profiles.email }).from(profiles);
  const one = await db
    .select({ email: profiles.email })
    .from(profiles)
    .where(eq(profiles.id, id))
    .get();
  await db.update(profiles).set({ name: 'Renamed Person' }).where(eq(profiles.id, id));
  const failed = await db
    .select({ bad: sql<string>`json(${profiles.email})` })
    .from(profiles)
    .then(
      () => null,
      (error: unknown) => error,
    );
  return { named, one, failed };
}

describe('the statements drizzle prepares', () => {
  it('are each finalized after their run, a failed run too, with the same rows as before', async () => {
    const core = await createTestCore();
    const client = core.database.client;
    const [person] = (await client.all('SELECT id, email FROM profiles ORDER BY email')) as Array<{
      id: string;
      email: string;
    }>;
    if (!person) throw new Error('the demo has people');

    const plainTally: Tally = { prepared: 0, finalized: 0 };
    const plain = await readsAndWrites(drizzle({ client: counted(client, plainTally) }), person.id);
    // drizzle's own driver leaves them all open: the engine keeps each one's memory until it closes.
    expect(plainTally.prepared).toBe(3);
    expect(plainTally.finalized).toBe(0);

    const tally: Tally = { prepared: 0, finalized: 0 };
    const finalized = await readsAndWrites(
      drizzle({ client: finalizedStatements(counted(client, tally)) }),
      person.id,
    );
    expect(tally.prepared).toBe(plainTally.prepared);
    expect(tally.finalized).toBe(tally.prepared);

    expect(finalized.named).toEqual(plain.named);
    expect(finalized.named.length).toBeGreaterThan(5);
    expect(finalized.one).toEqual({ email: person.email });
    expect(String(finalized.failed)).toMatch(/json/i);
    expect(String(finalized.failed)).toBe(String(plain.failed));
    await core.close();
  });

  it('are finalized inside the app’s transactions, which still commit and roll back as one', async () => {
    const core = await createTestCore();
    const tally: Tally = { prepared: 0, finalized: 0 };
    const run = transactionRunner(() => ({
      client: counted(core.database.client, tally),
      gate: core.database.gate,
    }));
    const ids = await run(async (tx) =>
      (await tx.db.select({ id: profiles.id }).from(profiles)).map((r) => r.id),
    );
    const [first] = ids;
    if (!first) throw new Error('the demo has people');
    await run((tx) =>
      tx.db.update(profiles).set({ name: 'Committed Name' }).where(eq(profiles.id, first)),
    );
    const refused = await run(async (tx) => {
      await tx.db.update(profiles).set({ name: 'Rolled Back' }).where(eq(profiles.id, first));
      await tx.db.select({ id: profiles.id }).from(profiles).where(eq(profiles.id, first));
      throw new Error('the work gave up');
    }).catch((error: unknown) => error);
    expect(String(refused)).toMatch(/the work gave up/);

    expect(tally.prepared).toBeGreaterThanOrEqual(2);
    expect(tally.finalized).toBe(tally.prepared);
    const [row] = await core.database.db
      .select({ name: profiles.name })
      .from(profiles)
      .where(eq(profiles.id, first));
    expect(row?.name).toBe('Committed Name');
    await core.close();
  });

  it('are what the app’s database hands drizzle', async () => {
    const core = await createTestCore();
    // drizzle keeps the client it was given as $client (its type here is the query builder's only).
    const handed = (core.database.db as unknown as { $client: Preparing }).$client;
    expect(handed).not.toBe(core.database.client);
    const statement: unknown = await handed.prepare('SELECT 1');
    expect(statement).toBeInstanceOf(FinalizedStatement);
    await core.close();
  });
});
