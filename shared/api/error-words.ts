import { issueMessageIds, type IssueMessageId, type NoValues } from '../validation/issue-words';
import { sentenceIds, type SentenceId } from '../validation/sentences';
import { serviceMessageIds, type ServiceMessageId } from './service-words';

/** The values a message id is said with: counts, limits, names. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** A sentence made in main as an id and its values, for a screen to say in its own language. */
export interface MessageRef {
  id: ErrorMessageId;
  params?: MessageParams;
}

/** Refusals of the API itself (sign-in, roles, a failure on this computer), beside field ones. */
export interface ApiMessageParams {
  'api.wrongCredentials': NoValues;
  'api.signInFirst': NoValues;
  /** `role`: the caller's role, admin, proctor or student. */
  'api.roleCannot': { role: string };
  'api.idleSignOut': { minutes: number };
  'api.internal': NoValues;
  'api.alreadySetUp': NoValues;
  /** Made in the renderer: the service behind the preview or preload did not answer. */
  'api.notAnswering': NoValues;
}

export type ApiMessageId = keyof ApiMessageParams;

export const englishApiWords: { readonly [K in ApiMessageId]: (p: ApiMessageParams[K]) => string } =
  {
    'api.wrongCredentials': () => 'The email or password is not right',
    'api.signInFirst': () => 'Please sign in first',
    'api.roleCannot': ({ role }) => `Your role (${role}) cannot do this`,
    'api.idleSignOut': ({ minutes }) =>
      `You were signed out after ${minutes} minutes without activity. Sign in again to go on.`,
    'api.internal': () =>
      'Something went wrong on this computer. Your work so far is saved; please try again.',
    'api.alreadySetUp': () =>
      'This computer is already set up with an organisation. Sign in instead.',
    'api.notAnswering': () =>
      'The exam service on this computer is not answering. Your saved answers are safe; retrying.',
  };

export const apiMessageIds = Object.keys(englishApiWords) as ApiMessageId[];

export type ErrorMessageId = IssueMessageId | SentenceId | ApiMessageId | ServiceMessageId;

/** Every id an error body can carry; each has a message in every catalogue. */
export const errorMessageIds: readonly ErrorMessageId[] = [
  ...issueMessageIds,
  ...sentenceIds,
  ...apiMessageIds,
  ...serviceMessageIds,
];

/** An API refusal's English sentence and the id it is said with elsewhere. */
export function apiWords<K extends ApiMessageId>(
  id: K,
  params: ApiMessageParams[K],
): { message: string; ref: MessageRef } {
  const say = englishApiWords[id] as (p: ApiMessageParams[K]) => string;
  const values = params as MessageParams;
  return {
    message: say(params),
    ref: Object.keys(values).length === 0 ? { id } : { id, params: values },
  };
}
