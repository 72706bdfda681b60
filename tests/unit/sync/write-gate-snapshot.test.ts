import { describe, expect, it } from 'vitest';
import { DatabaseBusyAtCloseError, DatabaseClosingError, WriteGate } from '@db/write-gate';
import { deferred, flush } from '../../helpers/deferred';

describe('WriteGate: snapshots', () => {
  it('a snapshot waits for the push in flight, and no push, pull or checkpoint starts until it ends', async () => {
    const gate = new WriteGate();
    const pushing = deferred();
    const copying = deferred();
    const events: string[] = [];
    const push = gate.push(async () => {
      events.push('push 1');
      await pushing.promise;
      events.push('push 1 done');
    });
    const snapshot = gate.snapshot(async () => {
      events.push('copy');
      await copying.promise;
      events.push('copy done');
    });
    const laterPush = gate.push(async () => {
      events.push('push 2');
    });
    const laterPull = gate.pull(async () => {
      events.push('pull');
      return false;
    });
    const laterCheckpoint = gate.checkpoint(async () => {
      events.push('checkpoint');
    });
    await flush();
    expect(events).toEqual(['push 1']);
    pushing.resolve();
    await flush();
    expect(events).toEqual(['push 1', 'push 1 done', 'copy']);
    copying.resolve();
    await Promise.all([push, snapshot, laterPush, laterPull, laterCheckpoint]);
    expect(events.slice(0, 4)).toEqual(['push 1', 'push 1 done', 'copy', 'copy done']);
    expect(events.slice(4).sort()).toEqual(['checkpoint', 'pull', 'push 2']);
  });

  it('transactions go on while a snapshot copies', async () => {
    const gate = new WriteGate();
    const copying = deferred();
    const events: string[] = [];
    const snapshot = gate.snapshot(async () => {
      events.push('copy');
      await copying.promise;
      events.push('copy done');
    });
    await flush();
    await gate.write(async () => {
      events.push('save');
    });
    expect(events).toEqual(['copy', 'save']);
    copying.resolve();
    await snapshot;
    expect(events).toEqual(['copy', 'save', 'copy done']);
  });

  it('a snapshot waits for a pull to apply after a push, and the pull is not held back by it', async () => {
    const gate = new WriteGate();
    const pushing = deferred();
    const events: string[] = [];
    const push = gate.push(async () => {
      await pushing.promise;
      events.push('push done');
    });
    const pull = gate.pull(async () => {
      await gate.pullResponseArrived();
      events.push('apply');
      return true;
    });
    await flush();
    const snapshot = gate.snapshot(async () => {
      events.push('copy');
    });
    await flush();
    expect(events).toEqual([]);
    pushing.resolve();
    await Promise.all([push, pull, snapshot]);
    expect(events).toEqual(['push done', 'apply', 'copy']);
  });

  it('a checkpoint waiting out a pull waits for a snapshot asked meanwhile, then runs', async () => {
    const gate = new WriteGate();
    const polling = deferred();
    const copying = deferred();
    const events: string[] = [];
    const pull = gate.pull(async () => {
      await polling.promise;
      events.push('pull done');
      return false;
    });
    const checkpoint = gate.checkpoint(async () => {
      events.push('checkpoint');
    });
    const snapshot = gate.snapshot(async () => {
      events.push('copy');
      await copying.promise;
      events.push('copy done');
    });
    await flush();
    polling.resolve();
    await flush();
    expect(events).toEqual(['pull done', 'copy']);
    copying.resolve();
    await Promise.all([pull, checkpoint, snapshot]);
    expect(events).toEqual(['pull done', 'copy', 'copy done', 'checkpoint']);
  });

  it('two snapshots copy one after the other', async () => {
    const gate = new WriteGate();
    const first = deferred();
    const events: string[] = [];
    const a = gate.snapshot(async () => {
      events.push('a');
      await first.promise;
      events.push('a done');
    });
    const b = gate.snapshot(async () => {
      events.push('b');
    });
    await flush();
    expect(events).toEqual(['a']);
    first.resolve();
    await Promise.all([a, b]);
    expect(events).toEqual(['a', 'a done', 'b']);
  });
});

describe('WriteGate: closing', () => {
  it('waits for the engine call in flight, and refuses what was waiting to start', async () => {
    const gate = new WriteGate();
    const pushing = deferred();
    const events: string[] = [];
    const push = gate.push(async () => {
      await pushing.promise;
      events.push('push done');
    });
    const checkpoint = gate.checkpoint(async () => {
      events.push('checkpoint');
    });
    await flush();
    const pull = gate.pull(async () => {
      events.push('pull');
      return false;
    });
    const closed = gate.close(5_000).then(() => events.push('closed'));
    await expect(pull).rejects.toBeInstanceOf(DatabaseClosingError);
    await flush();
    expect(events).toEqual([]);
    pushing.resolve();
    await Promise.all([push, closed]);
    // The checkpoint had already begun waiting for the push: it runs, and the close waits for it.
    await checkpoint;
    expect(events).toEqual(['push done', 'checkpoint', 'closed']);
    await expect(gate.push(() => Promise.resolve())).rejects.toThrow(
      'The local database is closing; the push did not start',
    );
    await expect(gate.snapshot(() => Promise.resolve())).rejects.toBeInstanceOf(
      DatabaseClosingError,
    );
  });

  it('fails, naming what still runs, rather than wait past its bound', async () => {
    const gate = new WriteGate();
    const polling = deferred();
    const pull = gate.pull(async () => {
      await polling.promise;
      return false;
    });
    await flush();
    const closing = gate.close(30);
    await expect(closing).rejects.toBeInstanceOf(DatabaseBusyAtCloseError);
    await expect(closing).rejects.toThrow(
      'The local database was not closed: a pull still running after 30 ms',
    );
    polling.resolve();
    await pull;
    await gate.close(30);
  });

  it('waits for an engine statistics read in flight, and refuses one asked for after', async () => {
    const gate = new WriteGate();
    const reading = deferred();
    const events: string[] = [];
    const read = gate.engineRead(async () => {
      await reading.promise;
      events.push('read done');
    });
    const closed = gate.close(5_000).then(() => events.push('closed'));
    await flush();
    expect(events).toEqual([]);
    await expect(gate.engineRead(() => Promise.resolve())).rejects.toThrow(
      'The local database is closing; the sync statistics read did not start',
    );
    reading.resolve();
    await Promise.all([read, closed]);
    expect(events).toEqual(['read done', 'closed']);
  });
});
