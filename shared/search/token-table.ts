/** The questions holding a token: one number for a token only one question has (most numbers). */
export type Posting = number | number[];

export interface TokenEntry {
  readonly token: string;
  posting: Posting;
}

/** FNV-1a over UTF-16 units, kept a small integer so the map's keys stay cheap. */
export function hashOf(text: string, start = 0, end = text.length): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h | 0;
}

/**
 * Tokens to postings, keyed by a hash of the token's characters: a build
 * looks up three million token occurrences at 100,000 questions, and a
 * lookup by number from a slice of the text (no new string per occurrence)
 * is several times faster than a string-keyed Map. Tokens whose hashes
 * collide share a bucket and are told apart by their text.
 */
export class TokenTable {
  private buckets = new Map<number, TokenEntry | TokenEntry[]>();
  private count = 0;
  /**
   * The last entry found per low bits of the hash: the few words most text
   * is made of ("the", "of", "which") are found here, in memory the
   * processor keeps close, instead of in the map.
   */
  private recent: Array<TokenEntry | undefined> = new Array<TokenEntry | undefined>(4_096);

  get size(): number {
    return this.count;
  }

  /** The entry for `text[start..end)`, if the table holds that token. */
  findSlice(text: string, start: number, end: number, hash: number): TokenEntry | undefined {
    const length = end - start;
    const slot = hash & 4_095;
    const recent = this.recent[slot];
    if (
      recent !== undefined &&
      recent.token.length === length &&
      text.startsWith(recent.token, start)
    )
      return recent;
    const bucket = this.buckets.get(hash);
    if (bucket === undefined) return undefined;
    let found: TokenEntry | undefined;
    if (!Array.isArray(bucket)) {
      if (bucket.token.length === length && text.startsWith(bucket.token, start)) found = bucket;
    } else {
      found = bucket.find((e) => e.token.length === length && text.startsWith(e.token, start));
    }
    if (found !== undefined) this.recent[slot] = found;
    return found;
  }

  find(token: string): TokenEntry | undefined {
    return this.findSlice(token, 0, token.length, hashOf(token));
  }

  add(token: string, hash: number, posting: Posting): TokenEntry {
    const entry: TokenEntry = { token, posting };
    const bucket = this.buckets.get(hash);
    if (bucket === undefined) this.buckets.set(hash, entry);
    else if (Array.isArray(bucket)) bucket.push(entry);
    else this.buckets.set(hash, [bucket, entry]);
    this.count += 1;
    return entry;
  }

  *tokens(): IterableIterator<string> {
    for (const bucket of this.buckets.values()) {
      if (Array.isArray(bucket)) for (const e of bucket) yield e.token;
      else yield bucket.token;
    }
  }

  clear(): void {
    this.buckets = new Map();
    this.recent = new Array<TokenEntry | undefined>(4_096);
    this.count = 0;
  }
}
