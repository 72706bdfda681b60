import { fieldMessage } from '../validation/messages';
import { sentenceIdOf } from '../validation/sentences';
import type { ErrorMessageId, MessageParams, MessageRef } from './error-words';

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

export const notFound = (what: string): ApiError =>
  new ApiError('NOT_FOUND', `${what} was not found`);
export const forbidden = (message: string): ApiError => new ApiError('FORBIDDEN', message);
export const conflict = (message: string): ApiError => new ApiError('CONFLICT', message);
/** A refusal of one field: the message is a sentence about it, the field's path stays apart. */
export const invalid = (field: string, message: string): ApiError => {
  const id = sentenceIdOf(message);
  return new ApiError(
    'VALIDATION',
    fieldMessage(field, message),
    field,
    id === null ? undefined : { id },
  );
};
