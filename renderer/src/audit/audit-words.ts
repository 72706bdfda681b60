import { fieldLabel } from '@shared/validation/messages';
import type { SourceMessage } from '../i18n/catalogue';
import { currentIntl } from '../i18n/intl';
import { formatDateTime, formatNumber } from '../lib/format';
import { messages } from './messages';

/**
 * The audit trail in words a person reads: what was done as a sentence, the
 * changed fields by name, times in the reader's time zone, and values as text
 * rather than JSON, in the active language.
 */
const actionWords = {
  'accommodation.create': messages.actionAccommodationCreate,
  'accommodation.delete': messages.actionAccommodationDelete,
  'accommodation.update': messages.actionAccommodationUpdate,
  'answer.grade': messages.actionAnswerGrade,
  'answer.save': messages.actionAnswerSave,
  'attempt.break_approve': messages.actionAttemptBreakApprove,
  'attempt.break_cancel': messages.actionAttemptBreakCancel,
  'attempt.break_end': messages.actionAttemptBreakEnd,
  'attempt.break_request': messages.actionAttemptBreakRequest,
  'attempt.break_start': messages.actionAttemptBreakStart,
  'attempt.extend_time': messages.actionAttemptExtendTime,
  'attempt.integrity': messages.actionAttemptIntegrity,
  'attempt.resume': messages.actionAttemptResume,
  'attempt.resume_code': messages.actionAttemptResumeCode,
  'attempt.score': messages.actionAttemptScore,
  'attempt.start': messages.actionAttemptStart,
  'attempt.submit': messages.actionAttemptSubmit,
  'auth.locked': messages.actionAuthLocked,
  'auth.sign_in': messages.actionAuthSignIn,
  'auth.sign_in_failed': messages.actionAuthSignInFailed,
  'auth.sign_in_inactive': messages.actionAuthSignInInactive,
  'auth.sign_in_locked': messages.actionAuthSignInLocked,
  'auth.sign_in_unknown_role': messages.actionAuthSignInUnknownRole,
  'auth.sign_out': messages.actionAuthSignOut,
  'demo.seed': messages.actionDemoSeed,
  'device.auditKey': messages.actionDeviceAuditKey,
  'device.enrol': messages.actionDeviceEnrol,
  'device.reenrol': messages.actionDeviceReenrol,
  'device.tokenSealed': messages.actionDeviceTokenSealed,
  'device.unenrol': messages.actionDeviceUnenrol,
  'display.update': messages.actionDisplayUpdate,
  'lockdown.quit_unlocked': messages.actionLockdownQuitUnlocked,
  'media.import': messages.actionMediaImport,
  'organisation.create': messages.actionOrganisationCreate,
  'organisation.update': messages.actionOrganisationUpdate,
  'people.import': messages.actionPeopleImport,
  'people.import_rejected': messages.actionPeopleImportRejected,
  'person.change_pin': messages.actionPersonChangePin,
  'person.create': messages.actionPersonCreate,
  'person.reset_password': messages.actionPersonResetPassword,
  'person.reset_pin': messages.actionPersonResetPin,
  'person.set_pin': messages.actionPersonSetPin,
  'person.update': messages.actionPersonUpdate,
  'question.conflict_cleared': messages.actionQuestionConflictCleared,
  'question.conflict_detected': messages.actionQuestionConflictDetected,
  'question.create': messages.actionQuestionCreate,
  'question.delete': messages.actionQuestionDelete,
  'question.duplicate': messages.actionQuestionDuplicate,
  'question.resolve_conflict': messages.actionQuestionResolveConflict,
  'question.restore': messages.actionQuestionRestore,
  'question.update': messages.actionQuestionUpdate,
  'sync.set_aside': messages.actionSyncSetAside,
  'sync.set_aside_resolved': messages.actionSyncSetAsideResolved,
  'test.archive': messages.actionTestArchive,
  'test.close': messages.actionTestClose,
  'test.create': messages.actionTestCreate,
  'test.delete': messages.actionTestDelete,
  'test.duplicate': messages.actionTestDuplicate,
  'test.publish': messages.actionTestPublish,
  'test.regrade': messages.actionTestRegrade,
  'test.reopen': messages.actionTestReopen,
  'test.set_questions': messages.actionTestSetQuestions,
  'test.start_code': messages.actionTestStartCode,
  'test.unarchive': messages.actionTestUnarchive,
  'test.update': messages.actionTestUpdate,
} as const satisfies Readonly<Record<string, SourceMessage>>;

