import { foldAscii, forEachTokenSpan, needlePieces, tokensOf, type NeedlePiece } from './bank-text';
import { pageOf } from './page-order';
import { hashOf, TokenTable } from './token-table';
import { TokenVocabulary } from './token-vocabulary';

/** The columns of a question the bank list filters, searches and sorts by. */
export interface BankRow {
  id: string;
  clientId: string;
  /** The stem's plain text (see searchable-text.ts). */
  text: string;
  /** Each option's plain text, in order. */
  optionTexts: readonly string[];
  tags: string | null;
  type: string;
  difficulty: string | null;
  deletedAt: string | null;
  updatedAt: string | null;
  /** The head version's id: a new one with every change of content, whatever the clock said. */
  versionId: string | null;
}

/** What a question's row said when it was read, to tell after a pull whether it changed. */
export interface BankStamp {
  updatedAt: string | null;
  deletedAt: string | null;
  versionId: string | null;
}

export interface BankQuery {
  clientId: string;
  /** Folded text to find in the stem, an option or the tags' JSON; '' for none. */
  needle: string;
  /** Folded JSON of a tag, quotes included, to find in the tags' JSON; '' for none. */
  tagNeedle: string;
  type?: string | undefined;
  difficulty?: string | undefined;
  state: 'live' | 'deleted' | 'all';
  /** Only these question ids (the questions of one test); undefined for all. */
  onlyIds?: ReadonlySet<string> | undefined;
  limit: number;
  offset: number;
}

/** Below this many candidates, checking each one's text beats narrowing further by the index. */
const FEW_ENOUGH = 2_000;
/** Postings left by edits are swept out once they pass this share of all postings. */
const STALE_SHARE = 0.25;

/**
 * The bank's search index in memory: per question the columns above (text
 * folded as LIKE folds it), per token the questions whose stem, options or
 * tags hold it, and the questions in page order (`updated_at DESC, id DESC`). A search
 * narrows to the questions holding its tokens, then checks each candidate's
 * text for the whole search as a substring, so the result is exactly what
 * the SQL `LIKE` gave; filters are checked on the same candidates.
 *
 * Postings are only ever appended: an edit adds the new tokens of a question
 * and leaves its old ones behind (the substring check drops them), and a
 * sweep rebuilds the postings once the left-behind ones pass a quarter.
 */
export class BankIndex {
  private ids: string[] = [];
  private texts: string[] = [];
  private optionTexts: Array<readonly string[]> = [];
  private tagTexts: string[] = [];
  private deletedAts: Array<string | null> = [];
  private updatedAts: Array<string | null> = [];
  private versionIds: Array<string | null> = [];
  // Organisation, type and difficulty as small numbers, so a filter compares numbers.
  private clients: number[] = [];
  private types: number[] = [];
  private difficulties: number[] = [];
  private alive: boolean[] = [];
  /** Edited since the last sweep: its postings may still name tokens it no longer holds. */
  private edited: boolean[] = [];
  private readonly byId = new Map<string, number>();
  private readonly codes = new Map<string | null, number>();
  private postings = new TokenTable();
  private readonly vocabulary = new TokenVocabulary();
  private sorted: number[] = [];
  private rank = new Float64Array(0);
  private rankFresh = false;
  /** Rows loaded since the page order was sorted and the vocabulary made: both wait for the first use. */
  private unsettled = false;
  private postingCount = 0;
  private stalePostings = 0;
  private seen = new Uint32Array(0);
  private within = new Uint32Array(0);
  private epoch = 0;

  /** Questions held (deleted ones included). */
  get size(): number {
    return this.byId.size;
  }

  /** Distinct tokens held. */
  get tokenCount(): number {
    return this.vocabulary.size;
  }

  /** What a question's row said when it was read: its stamp for the check after a pull. */
  stampOf(id: string): BankStamp | undefined {
    const doc = this.byId.get(id);
    if (doc === undefined) return undefined;
    return {
      updatedAt: this.updatedAts[doc] ?? null,
      deletedAt: this.deletedAts[doc] ?? null,
      versionId: this.versionIds[doc] ?? null,
    };
  }

  /** Every question id held. */
  heldIds(): string[] {
    return [...this.byId.keys()];
  }

  /** Adds rows of questions not held yet (a build), in any order. */
  load(rows: Iterable<BankRow>): void {
    for (const row of rows) {
      if (this.byId.has(row.id)) {
        this.upsert(row);
        continue;
      }
      const doc = this.place(row);
      this.addAllPostings(doc);
      this.sorted.push(doc);
      this.unsettled = true;
    }
  }

