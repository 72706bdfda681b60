import { describe, expect, it } from 'vitest';
import { DatabaseClosingError } from '@db/write-gate';
import { openTestDatabase } from '../../helpers/test-db';
import { startSyncServer } from '../../helpers/sync-server';

/** A fetch that holds the next pull's request until `release()`, as a slow line would. */
function holdingFetch(): {
  fetch: typeof fetch;
  holdNextPull(): Promise<void>;
  release(): void;
} {
  let hold = false;
  let held: (() => void) | null = null;
  let heldNow: () => void = () => undefined;
  let isHeld = Promise.resolve();
  return {
    fetch: async (input, init) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      if (hold && url.includes('/pull-updates')) {
        hold = false;
        await new Promise<void>((resolve) => {
          held = resolve;
          heldNow();
        });
      }
      return fetch(input, init);
    },
    holdNextPull() {
      hold = true;
      isHeld = new Promise<void>((resolve) => (heldNow = resolve));
      return isHeld;
    },
    release: () => held?.(),
  };
}

describe('the engine calls of a database at its close, on the real engine and server', () => {
  it('a close waits for the pull in flight and refuses the push asked meanwhile, so nothing runs under it', async () => {
    const server = await startSyncServer();
    const line = holdingFetch();
    const database = await openTestDatabase({
      skipMigrations: true,
      // It makes its table after opening, which the app does only in its migrations at open
      // (and then pushes with the engine's own statements): so does this (db/sync/compact-push.ts).
      remote: { url: () => server.url, fetch: line.fetch, compactPush: false },
    });
    await database.client.exec('CREATE TABLE saves (id TEXT PRIMARY KEY)');
    await database.client.push();
    await database.client.exec("INSERT INTO saves (id) VALUES ('answer-1')");

    const events: string[] = [];
    const pullHeld = line.holdNextPull();
    const pull = database.client.pull().then(() => events.push('pull done'));
    await pullHeld;
    const closed = database.client.close().then(() => events.push('closed'));
    const push = database.client.push();
    await expect(push).rejects.toBeInstanceOf(DatabaseClosingError);
    await expect(push).rejects.toThrow('The local database is closing; the push did not start');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(events).toEqual([]);

    line.release();
    await Promise.all([pull, closed]);
    expect(events).toEqual(['pull done', 'closed']);
  });

  it('a snapshot’s copy waits for the pull in flight while a transaction goes through', async () => {
    const server = await startSyncServer();
    const line = holdingFetch();
    const database = await openTestDatabase({
      skipMigrations: true,
      // It makes its table after opening, which the app does only in its migrations at open
      // (and then pushes with the engine's own statements): so does this (db/sync/compact-push.ts).
      remote: { url: () => server.url, fetch: line.fetch, compactPush: false },
    });
    await database.client.exec('CREATE TABLE saves (id TEXT PRIMARY KEY)');
    await database.client.push();

    const events: string[] = [];
    const pullHeld = line.holdNextPull();
    const pull = database.client.pull().then(() => events.push('pull done'));
    await pullHeld;
    const snapshot = database.gate.snapshot(() => {
      events.push(database.gate.pulling ? 'copy under the pull' : 'copy');
      return Promise.resolve();
    });
    await database.gate.write(async () => {
      await database.client.exec("INSERT INTO saves (id) VALUES ('answer-1')");
      events.push('save');
    });
    expect(events).toEqual(['save']);

    line.release();
    await Promise.all([pull, snapshot]);
    expect([...events].sort()).toEqual(['copy', 'pull done', 'save']);
  });
});
