import type { z } from 'zod';

/**
 * zod's issue kinds as message ids with typed parameters, so a screen can say
 * them in its own language, and the English predicate each stands for (what
 * the API's `message` says, for logs, the CLI and older callers). The words
 * are predicates: `fieldMessage` puts the field's label before them.
 */
/** A message said with no values. */
export type NoValues = Readonly<Record<string, never>>;

export interface IssueParams {
  'validation.required': NoValues;
  /** `type`: zod's name of the expected type (string, number, int, boolean, array, …). */
  'validation.mustBeType': { type: string };
  'validation.moreThan': { limit: number };
  'validation.lessThan': { limit: number };
  'validation.atLeast': { limit: number };
  'validation.atMost': { limit: number };
  'validation.notEmpty': NoValues;
  'validation.minCharacters': { count: number };
  'validation.maxCharacters': { count: number };
  'validation.minItems': { count: number };
  'validation.maxItems': { count: number };
  /** `format`: email, url, uuid, datetime, date or time. */
  'validation.mustBeFormat': { format: string };
  'validation.notExpectedForm': NoValues;
  'validation.wholeNumber': NoValues;
  'validation.multipleOf': { divisor: number };
  'validation.mustBeValue': { value: string };
  'validation.oneOf': { values: string };
  'validation.unknownField': NoValues;
  'validation.notValid': NoValues;
}

export type IssueMessageId = keyof IssueParams;

export interface IssueWords<K extends IssueMessageId = IssueMessageId> {
  id: K;
  params: IssueParams[K];
}

const typeWords: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'yes or no',
  array: 'a list',
  object: 'a set of fields',
  date: 'a date',
  bigint: 'a whole number',
};

const formatWords: Readonly<Record<string, string>> = {
  email: 'an email address',
  url: 'a web address',
  uuid: 'an id',
  datetime: 'a date and time',
  date: 'a date',
  time: 'a time',
};

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** The English predicate of each id. */
export const englishIssueWords: { readonly [K in IssueMessageId]: (p: IssueParams[K]) => string } =
  {
    'validation.required': () => 'is required',
    'validation.mustBeType': ({ type }) => `must be ${typeWords[type] ?? type}`,
    'validation.moreThan': ({ limit }) => `must be more than ${limit}`,
    'validation.lessThan': ({ limit }) => `must be less than ${limit}`,
    'validation.atLeast': ({ limit }) => `must be at least ${limit}`,
    'validation.atMost': ({ limit }) => `must be at most ${limit}`,
    'validation.notEmpty': () => 'cannot be empty',
    'validation.minCharacters': ({ count }) =>
      `must be at least ${plural(count, 'character', 'characters')}`,
    'validation.maxCharacters': ({ count }) =>
      `must be at most ${plural(count, 'character', 'characters')}`,
    'validation.minItems': ({ count }) => `needs at least ${plural(count, 'item', 'items')}`,
    'validation.maxItems': ({ count }) => `can have at most ${plural(count, 'item', 'items')}`,
    'validation.mustBeFormat': ({ format }) => `must be ${formatWords[format] ?? format}`,
    'validation.notExpectedForm': () => 'is not in the expected form',
    'validation.wholeNumber': () => 'must be a whole number',
    'validation.multipleOf': ({ divisor }) => `must be a multiple of ${divisor}`,
    'validation.mustBeValue': ({ value }) => `must be ${value}`,
    'validation.oneOf': ({ values }) => `must be one of ${values}`,
    'validation.unknownField': () => 'is not a field this takes',
    'validation.notValid': () => 'is not valid',
  };

export const issueMessageIds = Object.keys(englishIssueWords) as IssueMessageId[];

export function englishOfIssue(words: IssueWords): string {
  const say = englishIssueWords[words.id] as (p: IssueWords['params']) => string;
  return say(words.params);
}

const words = <K extends IssueMessageId>(id: K, params: IssueParams[K]): IssueWords => ({
  id,
  params,
});
const none: NoValues = {};

const quote = (value: unknown): string =>
  typeof value === 'string' ? `“${value}”` : String(value);

function sizeWords(origin: string, amount: number | bigint, unit: 'least' | 'most'): IssueWords {
  const count = Number(amount);
  switch (origin) {
    case 'string':
      if (unit === 'least' && count === 1) return words('validation.notEmpty', none);
      return words(unit === 'least' ? 'validation.minCharacters' : 'validation.maxCharacters', {
        count,
      });
    case 'array':
    case 'set':
      return words(unit === 'least' ? 'validation.minItems' : 'validation.maxItems', { count });
    default:
      return words(unit === 'least' ? 'validation.atLeast' : 'validation.atMost', {
        limit: count,
      });
  }
}

/**
 * One zod issue in plain words. A raw issue (as an error map sees it) still
 * has its input, which tells a missing field from one of the wrong type; an
 * issue in a finished error has not, and reads as the wrong type.
 */
export function issueWords(issue: z.core.$ZodRawIssue | z.core.$ZodIssue): IssueWords {
  switch (issue.code) {
    case 'invalid_type':
      if ('input' in issue && issue.input === undefined) return words('validation.required', none);
      return words('validation.mustBeType', { type: issue.expected });
    case 'too_small':
      if (issue.origin === 'number' && issue.inclusive === false)
        return words('validation.moreThan', { limit: Number(issue.minimum) });
      return sizeWords(issue.origin, issue.minimum, 'least');
    case 'too_big':
      if (issue.origin === 'number' && issue.inclusive === false)
        return words('validation.lessThan', { limit: Number(issue.maximum) });
      return sizeWords(issue.origin, issue.maximum, 'most');
    case 'invalid_format':
      return issue.format in formatWords
        ? words('validation.mustBeFormat', { format: issue.format })
        : words('validation.notExpectedForm', none);
    case 'not_multiple_of':
      return issue.divisor === 1
        ? words('validation.wholeNumber', none)
        : words('validation.multipleOf', { divisor: issue.divisor });
    case 'invalid_value':
      return issue.values.length === 1
        ? words('validation.mustBeValue', { value: quote(issue.values[0]) })
        : words('validation.oneOf', { values: issue.values.map(quote).join(', ') });
    case 'unrecognized_keys':
      return words('validation.unknownField', none);
    default:
      return words('validation.notValid', none);
  }
}
