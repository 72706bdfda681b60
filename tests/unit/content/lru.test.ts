import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LruCache } from '@shared/lru';

describe('the bounded LRU cache that typeset formulas and sanitised content are kept in', () => {
  it('lets go of the entry used least recently, where a read counts as a use', () => {
    const cache = new LruCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.get('a')).toBe(1);
    cache.set('c', 3);
    expect(cache.has('b')).toBe(false);
    expect(cache.get('a')).toBe(1);
    expect(cache.get('c')).toBe(3);
    expect(cache.size).toBe(2);
  });

  it('replaces an entry in place, as the newest, without letting another go', () => {
    const cache = new LruCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('a', 10);
    expect(cache.size).toBe(2);
    cache.set('c', 3);
    expect(cache.has('b')).toBe(false);
    expect(cache.get('a')).toBe(10);
  });

  it('refuses a capacity that could hold nothing', () => {
    expect(() => new LruCache(0)).toThrow(/at least one entry \(capacity was 0\)/);
    expect(() => new LruCache(1.5)).toThrow(RangeError);
  });

  it('matches a model of recency for any sequence of reads and writes, and never grows past its capacity', () => {
    const op = fc.record({ write: fc.boolean(), key: fc.integer({ min: 0, max: 9 }) });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.array(op, { maxLength: 60 }),
        (capacity, ops) => {
          const cache = new LruCache<number, number>(capacity);
          // The model: keys from least to most recently used, with their values.
          let model: Array<[number, number]> = [];
          ops.forEach(({ write, key }, step) => {
            const found = model.find(([k]) => k === key);
            const read = write ? undefined : cache.get(key);
            if (write) cache.set(key, step);
            if (write || found)
              model = [...model.filter(([k]) => k !== key), [key, write ? step : found![1]]];
            if (model.length > capacity) model = model.slice(model.length - capacity);
            expect(read).toBe(write ? undefined : found?.[1]);
            expect(cache.size).toBe(model.length);
            expect(cache.size).toBeLessThanOrEqual(capacity);
          });
          for (const [key, value] of model) expect(cache.get(key)).toBe(value);
        },
      ),
    );
  });
});
