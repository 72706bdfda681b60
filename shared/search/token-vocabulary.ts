/** The first index in a sorted list whose entry is not below `key`. */
function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? '') < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// By UTF-16 unit, as the search compares: a needle may hold half of a surrogate pair.
const reversed = (token: string): string => token.split('').reverse().join('');

/**
 * Every token the bank holds, sorted forwards and backwards, so the tokens
 * starting or ending with a piece of a search are a range found by binary
 * search instead of a pass over the whole vocabulary.
 */
export class TokenVocabulary {
  private forwards: string[] = [];
  private backwards: string[] = [];
  private pending: string[] = [];

  /** Adds a token the vocabulary does not hold yet. */
  add(token: string): void {
    this.pending.push(token);
  }

  /** Replaces the whole vocabulary (after a build or a compaction). */
  reset(tokens: Iterable<string>): void {
    this.forwards = [...tokens].sort();
    this.backwards = this.forwards.map(reversed).sort();
    this.pending = [];
  }

  get size(): number {
    return this.forwards.length + this.pending.length;
  }

  /** Tokens that start with `piece`. */
  startingWith(piece: string): string[] {
    this.settle();
    return this.range(this.forwards, piece);
  }

  /** Tokens that end with `piece`. */
  endingWith(piece: string): string[] {
    this.settle();
    return this.range(this.backwards, reversed(piece)).map(reversed);
  }

  /** Tokens that hold `piece` anywhere: a pass over the vocabulary, the one lookup with no range. */
  containing(piece: string): string[] {
    this.settle();
    return this.forwards.filter((t) => t.includes(piece));
  }

  private range(sorted: readonly string[], prefix: string): string[] {
    const out: string[] = [];
    for (let i = lowerBound(sorted, prefix); i < sorted.length; i += 1) {
      const token = sorted[i] ?? '';
      if (!token.startsWith(prefix)) break;
      out.push(token);
    }
    return out;
  }

  /** New tokens go in by binary insertion: a handful after an edit, never a re-sort. */
  private settle(): void {
    if (this.pending.length === 0) return;
    if (this.pending.length > 1_000) {
      this.reset([...this.forwards, ...this.pending]);
      return;
    }
    for (const token of this.pending) {
      this.forwards.splice(lowerBound(this.forwards, token), 0, token);
      const back = reversed(token);
      this.backwards.splice(lowerBound(this.backwards, back), 0, back);
    }
    this.pending = [];
  }
}
