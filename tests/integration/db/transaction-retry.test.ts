import { describe, expect, it } from 'vitest';
import { WRITE_RETRY } from '@db/retry';
import { transactionRunner } from '@db/transaction';
import { openTestDatabase } from '../../helpers/test-db';

const STALE =
  'step failed: Database snapshot is stale. You must rollback and retry the whole transaction.';

describe('the transaction runner', () => {
  it('rolls back a try the engine refused as stale and runs the whole work again, once', async () => {
    const database = await openTestDatabase({ skipMigrations: true });
    await database.client.exec('CREATE TABLE saves (id TEXT PRIMARY KEY, try INTEGER)');
    const retried: number[] = [];
    const transaction = transactionRunner(() => database, {
      ...WRITE_RETRY,
      onRetry: (_error, failed) => retried.push(failed),
    });
    let tries = 0;
    const result = await transaction(async ({ sql }) => {
      tries += 1;
      await sql.run('INSERT INTO saves (id, try) VALUES (?, ?)', 'answer-1', tries);
      if (tries === 1) throw new Error(STALE);
      return 'acknowledged';
    });
    expect(result).toBe('acknowledged');
    expect(retried).toEqual([1]);
    expect(await database.client.all('SELECT id, try FROM saves')).toEqual([
      { id: 'answer-1', try: 2 },
    ]);
  });

  it('does not retry a refusal of the work itself, and leaves nothing written', async () => {
    const database = await openTestDatabase({ skipMigrations: true });
    await database.client.exec('CREATE TABLE saves (id TEXT PRIMARY KEY)');
    const transaction = transactionRunner(() => database);
    let tries = 0;
    await expect(
      transaction(async ({ sql }) => {
        tries += 1;
        await sql.run('INSERT INTO saves (id) VALUES (?)', 'answer-1');
        throw new Error('This attempt has ended; nothing more can be saved');
      }),
    ).rejects.toThrow('This attempt has ended');
    expect(tries).toBe(1);
    expect(await database.client.all('SELECT id FROM saves')).toEqual([]);
  });

  it('runs one transaction at a time on a database, each holding its write gate', async () => {
    const database = await openTestDatabase({ skipMigrations: true });
    const transaction = transactionRunner(() => database);
    const inside: boolean[] = [];
    await Promise.all(
      [1, 2, 3].map(() =>
        transaction(async () => {
          inside.push(database.gate.busy);
          await new Promise((resolve) => setImmediate(resolve));
        }),
      ),
    );
    expect(inside).toEqual([true, true, true]);
    expect(database.gate.busy).toBe(false);
  });
});
