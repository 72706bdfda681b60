import type { QuestionSummary } from '@shared/domain/bank';
import type { Db } from '../client';
import { questionSummariesInOrder, type QuestionFilter } from '../repositories/questions';
import type { TenantContext } from '../tenant';
import { BankIndex } from '@shared/search/bank-index';
import { bankRowsAfter, bankRowsByIds, bankStamps, testQuestionIdSet } from './bank-rows';
import { searchNeedle, tagNeedle } from '@shared/search/bank-text';

/** Rows per read while building: each read is a short step, so saves and clocks run in between. */
const BUILD_CHUNK = 5_000;
/** Ids per read when bringing changed questions up to date. */
const REFRESH_CHUNK = 500;

/**
 * The search index of one open database, and what has changed under it
 * since it was last brought up to date: questions this app committed
 * (named by the mutation's audit row), or anything a pull brought. Every
 * search first brings it up to date, one refresh at a time.
 */
class LiveBankIndex {
  private index: BankIndex | null = null;
  private readonly changed = new Set<string>();
  private pulled = false;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly db: Db) {}

  noteChanged(id: string): void {
    this.changed.add(id);
  }

  notePulled(): void {
    this.pulled = true;
  }

  /** The index as the database is now (built on first use). */
  current(): Promise<BankIndex> {
    const next = this.queue.then(() => this.refresh());
    // A failed refresh (the database closed under it) fails this search, not the next one.
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async refresh(): Promise<BankIndex> {
    if (!this.index) {
      // Whatever commits during the build is read again after it, so nothing in between is missed.
      this.changed.clear();
      this.pulled = false;
      this.index = await buildIndex(this.db);
    }
    const index = this.index;
    if (this.pulled) {
      this.pulled = false;
      await this.compareStamps(index);
    }
    if (this.changed.size > 0) {
      const ids = [...this.changed];
      this.changed.clear();
      try {
        await readAgain(this.db, index, ids);
      } catch (error) {
        for (const id of ids) this.changed.add(id);
        throw error;
      }
    }
    return index;
  }

  /**
   * After a pull: every question whose head version, last change or
   * deletion moved, or that came or went. The version id catches an edit
   * whose time equals the one held (two clocks can give the same
   * millisecond); the time catches a change that kept the version.
   */
  private async compareStamps(index: BankIndex): Promise<void> {
    const stamps = await bankStamps(this.db);
    const present = new Set<string>();
    for (const s of stamps) {
      present.add(s.id);
      const held = index.stampOf(s.id);
      if (
        !held ||
        held.updatedAt !== s.updatedAt ||
        held.deletedAt !== s.deletedAt ||
        held.versionId !== s.versionId
      )
        this.changed.add(s.id);
    }
    for (const id of [...index.heldIds()]) if (!present.has(id)) index.remove(id);
  }
}

async function buildIndex(db: Db): Promise<BankIndex> {
  const index = new BankIndex();
  let after = 0;
  for (;;) {
    const { rows, lastRowid } = await bankRowsAfter(db, after, BUILD_CHUNK);
    index.load(rows);
    if (lastRowid === null || rows.length < BUILD_CHUNK) break;
    after = lastRowid;
  }
  return index;
}

async function readAgain(db: Db, index: BankIndex, ids: readonly string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += REFRESH_CHUNK) {
    const chunk = ids.slice(i, i + REFRESH_CHUNK);
    const rows = await bankRowsByIds(db, chunk);
    for (const row of rows) index.upsert(row);
    const found = new Set(rows.map((r) => r.id));
    for (const id of chunk) if (!found.has(id)) index.remove(id);
  }
}

const live = new WeakMap<Db, LiveBankIndex>();

function liveIndexOf(db: Db): LiveBankIndex {
  let state = live.get(db);
  if (!state) {
    state = new LiveBankIndex(db);
    live.set(db, state);
  }
  return state;
}

/**
 * `questions.list` on the search index: the same results as `listQuestions`
 * (the SQL it replaces, still used inside transactions) without reading the
 * whole bank. Pass the database itself, not a transaction: the index holds
 * committed rows only.
 */
export async function searchQuestionBank(
  db: Db,
  tenant: TenantContext,
  filter: QuestionFilter = {},
): Promise<{ items: QuestionSummary[]; total: number }> {
  const onlyIds = filter.testId ? await testQuestionIdSet(db, tenant, filter.testId) : undefined;
  const index = await liveIndexOf(db).current();
  const { ids, total } = index.query({
    clientId: tenant.clientId,
    needle: filter.search ? searchNeedle(filter.search) : '',
    tagNeedle: filter.tag ? tagNeedle(filter.tag) : '',
    type: filter.type || undefined,
    difficulty: filter.difficulty || undefined,
    state: filter.state ?? 'live',
    onlyIds,
    limit: filter.limit ?? 200,
    offset: filter.offset ?? 0,
  });
  return { items: await questionSummariesInOrder(db, tenant, ids), total };
}

/** Resource types of the audit rows of mutations that change a question, or many. */
const ONE_QUESTION = 'question';
const MANY_QUESTIONS = 'question_import';

/**
 * Called after a mutation commits, with its audit row's resource: a question
 * it changed is read again before the next search; an import (many at once)
 * has the index compare every question's stamp, as after a pull.
 */
export function noteCommittedChange(db: Db, resourceType: string, resourceId: string | null): void {
  const state = live.get(db);
  if (!state) return;
  if (resourceType === ONE_QUESTION && resourceId) state.noteChanged(resourceId);
  else if (resourceType === MANY_QUESTIONS) state.notePulled();
}

/** Called after a pull that brought changes: the next search compares every question's stamp. */
export function noteBankPulled(db: Db): void {
  live.get(db)?.notePulled();
}
