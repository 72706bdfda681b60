import { describe, expect, it } from 'vitest';
import { isRetryableWriteError, withRetry, type RetryPolicy } from '@db/retry';
import { applyGatedFetch } from '@db/sync/apply-gated-fetch';
import { WriteGate } from '@db/write-gate';
import { deferred, flush } from '../../helpers/deferred';

describe('WriteGate: writers', () => {
  it('lets one holder in at a time, in the order they asked', async () => {
    const gate = new WriteGate();
    const order: string[] = [];
    const first = deferred();
    const a = gate.write(async () => {
      order.push('a in');
      await first.promise;
      order.push('a out');
    });
    const b = gate.write(async () => {
      order.push('b');
    });
    const c = gate.write(async () => {
      order.push('c');
    });
    await flush();
    expect(order).toEqual(['a in']);
    first.resolve();
    await Promise.all([a, b, c]);
    expect(order).toEqual(['a in', 'a out', 'b', 'c']);
    expect(gate.busy).toBe(false);
  });

  it('is given back when the work fails, and a second release does nothing', async () => {
    const gate = new WriteGate();
    await expect(gate.write(() => Promise.reject(new Error('no')))).rejects.toThrow('no');
    const release = await gate.acquireWrite();
    release();
    release();
    const again = await gate.acquireWrite();
    expect(gate.busy).toBe(true);
    again();
    expect(gate.busy).toBe(false);
  });
});

describe('WriteGate: push, pull and checkpoint', () => {
  it('a pull takes the gate only once its response has arrived, and keeps it until it returns', async () => {
    const gate = new WriteGate();
    const applied = deferred();
    const events: string[] = [];
    const pull = gate.pull(async () => {
      events.push('fetching');
      await gate.pullResponseArrived();
      events.push('applying');
      await applied.promise;
      return true;
    });
    await flush();
    expect(events).toEqual(['fetching', 'applying']);
    const save = gate.write(async () => {
      events.push('save');
    });
    await flush();
    expect(events).toEqual(['fetching', 'applying']);
    applied.resolve();
    await Promise.all([pull, save]);
    expect(events).toEqual(['fetching', 'applying', 'save']);
  });

  it('a pull waits for the transaction in progress before it applies', async () => {
    const gate = new WriteGate();
    const saving = deferred();
    const events: string[] = [];
    const save = gate.write(async () => {
      events.push('save in');
      await saving.promise;
      events.push('save out');
    });
    const pull = gate.pull(async () => {
      await gate.pullResponseArrived();
      events.push('apply');
    });
    await flush();
    expect(events).toEqual(['save in']);
    saving.resolve();
    await Promise.all([save, pull]);
    expect(events).toEqual(['save in', 'save out', 'apply']);
  });

  it('a pull applies only after the push in flight, and no push starts while it waits', async () => {
    const gate = new WriteGate();
    const pushing = deferred();
    const events: string[] = [];
    const push = gate.push(async () => {
      events.push('push 1');
      await pushing.promise;
      events.push('push 1 done');
    });
    const pull = gate.pull(async () => {
      await gate.pullResponseArrived();
      events.push('apply');
    });
    await flush();
    const laterPush = gate.push(async () => {
      events.push('push 2');
    });
    await flush();
    expect(events).toEqual(['push 1']);
    pushing.resolve();
    await Promise.all([push, pull, laterPush]);
    expect(events).toEqual(['push 1', 'push 1 done', 'apply', 'push 2']);
  });

  it('a checkpoint waits for pushes and pulls in flight, then runs between two transactions', async () => {
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
    const laterPull = gate.pull(async () => {
      events.push('pull');
    });
    await flush();
    expect(events).toEqual([]);
    pushing.resolve();
    await Promise.all([push, checkpoint, laterPull]);
    expect(events).toEqual(['push done', 'checkpoint', 'pull']);
  });

  it('a checkpoint waiting out a pull (a long-poll) lets pushes go on', async () => {
    const gate = new WriteGate();
    const polling = deferred();
    const events: string[] = [];
    const pull = gate.pull(async () => {
      await polling.promise;
      events.push('pull done');
    });
    const checkpoint = gate.checkpoint(async () => {
      events.push('checkpoint');
    });
    await flush();
    await gate.push(async () => {
      events.push('push');
    });
    expect(events).toEqual(['push']);
    polling.resolve();
    await Promise.all([pull, checkpoint]);
    expect(events).toEqual(['push', 'pull done', 'checkpoint']);
  });

  it('a pull that fails before it got the gate never holds it', async () => {
    const gate = new WriteGate();
    const saving = deferred();
    const save = gate.write(() => saving.promise);
    const pull = gate.pull(async () => {
      void gate.pullResponseArrived();
      throw new Error('network gone');
    });
    await expect(pull).rejects.toThrow('network gone');
    saving.resolve();
    await save;
    await flush();
    expect(gate.busy).toBe(false);
    expect(gate.pulling).toBe(false);
  });
});

