import { fieldMessage } from '../validation/messages';
import type { NoValues } from '../validation/issue-words';
import { validationSentences, type SentenceId } from '../validation/sentences';
import {
  englishApiWords,
  type ApiMessageId,
  type ApiMessageParams,
  type ErrorMessageId,
  type MessageParams,
  type MessageRef,
} from './error-words';
import {
  englishOfSaid,
  englishServiceWords,
  type ServiceSaid,
  type FoundThing,
  type ServiceMessageId,
  type ServiceMessageParams,
} from './service-words';

/** Every API call answers one of these; nothing else crosses from main to the renderer. */
export const errorCodes = [
  'VALIDATION',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export interface ApiErrorBody {
  code: ErrorCode;
  /** Plain words for a person; never SQL or a stack trace. */
  message: string;
  /** For VALIDATION: the path of the first bad field, e.g. `options.1.text`. */
  field?: string;
  /**
   * The sentence as a message id with its values, where it has one, so a
   * screen can say it in its own language; `message` stays the English.
   */
  messageId?: ErrorMessageId;
  params?: MessageParams;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

/** Thrown by services and repositories; the router turns it into `{ok:false,error}`. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;
  readonly ref: MessageRef | undefined;

  constructor(code: ErrorCode, message: string, field?: string, ref?: MessageRef) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.field = field;
    this.ref = ref;
  }

  toBody(): ApiErrorBody {
    return {
      code: this.code,
      message: this.message,
      ...(this.field === undefined ? {} : { field: this.field }),
      ...(this.ref === undefined ? {} : { messageId: this.ref.id }),
      ...(this.ref?.params === undefined ? {} : { params: this.ref.params }),
    };
  }
}

/** The values an id is said with, as the refusal helpers take them: none for a fixed sentence. */
type ValuesOf<K extends SaidId> = SaidParams[K] extends NoValues ? [] : [values: SaidParams[K]];

/** The ids a service refuses with: its own sentences, the API's, and the schemas' table. */
type SaidId = ServiceMessageId | ApiMessageId | SentenceId;
type SaidParams = ServiceMessageParams & ApiMessageParams & { [K in SentenceId]: NoValues };

function englishOf<K extends SaidId>(id: K, values: SaidParams[K]): string {
  if (id in englishServiceWords) {
    const say = englishServiceWords[id as ServiceMessageId] as (p: SaidParams[K]) => string;
    return say(values);
  }
  if (id in englishApiWords) {
    const say = englishApiWords[id as ApiMessageId] as (p: SaidParams[K]) => string;
    return say(values);
  }
  return validationSentences[id as SentenceId];
}

function refOf(id: ErrorMessageId, values: MessageParams | undefined): MessageRef {
  return values === undefined || Object.keys(values).length === 0 ? { id } : { id, params: values };
}

/**
 * A refusal said by its message id and values: the English sentence as
 * `message`, the id and values beside it for a screen's own language. With a
 * field, the sentence is about that field (a predicate gets its label first).
 */
export function refusal<K extends SaidId>(
  code: ErrorCode,
  id: K,
  values: SaidParams[K],
  field?: string,
): ApiError {
  const english = englishOf(id, values);
  const message = field === undefined ? english : fieldMessage(field, english);
  return new ApiError(code, message, field, refOf(id, values as MessageParams));
}

/** The same, from a refusal kept as its id and values (`ServiceSaid`). */
export function refusalOf(code: ErrorCode, said: ServiceSaid, field?: string): ApiError {
  const english = englishOfSaid(said);
  const message = field === undefined ? english : fieldMessage(field, english);
  return new ApiError(
    code,
    message,
    field,
    refOf(said.id, said.values as MessageParams | undefined),
  );
}

/**
 * A refusal of one field in words a rule made of its own (a publish check, an
 * answer's shape), with no id yet: a screen shows its English.
 */
export const invalidText = (field: string, text: string): ApiError =>
  new ApiError('VALIDATION', fieldMessage(field, text), field);

const valuesOf = <K extends SaidId>(rest: ValuesOf<K>): SaidParams[K] =>
  (rest[0] ?? {}) as SaidParams[K];

export const notFound = (thing: FoundThing): ApiError =>
  refusal('NOT_FOUND', 'found.thing', { thing });
export const forbidden = <K extends SaidId>(id: K, ...values: ValuesOf<K>): ApiError =>
  refusal('FORBIDDEN', id, valuesOf(values));
export const conflict = <K extends SaidId>(id: K, ...values: ValuesOf<K>): ApiError =>
  refusal('CONFLICT', id, valuesOf(values));
/** A refusal of one field: the message is a sentence about it, the field's path stays apart. */
export const invalid = <K extends SaidId>(field: string, id: K, ...values: ValuesOf<K>): ApiError =>
  refusal('VALIDATION', id, valuesOf(values), field);