  /**
   * Sorts the page order and makes the vocabulary once after loading, not
   * per chunk loaded: at 100,000 questions that was most of a build.
   */
  private settle(): void {
    if (!this.unsettled) return;
    this.unsettled = false;
    this.vocabulary.reset(this.postings.tokens());
    this.sorted.sort(this.order);
    this.rankFresh = false;
  }

  /** Adds or replaces one question. */
  upsert(row: BankRow): void {
    this.settle();
    const doc = this.byId.get(row.id);
    if (doc === undefined) {
      const fresh = this.place(row);
      this.addAllPostings(fresh, true);
      this.insertSorted(fresh);
      return;
    }
    const before = this.tokensOfDoc(doc);
    const moved = this.updatedAts[doc] !== row.updatedAt;
    if (moved) this.removeSorted(doc);
    this.fill(doc, row);
    const after = this.tokensOfDoc(doc);
    for (const token of after) if (!before.has(token)) this.addPosting(token, doc);
    for (const token of before) {
      if (after.has(token)) continue;
      this.stalePostings += 1;
      this.edited[doc] = true;
    }
    if (moved) this.insertSorted(doc);
    this.sweepIfStale();
  }

  /** Forgets a question that is gone from the database. */
  remove(id: string): void {
    const doc = this.byId.get(id);
    if (doc === undefined) return;
    this.settle();
    this.removeSorted(doc);
    this.byId.delete(id);
    this.alive[doc] = false;
    this.stalePostings += this.tokensOfDoc(doc).size;
    this.sweepIfStale();
  }

  query(q: BankQuery): { ids: string[]; total: number } {
    this.settle();
    const client = this.codes.get(q.clientId);
    if (client === undefined) return { ids: [], total: 0 };
    const type = q.type === undefined ? undefined : (this.codes.get(q.type) ?? -1);
    const difficulty =
      q.difficulty === undefined ? undefined : (this.codes.get(q.difficulty) ?? -1);
    let candidates = q.onlyIds ? this.docsOf(q.onlyIds) : null;
    const searchPieces = needlePieces(q.needle);
    // A search with no separator in it is found in a text exactly when a token holds it, so the
    // questions holding such tokens need no substring check, but for those edited since the
    // postings were swept (an old token of theirs may be what matched).
    const sure = searchPieces.length === 1 && searchPieces[0]?.text === q.needle;
    if (sure) candidates = this.holding(this.vocabulary.containing(q.needle), candidates);
    if (candidates === null || candidates.length > FEW_ENOUGH) {
      const pieces = [...(sure ? [] : searchPieces), ...needlePieces(q.tagNeedle)];
      candidates = this.narrow(pieces, candidates) ?? candidates;
    }
    const fits = (doc: number): boolean => {
      if (!this.alive[doc] || this.clients[doc] !== client) return false;
      const deleted = this.deletedAts[doc] !== null;
      if ((q.state === 'live' && deleted) || (q.state === 'deleted' && !deleted)) return false;
      if (type !== undefined && this.types[doc] !== type) return false;
      if (difficulty !== undefined && this.difficulties[doc] !== difficulty) return false;
      const tags = this.tagTexts[doc] ?? '';
      if (q.tagNeedle !== '' && !tags.includes(q.tagNeedle)) return false;
      if (q.needle === '' || (sure && !this.edited[doc])) return true;
      return (
        (this.texts[doc] ?? '').includes(q.needle) ||
        tags.includes(q.needle) ||
        (this.optionTexts[doc] ?? []).some((text) => text.includes(q.needle))
      );
    };
    let page: number[] = [];
    let total = 0;
    if (candidates === null) {
      // Every question is a candidate: walked in page order, the matches need no sort.
      const end = q.offset + q.limit;
      for (const doc of this.sorted) {
        if (!fits(doc)) continue;
        if (total >= q.offset && total < end) page.push(doc);
        total += 1;
      }
    } else {
      const matches = candidates.filter(fits);
      const rank = this.ranks();
      page = pageOf(matches, (a, b) => (rank[a] ?? 0) - (rank[b] ?? 0), q.offset, q.limit);
      total = matches.length;
    }
    return { ids: page.map((doc) => this.ids[doc] ?? ''), total };
  }

