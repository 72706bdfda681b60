import type { IntlShape } from 'react-intl';
import type { SourceMessage } from '../i18n/catalogue';
import type { ErrorMessageId, MessageParams } from '@shared/api/error-words';
import { fieldLabelKey } from '@shared/validation/messages';
import { messages as fieldLabels } from './fields/messages';
import { currentIntl } from '../i18n/intl';
import { messages } from './messages';

/** What a screen has of a refusal: the English, and the id it is said with where it has one. */
export interface ShownError {
  message: string;
  field?: string;
  messageId?: ErrorMessageId;
  params?: MessageParams;
}

/** Every id main can send has a message (a type error otherwise). */
const everyId: Readonly<Record<ErrorMessageId, SourceMessage>> = messages;
/** Looked up by what arrived, which a newer main may send an id of its own in. */
const byId: Readonly<Record<string, SourceMessage | undefined>> = everyId;
const labels: Readonly<Record<string, SourceMessage | undefined>> = fieldLabels;

/** A field's label in the active language: `Mot de passe` for `password`. */
export function fieldLabelText(intl: IntlShape, field: string | undefined): string {
  const key = fieldLabelKey(field);
  if (key.kind === 'none') return intl.formatMessage(messages.thisValue);
  const label = key.kind === 'labelled' ? labels[key.name] : undefined;
  // A field with no written label is named by its own words, as the English names it.
  return label === undefined
    ? key.kind === 'words'
      ? key.words
      : key.name
    : intl.formatMessage(label);
}

/**
 * A refusal in the active language, from its message id and values; the
 * English sentence where it has no id (a newer main's id this renderer does
 * not know reads the same way).
 */
export function errorText(intl: IntlShape, error: ShownError): string {
  const message = error.messageId === undefined ? undefined : byId[error.messageId];
  if (message === undefined) return error.message;
  return intl.formatMessage(message, {
    ...error.params,
    field: fieldLabelText(intl, error.field),
  });
}

/**
 * The same in the active language, for stores and for components that
 * already render again when the language changes (they read `useIntl`).
 */
export function shownError(error: ShownError): string {
  return errorText(currentIntl(), error);
}
