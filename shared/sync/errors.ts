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

/** Which sentence a sync problem is said with, for a screen's own language. */
export const syncProblemIds = [
  'paused',
  'busy',
  'constraint',
  'plainToken',
  'tokenRefused',
  'notFound',
  'timeout',
  'offline',
  'server',
  'tooLarge',
  'unknown',
] as const;
export type SyncProblemId = (typeof syncProblemIds)[number];

export interface DescribedSyncError {
  kind: SyncErrorKind;
  /** The sentence's id; `words` is its English. */
  id: SyncProblemId;
  /** One sentence for the status bar and the sync panel. */
  words: string;
  /** Worth retrying on its own (the network or server may come back). */
  transient: boolean;
}

/** A token kept plain where a keyring exists is not used; sealing it happens at start. */
export const PLAIN_TOKEN_REFUSED_WORDS =
  'The sync token is kept unencrypted in device.json although this computer has a keyring, and could not be encrypted with it. Restart the app to try again, or enrol this computer again.';

const rules: ReadonlyArray<{
  test: RegExp;
  kind: SyncErrorKind;
  id: SyncProblemId;
  words: string;
  transient: boolean;
}> = [
  {
    test: /url is empty|sync is paused/i,
    kind: 'paused',
    id: 'paused',
    words: 'Sync is off: this computer is not enrolled.',
    transient: false,
  },
  {
    // A save was writing while a pull tried to apply: local contention, not a network problem.
    test: /database is busy|database is locked|SQLITE_BUSY/i,
    kind: 'busy',
    id: 'busy',
    words: 'This computer was busy saving work; sync will try again in a moment.',
    transient: true,
  },
  {
    test: /UNIQUE constraint failed|constraint failed/i,
    kind: 'constraint',
    id: 'constraint',
    words:
      'A change from this computer clashes with one already on the server (the same value entered on two computers). It was set aside for an admin to review.',
    transient: true,
  },
  {
    test: /kept unencrypted in device\.json although this computer has a keyring/,
    kind: 'auth',
    id: 'plainToken',
    words: PLAIN_TOKEN_REFUSED_WORDS,
    transient: false,
  },
  {
    test: /\b(401|403)\b|unauthori[sz]ed|forbidden|invalid token|auth/i,
    kind: 'auth',
    id: 'tokenRefused',
    words:
      'The server refused this computer’s token. An admin needs to re-enrol it with a current token.',
    transient: false,
  },
  {
    test: /\b404\b|not found/i,
    kind: 'not-found',
    id: 'notFound',
    words: 'There is no organisation database at the enrolled address. Check the sync URL.',
    transient: false,
  },
  {
    test: /timed? ?out|timeout|aborted/i,
    kind: 'timeout',
    id: 'timeout',
    words: 'The server took too long to answer. Sync will try again shortly.',
    transient: true,
  },
  {
    test: /fetch failed|ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|socket|network|terminated|other side closed/i,
    kind: 'offline',
    id: 'offline',
    words:
      'No connection to the sync server. Work is saved on this computer and will be sent later.',
    transient: true,
  },
  {
    test: /\b5\d\d\b|server error|Internal Server Error/i,
    kind: 'server',
    id: 'server',
    words: 'The sync server had a problem. Sync will try again shortly.',
    transient: true,
  },
];

const UNKNOWN_WORDS =
  'Sync failed for an unexpected reason. It will try again; the details are in the sync history.';

export function describeSyncError(raw: string): DescribedSyncError {
  for (const rule of rules) {
    if (rule.test.test(raw))
      return { kind: rule.kind, id: rule.id, words: rule.words, transient: rule.transient };
  }
  return { kind: 'unknown', id: 'unknown', words: UNKNOWN_WORDS, transient: true };
}

/**
 * A sync problem as a person reads it: a sentence already written for people
 * stays as it is; an engine's or network's own message (`url: …`) becomes one.
 */
/** The start of `pendingTooLargeMessage` (push-limits), a sentence main writes with its figures. */
const TOO_LARGE = /^A change waiting on this computer is too large to send in one piece/;

export function syncProblemWords(text: string): string {
  return syncProblem(text).words;
}

/** The same, with the id of its sentence, for a screen to say in its own language. */
export function syncProblem(text: string): { id: SyncProblemId; words: string } {
  if (text === UNKNOWN_WORDS) return { id: 'unknown', words: text };
  if (TOO_LARGE.test(text)) return { id: 'tooLarge', words: text };
  const written = rules.find((rule) => rule.words === text);
  if (written) return { id: written.id, words: text };
  const { id, words } = describeSyncError(text);
  return { id, words };
}

/** Every sync problem's id with its English sentence. */
export const syncProblemSentences: ReadonlyArray<{ id: SyncProblemId; words: string }> = [
  ...rules.map(({ id, words }) => ({ id, words })),
  { id: 'unknown', words: UNKNOWN_WORDS },
];

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