  /**
   * `updated_at DESC, id DESC`, as SQLite orders them: a NULL time sorts
   * last, and strings compare by code unit (the same order as SQLite's bytes
   * for everything but characters beyond U+FFFF, which no time or id holds).
   */
  private readonly order = (a: number, b: number): number => {
    const ua = this.updatedAts[a] ?? null;
    const ub = this.updatedAts[b] ?? null;
    if (ua !== ub) {
      if (ua === null) return 1;
      if (ub === null) return -1;
      return ua > ub ? -1 : 1;
    }
    const ia = this.ids[a] ?? '';
    const ib = this.ids[b] ?? '';
    return ia === ib ? 0 : ia > ib ? -1 : 1;
  };

  /** Where `doc` goes in page order (the first place whose question comes after it). */
  private sortedPlace(doc: number): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.order(this.sorted[mid] ?? 0, doc) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private insertSorted(doc: number): void {
    this.sorted.splice(this.sortedPlace(doc), 0, doc);
    this.rankFresh = false;
  }

  /** Call before the question's time changes: it is found by the time it is sorted under. */
  private removeSorted(doc: number): void {
    const at = this.sortedPlace(doc);
    if (this.sorted[at] === doc) this.sorted.splice(at, 1);
    this.rankFresh = false;
  }

  private ranks(): Float64Array {
    if (this.rankFresh && this.rank.length >= this.ids.length) return this.rank;
    if (this.rank.length < this.ids.length) this.rank = new Float64Array(this.ids.length * 2);
    this.sorted.forEach((doc, i) => {
      this.rank[doc] = i;
    });
    this.rankFresh = true;
    return this.rank;
  }

  /**
   * The questions that can hold every piece, narrowed piece by piece:
   * whole tokens first (one lookup), then tokens by their start or end (a
   * range of the sorted vocabulary), then the longest piece found anywhere
   * inside a token (a pass over the vocabulary, skipped once narrowed).
   * Null when there is no piece to narrow by (every question is a candidate).
   */
  private narrow(pieces: readonly NeedlePiece[], start: number[] | null): number[] | null {
    const cost = { whole: 0, start: 1, end: 1, inside: 2 } as const;
    // Whole tokens by how few questions hold them; the others by length, the longest most telling.
    const held = (p: NeedlePiece) => (p.fit === 'whole' ? this.postingSize(p.text) : 0);
    const ordered = [...pieces].sort(
      (a, b) => cost[a.fit] - cost[b.fit] || held(a) - held(b) || b.text.length - a.text.length,
    );
    let candidates = start;
    let narrowed = false;
    for (const piece of ordered) {
      if (narrowed && (piece.fit === 'inside' || (candidates?.length ?? 0) <= FEW_ENOUGH)) break;
      const tokens = this.tokensFitting(piece);
      // A piece most questions hold narrows little: checking the candidates' text costs less.
      if (candidates && this.postingTotal(tokens) > candidates.length * 4) continue;
      candidates = this.holding(tokens, candidates);
      narrowed = true;
    }
    return narrowed ? candidates : null;
  }

  private tokensFitting(piece: NeedlePiece): string[] {
    switch (piece.fit) {
      case 'whole':
        return this.postings.find(piece.text) ? [piece.text] : [];
      case 'start':
        return this.vocabulary.startingWith(piece.text);
      case 'end':
        return this.vocabulary.endingWith(piece.text);
      case 'inside':
        return this.vocabulary.containing(piece.text);
    }
  }

  /** The questions (once each) holding any of `tokens`, among `among` when given. */
  private holding(tokens: readonly string[], among: readonly number[] | null): number[] {
    this.growMarks();
    const mark = this.nextEpoch();
    if (among) for (const doc of among) this.within[doc] = mark;
    const out: number[] = [];
    const take = (doc: number) => {
      if (this.seen[doc] === mark || (among && this.within[doc] !== mark)) return;
      this.seen[doc] = mark;
      out.push(doc);
    };
    for (const token of tokens) {
      const posting = this.postings.find(token)?.posting;
      if (typeof posting === 'number') take(posting);
      else if (posting) for (const doc of posting) take(doc);
    }
    return out;
  }

  private docsOf(ids: ReadonlySet<string>): number[] {
    const out: number[] = [];
    for (const id of ids) {
      const doc = this.byId.get(id);
      if (doc !== undefined) out.push(doc);
    }
    return out;
  }

  /** A new question's number, with its columns filled in. */
  private place(row: BankRow): number {
    const doc = this.ids.length;
    this.byId.set(row.id, doc);
    this.ids.push(row.id);
    this.fill(doc, row);
    return doc;
  }

