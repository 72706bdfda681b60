import { fieldLabel } from '@shared/validation/messages';
import { formatDateTime, formatNumber } from '../lib/format';

/**
 * The audit trail in words a person reads: what was done as a sentence, the
 * changed fields by name, times in the reader's time zone, and values as text
 * rather than JSON. In one place so a message catalogue can take them later.
 */
const actionWords: Readonly<Record<string, string>> = {
  'accommodation.create': 'Arranged an accommodation',
  'accommodation.delete': 'Removed an accommodation',
  'accommodation.update': 'Changed an accommodation',
  'answer.grade': 'Graded an answer',
  'answer.save': 'Saved an answer',
  'attempt.break_approve': 'Approved a rest break',
  'attempt.break_cancel': 'Withdrew a request for a rest break',
  'attempt.break_end': 'Ended a rest break',
  'attempt.break_request': 'Asked for a rest break',
  'attempt.break_start': 'Started an approved rest break',
  'attempt.extend_time': 'Gave extra time',
  'attempt.integrity': 'Recorded an integrity event',
  'attempt.resume': 'Resumed an exam',
  'attempt.resume_code': 'Issued a resume code',
  'attempt.score': 'Scored an exam',
  'attempt.start': 'Started an exam',
  'attempt.submit': 'Submitted an exam',
  'auth.locked': 'Sign-in locked after repeated failures',
  'auth.sign_in': 'Signed in',
  'auth.sign_in_failed': 'Failed to sign in',
  'auth.sign_in_inactive': 'Tried to sign in to a deactivated account',
  'auth.sign_in_locked': 'Tried to sign in while locked out',
  'auth.sign_in_unknown_role': 'Tried to sign in with an unknown role',
  'auth.sign_out': 'Signed out',
  'device.auditKey': 'Registered the computer’s audit signing key',
  'device.enrol': 'Enrolled a computer',
  'device.reenrol': 'Enrolled a computer again',
  'device.tokenSealed': 'Encrypted the sync token with the computer’s keyring',
  'device.unenrol': 'Un-enrolled a computer',
  'display.update': 'Changed their display settings',
  'lockdown.quit_unlocked': 'Closed a locked exam with the proctor PIN',
  'organisation.create': 'Created the organisation',
  'organisation.update': 'Changed the organisation',
  'people.import': 'Imported people',
  'people.import_rejected': 'Refused a people import',
  'person.change_pin': 'Changed their proctor PIN',
  'person.create': 'Added a person',
  'person.reset_password': 'Reset a password',
  'person.reset_pin': 'Reset a proctor PIN',
  'person.set_pin': 'Set their proctor PIN',
  'person.update': 'Changed a person',
  'question.conflict_cleared': 'Cleared a question conflict',
  'question.conflict_detected': 'Found a question changed on two computers',
  'question.create': 'Wrote a question',
  'question.delete': 'Deleted a question',
  'question.duplicate': 'Duplicated a question',
  'question.resolve_conflict': 'Resolved a question conflict',
  'question.restore': 'Restored a question',
  'question.update': 'Changed a question',
  'sync.set_aside': 'Set aside a change that clashed on sync',
  'sync.set_aside_resolved': 'Resolved a change set aside on sync',
  'test.archive': 'Archived a test',
  'test.close': 'Closed a test',
  'test.create': 'Created a test',
  'test.delete': 'Deleted a test',
  'test.duplicate': 'Duplicated a test',
  'test.publish': 'Published a test',
  'test.regrade': 'Regraded a test',
  'test.reopen': 'Reopened a test',
  'test.set_questions': 'Changed the questions of a test',
  'test.start_code': 'Issued a start code',
  'test.unarchive': 'Unarchived a test',
  'test.update': 'Changed the settings of a test',
};

const resourceWords: Readonly<Record<string, string>> = {
  accommodation: 'Accommodation',
  answer: 'Answer',
  attempt: 'Exam attempt',
  client: 'Organisation',
  device: 'Computer',
  organisation: 'Organisation',
  person: 'Person',
  profile: 'Person',
  question: 'Question',
  subscription: 'Subscription',
  test: 'Test',
};

/** Field names the generic wording reads badly. */
const fieldWords: Readonly<Record<string, string>> = {
  last_login_at: 'Last sign-in',
  lastLoginAt: 'Last sign-in',
  password_hash: 'Password',
  passwordHash: 'Password',
  password_cost: 'Password hash cost',
  pin_hash: 'Proctor PIN',
  pinHash: 'Proctor PIN',
  startCode: 'Start code',
  start_code_hash: 'Start code',
  deletedAt: 'Deleted',
  deleted_at: 'Deleted',
  token_storage: 'Sync token kept',
  testName: 'Name',
  test_name: 'Name',
  extraMs: 'Extra time',
  extra_ms: 'Extra time',
  elapsedMs: 'Time used',
  elapsed_ms: 'Time used',
};

/** `set_questions` -> `set questions`. */
const words = (s: string) => s.replaceAll('_', ' ').replaceAll('.', ' ');

export function auditActionWords(action: string): string {
  const known = actionWords[action];
  if (known !== undefined) return known;
  const [resource = '', verb = ''] = action.split('.');
  const what = resourceWords[resource] ?? words(resource);
  return verb === '' ? what : `${what}: ${words(verb)}`;
}

export function auditResourceWords(resourceType: string | null): string {
  if (resourceType === null) return '';
  const known = resourceWords[resourceType];
  if (known !== undefined) return known;
  const text = words(resourceType);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function auditFieldWords(field: string): string {
  const known = fieldWords[field];
  if (known !== undefined) return known;
  // snake_case columns read as their camelCase labels: `attempts_allowed` -> `Attempts allowed`.
  return fieldLabel(field.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase()));
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** One value of a change as text: times local, yes/no, lists joined, records as `name: value`. */
export function auditValueWords(value: unknown, field = ''): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') {
    if (/Ms$|_ms$/.test(field)) return `${formatNumber(Math.round(value / 600) / 100)} min`;
    return formatNumber(value);
  }
  if (typeof value === 'string') return ISO.test(value) ? formatDateTime(value) : value;
  if (Array.isArray(value)) {
    if (value.length === 0) return 'none';
    return value.map((v) => auditValueWords(v)).join(', ');
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return '—';
    return entries.map(([k, v]) => `${auditFieldWords(k)}: ${auditValueWords(v, k)}`).join('; ');
  }
  // What is left (bigint, symbol, function) does not come out of JSON; shown by its type.
  return typeof value;
}