describe('applyGatedFetch', () => {
  it('holds back the end of a pull response until the pull holds the gate', async () => {
    const gate = new WriteGate();
    const base: typeof fetch = () => Promise.resolve(new Response('changes'));
    const gatedFetch = applyGatedFetch(base, gate);
    const saving = deferred();
    const save = gate.write(() => saving.promise);
    let read = '';
    const pull = gate.pull(async () => {
      const response = await gatedFetch('http://127.0.0.1:1/pull-updates', { method: 'POST' });
      read = await response.text();
    });
    await flush();
    expect(read).toBe('');
    saving.resolve();
    await Promise.all([save, pull]);
    expect(read).toBe('changes');
  });

  it('passes pushes, and pulls made outside the gate, through untouched', async () => {
    const gate = new WriteGate();
    const release = await gate.acquireWrite();
    const gatedFetch = applyGatedFetch(() => Promise.resolve(new Response('ok')), gate);
    const push = await gatedFetch('http://127.0.0.1:1/v2/pipeline', { method: 'POST' });
    expect(await push.text()).toBe('ok');
    const bootstrap = await gatedFetch('http://127.0.0.1:1/pull-updates', { method: 'POST' });
    expect(await bootstrap.text()).toBe('ok');
    release();
  });
});

describe('withRetry', () => {
  const stale = () =>
    new Error(
      'step failed: Database snapshot is stale. You must rollback and retry the whole transaction.',
    );

  function policy(overrides: Partial<RetryPolicy> = {}): RetryPolicy & { slept: number[] } {
    const slept: number[] = [];
    let now = 0;
    return {
      attempts: 5,
      budgetMs: 1_000,
      delayMs: (failed) => 10 * failed,
      sleep: (ms) => {
        slept.push(ms);
        now += ms;
        return Promise.resolve();
      },
      nowMs: () => now,
      slept,
      ...overrides,
    };
  }

  it('knows the engine’s retryable answers from every other error', () => {
    expect(isRetryableWriteError(stale())).toBe(true);
    expect(isRetryableWriteError(new Error('step failed: Database schema changed'))).toBe(true);
    expect(
      isRetryableWriteError(
        new Error(
          'failed to persist sync high-water mark after raw remote apply: database tape error: database is busy',
        ),
      ),
    ).toBe(true);
    expect(isRetryableWriteError(new Error('UNIQUE constraint failed: profiles.email'))).toBe(
      false,
    );
    expect(isRetryableWriteError('database is busy')).toBe(false);
  });

  it('runs the work again after a retryable failure, waiting as the policy says', async () => {
    const p = policy();
    let tries = 0;
    const result = await withRetry(p, () => {
      tries += 1;
      return tries < 3 ? Promise.reject(stale()) : Promise.resolve('saved');
    });
    expect(result).toBe('saved');
    expect(tries).toBe(3);
    expect(p.slept).toEqual([10, 20]);
  });

  it('never retries another error', async () => {
    const p = policy();
    let tries = 0;
    await expect(
      withRetry(p, () => {
        tries += 1;
        return Promise.reject(new Error('This attempt has ended'));
      }),
    ).rejects.toThrow('This attempt has ended');
    expect(tries).toBe(1);
  });

  it('gives up after the last attempt, or once the time budget is spent', async () => {
    const byCount = policy({ attempts: 3 });
    await expect(withRetry(byCount, () => Promise.reject(stale()))).rejects.toThrow(/stale/);
    expect(byCount.slept).toEqual([10, 20]);
    const byTime = policy({ attempts: 100, budgetMs: 35 });
    await expect(withRetry(byTime, () => Promise.reject(stale()))).rejects.toThrow(/stale/);
    expect(byTime.slept).toEqual([10, 20]);
  });
});
