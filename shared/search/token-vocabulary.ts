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
  /**
   * The sorted tokens in one string, each followed by a newline, and where
   * each starts: `containing` finds a piece with the engine's own string
   * search over the whole vocabulary instead of a call per token. Made again
   * on first use after the vocabulary changed.
   */
  private joined: string | null = null;
  private starts = new Int32Array(0);

  /** Adds a token the vocabulary does not hold yet. */
  add(token: string): void {
    this.pending.push(token);
  }

  /** Replaces the whole vocabulary (after a build or a compaction). */
  reset(tokens: Iterable<string>): void {
    this.forwards = [...tokens].sort();
    this.backwards = this.forwards.map(reversed).sort();
    this.pending = [];
    this.joined = null;
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

  /**
   * Tokens that hold `piece` anywhere: a pass over the vocabulary, the one
   * lookup with no range. `piece` holds no newline (a separator, never in a
   * token), so a match never runs from one token into the next.
   */
  containing(piece: string): string[] {
    this.settle();
    if (piece === '') return [...this.forwards];
    const joined = this.joinedTokens();
    const out: string[] = [];
    let at = joined.indexOf(piece);
    while (at >= 0) {
      const token = this.tokenAt(at);
      out.push(this.forwards[token] ?? '');
      // On from the next token: a token holding the piece twice is listed once.
      at = joined.indexOf(piece, this.starts[token + 1] ?? joined.length);
    }
    return out;
  }

  private joinedTokens(): string {
    if (this.joined !== null) return this.joined;
    this.starts = new Int32Array(this.forwards.length + 1);
    let offset = 0;
    this.forwards.forEach((token, i) => {
      this.starts[i] = offset;
      offset += token.length + 1;
    });
    this.starts[this.forwards.length] = offset;
    this.joined = this.forwards.length === 0 ? '' : `${this.forwards.join('\n')}\n`;
    return this.joined;
  }

  /** The number of the token whose text (or newline after it) holds offset `at` of the joined string. */
  private tokenAt(at: number): number {
    let lo = 0;
    let hi = this.forwards.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((this.starts[mid] ?? 0) <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
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
    this.joined = null;
    for (const token of this.pending) {
      this.forwards.splice(lowerBound(this.forwards, token), 0, token);
      const back = reversed(token);
      this.backwards.splice(lowerBound(this.backwards, back), 0, back);
    }
    this.pending = [];
  }
}