const resourceWords = {
  accommodation: messages.resourceAccommodation,
  answer: messages.resourceAnswer,
  attempt: messages.resourceAttempt,
  client: messages.resourceClient,
  device: messages.resourceDevice,
  organisation: messages.resourceOrganisation,
  person: messages.resourcePerson,
  profile: messages.resourceProfile,
  question: messages.resourceQuestion,
  subscription: messages.resourceSubscription,
  test: messages.resourceTest,
} as const satisfies Readonly<Record<string, SourceMessage>>;

/** Field names the generic wording reads badly. */
const fieldWords = {
  last_login_at: messages.fieldLastLoginAtColumn,
  lastLoginAt: messages.fieldLastLoginAt,
  password_hash: messages.fieldPasswordHashColumn,
  passwordHash: messages.fieldPasswordHash,
  password_cost: messages.fieldPasswordCostColumn,
  pin_hash: messages.fieldPinHashColumn,
  pinHash: messages.fieldPinHash,
  startCode: messages.fieldStartCode,
  start_code_hash: messages.fieldStartCodeHashColumn,
  deletedAt: messages.fieldDeletedAt,
  deleted_at: messages.fieldDeletedAtColumn,
  token_storage: messages.fieldTokenStorageColumn,
  testName: messages.fieldTestName,
  test_name: messages.fieldTestNameColumn,
  extraMs: messages.fieldExtraMs,
  extra_ms: messages.fieldExtraMsColumn,
  elapsedMs: messages.fieldElapsedMs,
  elapsed_ms: messages.fieldElapsedMsColumn,
  publicKey: messages.fieldPublicKey,
  people: messages.fieldPeople,
  questions: messages.fieldQuestions,
  media: messages.fieldMedia,
  tests: messages.fieldTests,
} as const satisfies Readonly<Record<string, SourceMessage>>;

/** What main writes in place of a secret's value (a password, a PIN, an answer key). */
const secretMarkers = {
  '(set)': messages.markerSet,
  '(hidden)': messages.markerHidden,
  '(changed)': messages.markerChanged,
} as const satisfies Readonly<Record<string, SourceMessage>>;

/** `set_questions` -> `set questions`. */
const words = (s: string) => s.replaceAll('_', ' ').replaceAll('.', ' ');

/** The message a table has for a key, if it has one (own keys only, not `toString`). */
function lookup(table: Readonly<Record<string, SourceMessage>>, key: string): string | undefined {
  return Object.hasOwn(table, key)
    ? currentIntl().formatMessage(table[key] as SourceMessage)
    : undefined;
}

export function auditActionWords(action: string): string {
  const known = lookup(actionWords, action);
  if (known !== undefined) return known;
  const [resource = '', verb = ''] = action.split('.');
  const what = lookup(resourceWords, resource) ?? words(resource);
  return verb === ''
    ? what
    : currentIntl().formatMessage(messages.unknownAction, { what, verb: words(verb) });
}

export function auditResourceWords(resourceType: string | null): string {
  if (resourceType === null) return '';
  const known = lookup(resourceWords, resourceType);
  if (known !== undefined) return known;
  const text = words(resourceType);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function auditFieldWords(field: string): string {
  const known = lookup(fieldWords, field);
  if (known !== undefined) return known;
  // snake_case columns read as their camelCase labels: `attempts_allowed` -> `Attempts allowed`.
  return fieldLabel(field.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase()));
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** One value of a change as text: times local, yes/no, lists joined, records as `name: value`. */
export function auditValueWords(value: unknown, field = ''): string {
  const intl = currentIntl();
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return intl.formatMessage(value ? messages.yes : messages.no);
  if (typeof value === 'number') {
    if (/Ms$|_ms$/.test(field))
      return intl.formatMessage(messages.minutes, {
        minutes: formatNumber(Math.round(value / 600) / 100),
      });
    return formatNumber(value);
  }
  if (typeof value === 'string') {
    const marker = lookup(secretMarkers, value);
    if (marker !== undefined) return marker;
    return ISO.test(value) ? formatDateTime(value) : value;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return intl.formatMessage(messages.none);
    return value.map((v) => auditValueWords(v)).join(intl.formatMessage(messages.listSeparator));
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return '—';
    return entries
      .map(([k, v]) =>
        intl.formatMessage(messages.recordEntry, {
          field: auditFieldWords(k),
          value: auditValueWords(v, k),
        }),
      )
      .join(intl.formatMessage(messages.recordSeparator));
  }
  // What is left (bigint, symbol, function) does not come out of JSON; shown by its type.
  return typeof value;
}
