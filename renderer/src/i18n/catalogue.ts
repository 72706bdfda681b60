/**
 * The shape of a screen folder's catalogues. Each folder has `messages.ts`
 * (`export const messages = defineMessages({...})`, the English source, ids
 * `<folder>.<name>`) and `locales/<locale>.ts` (`export const translations:
 * Translations<typeof messages> = {...}`, keyed by the same names), which the
 * registry finds on its own: a new folder touches no shared file.
 */
export interface SourceMessage {
  readonly id: string;
  readonly defaultMessage: string;
  readonly description?: string;
}

export type SourceMessages = Readonly<Record<string, SourceMessage>>;

/** One translation per message of the folder; a missing or extra one is a type error. */
export type Translations<M extends SourceMessages> = { readonly [K in keyof M]: string };

/**
 * A folder's English messages, kept as written (literal ids and texts).
 * react-intl 12's own `defineMessages` types a message as taking no values
 * unless a values type is spelled out beside it for each one; this keeps the
 * same call and shape (formatjs extraction finds it by name) without that.
 */
export function defineMessages<const M extends Record<string, SourceMessage>>(messages: M): M {
  return messages;
}
