/**
 * A map that holds at most `capacity` entries and, when full, lets go of the
 * one used least recently: reading an entry with `get` counts as a use.
 * For caches of work worth keeping (typeset formulas, sanitised content)
 * whose size must stay bounded however long the app runs.
 */
export class LruCache<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) {
      throw new RangeError(`An LRU cache holds at least one entry (capacity was ${capacity})`);
    }
  }

  get size(): number {
    return this.entries.size;
  }

  /** The entry, now the most recently used; undefined when there is none. */
  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    // A Map keeps insertion order: put back last, the entry is the newest.
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  has(key: K): boolean {
    return this.entries.has(key);
  }

  /** Stores the entry as the most recently used, letting go of the least recently used when full. */
  set(key: K, value: V): void {
    this.entries.delete(key);
    if (this.entries.size >= this.capacity) {
      const oldest = this.entries.keys().next();
      if (oldest.done !== true) this.entries.delete(oldest.value);
    }
    this.entries.set(key, value);
  }

  clear(): void {
    this.entries.clear();
  }
}
