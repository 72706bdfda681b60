/** Sync errors, sorted into what a person can do about them. */
export type SyncErrorKind =
  | 'offline'
  | 'timeout'
  | 'auth'
  | 'not-found'
  | 'server'
  | 'constraint'
  | 'paused'
  | 'busy'
  /** A change waiting to be pushed is too large to send at all (see push-limits). */
  | 'too-large'
  | 'unknown';

export interface DescribedSyncError {
  kind: SyncErrorKind;
  /** One sentence for the status bar and the sync panel. */
  words: string;
  /** Worth retrying on its own (the network or server may come back). */
  transient: boolean;
}

const rules: ReadonlyArray<{
  test: RegExp;
  kind: SyncErrorKind;
  words: string;
  transient: boolean;
}> = [
  {
    test: /url is empty|sync is paused/i,
    kind: 'paused',
    words: 'Sync is off: this computer is not enrolled.',
    transient: false,
  },
  {
    // A save was writing while a pull tried to apply: local contention, not a network problem.
    test: /database is busy|database is locked|SQLITE_BUSY/i,
    kind: 'busy',
    words: 'This computer was busy saving work; sync will try again in a moment.',
    transient: true,
  },
  {
    test: /UNIQUE constraint failed|constraint failed/i,
    kind: 'constraint',
    words:
      'A change from this computer clashes with one already on the server (the same value entered on two computers). It was set aside for an admin to review.',
    transient: true,
  },
  {
    test: /\b(401|403)\b|unauthori[sz]ed|forbidden|invalid token|auth/i,
    kind: 'auth',
    words:
      'The server refused this computer’s token. An admin needs to re-enrol it with a current token.',
    transient: false,
  },
  {
    test: /\b404\b|not found/i,
    kind: 'not-found',
    words: 'There is no organisation database at the enrolled address. Check the sync URL.',
    transient: false,
  },
  {
    test: /timed? ?out|timeout|aborted/i,
    kind: 'timeout',
    words: 'The server took too long to answer. Sync will try again shortly.',
    transient: true,
  },
  {
    test: /fetch failed|ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|socket|network|terminated|other side closed/i,
    kind: 'offline',
    words:
      'No connection to the sync server. Work is saved on this computer and will be sent later.',
    transient: true,
  },
  {
    test: /\b5\d\d\b|server error|Internal Server Error/i,
    kind: 'server',
    words: 'The sync server had a problem. Sync will try again shortly.',
    transient: true,
  },
];

const UNKNOWN_WORDS =
  'Sync failed for an unexpected reason. It will try again; the details are in the sync history.';

export function describeSyncError(raw: string): DescribedSyncError {
  for (const rule of rules) {
    if (rule.test.test(raw))
      return { kind: rule.kind, words: rule.words, transient: rule.transient };
  }
  return { kind: 'unknown', words: UNKNOWN_WORDS, transient: true };
}

/**
 * A sync problem as a person reads it: a sentence already written for people
 * stays as it is; an engine's or network's own message (`url: …`) becomes one.
 */
export function syncProblemWords(text: string): string {
  if (text === UNKNOWN_WORDS || rules.some((rule) => rule.words === text)) return text;
  return describeSyncError(text).words;
}

/** A table and column named by a constraint failure, e.g. `profiles.email`. */
export function constraintTarget(raw: string): { table: string; columns: string[] } | null {
  const match =
    /(?:UNIQUE|PRIMARY KEY) constraint failed: ([A-Za-z0-9_.,\s]+?)(?:\s*\(\d+\)|"|$)/.exec(raw);
  const list = match?.[1];
  if (!list) return null;
  const parts = list.split(',').map((p) => p.trim());
  const table = parts[0]?.split('.')[0];
  if (!table) return null;
  const columns = parts.map((p) => p.split('.')[1] ?? '').filter((c) => c !== '');
  return { table, columns };
}