  private fill(doc: number, row: BankRow): void {
    this.clients[doc] = this.codeOf(row.clientId);
    this.texts[doc] = foldAscii(row.text);
    this.optionTexts[doc] =
      row.optionTexts.length === 0 ? row.optionTexts : row.optionTexts.map(foldAscii);
    this.tagTexts[doc] = row.tags === null ? '' : foldAscii(row.tags);
    this.types[doc] = this.codeOf(row.type);
    this.difficulties[doc] = this.codeOf(row.difficulty);
    this.deletedAts[doc] = row.deletedAt;
    this.updatedAts[doc] = row.updatedAt;
    this.versionIds[doc] = row.versionId;
    this.alive[doc] = true;
    this.edited[doc] ??= false;
  }

  private codeOf(value: string | null): number {
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.codes.size;
      this.codes.set(value, code);
    }
    return code;
  }

  private postingTotal(tokens: readonly string[]): number {
    let total = 0;
    for (const token of tokens) total += this.postingSize(token);
    return total;
  }

  private postingSize(token: string): number {
    const posting = this.postings.find(token)?.posting;
    return posting === undefined ? 0 : typeof posting === 'number' ? 1 : posting.length;
  }

  /**
   * Every token of a question's stem, options and tags into the postings, looked up
   * by span and hash (no string per occurrence); a token the question holds
   * twice already ends its posting with `doc`, since new numbers only rise.
   */
  private addAllPostings(doc: number, live = false): void {
    this.spanDoc = doc;
    this.spanLive = live;
    this.spanText = this.texts[doc] ?? '';
    forEachTokenSpan(this.spanText, this.addSpan);
    for (const option of this.optionTexts[doc] ?? []) {
      this.spanText = option;
      forEachTokenSpan(this.spanText, this.addSpan);
    }
    this.spanText = this.tagTexts[doc] ?? '';
    forEachTokenSpan(this.spanText, this.addSpan);
  }

  // The span callback reads its question from these, so a build makes no closure per question.
  private spanDoc = 0;
  private spanLive = false;
  private spanText = '';
  private readonly addSpan = (start: number, end: number, hash: number): void => {
    const doc = this.spanDoc;
    const entry = this.postings.findSlice(this.spanText, start, end, hash);
    if (entry === undefined) {
      const token = this.spanText.slice(start, end);
      this.postings.add(token, hash, doc);
      if (this.spanLive) this.vocabulary.add(token);
    } else if (typeof entry.posting === 'number') {
      if (entry.posting === doc) return;
      entry.posting = [entry.posting, doc];
    } else {
      if (entry.posting[entry.posting.length - 1] === doc) return;
      entry.posting.push(doc);
    }
    this.postingCount += 1;
  };

  /** One token of an edited question (which may hold an earlier number than the newest). */
  private addPosting(token: string, doc: number): void {
    const entry = this.postings.find(token);
    if (entry === undefined) {
      this.postings.add(token, hashOf(token), doc);
      this.vocabulary.add(token);
    } else if (typeof entry.posting === 'number') {
      entry.posting = [entry.posting, doc];
    } else {
      entry.posting.push(doc);
    }
    this.postingCount += 1;
  }

  private tokensOfDoc(doc: number): Set<string> {
    const tokens = tokensOf(this.tagTexts[doc] ?? '', tokensOf(this.texts[doc] ?? ''));
    for (const option of this.optionTexts[doc] ?? []) tokensOf(option, tokens);
    return tokens;
  }

  private sweepIfStale(): void {
    if (this.stalePostings < 1_000 || this.stalePostings < this.postingCount * STALE_SHARE) return;
    this.postings.clear();
    this.postingCount = 0;
    this.stalePostings = 0;
    this.edited = [];
    for (let doc = 0; doc < this.ids.length; doc += 1)
      if (this.alive[doc]) this.addAllPostings(doc);
    this.vocabulary.reset(this.postings.tokens());
  }

  private growMarks(): void {
    if (this.seen.length >= this.ids.length) return;
    const length = Math.max(1_024, this.ids.length * 2);
    this.seen = new Uint32Array(length);
    this.within = new Uint32Array(length);
    this.epoch = 0;
  }

  private nextEpoch(): number {
    if (this.epoch >= 0xffff_fffe) {
      this.seen.fill(0);
      this.within.fill(0);
      this.epoch = 0;
    }
    this.epoch += 1;
    return this.epoch;
  }
}
