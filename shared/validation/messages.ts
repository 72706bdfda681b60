import type { z } from 'zod';

/**
 * Validation messages are sentences a person reads next to the field, with the
 * field itself kept apart (`ApiErrorBody.field`). Schemas write their own words
 * either as an instruction (`enter your email`) or as a predicate about the
 * field (`must be a number`); a predicate gets the field's label as its subject.
 * zod's own default messages ("Too small: expected string to have >=1
 * characters") never reach a person: `plainIssueMessage` replaces them.
 */

/** Labels of fields whose names do not read as words on their own. */
const labels: Readonly<Record<string, string>> = {
  email: 'Email',
  password: 'Password',
  startCode: 'Start code',
  resumeCode: 'Resume code',
  pin: 'PIN',
  adminPin: 'Admin PIN',
  url: 'Server URL',
  token: 'Access token',
  logoUrl: 'Logo URL',
  deviceName: 'Computer name',
  fileText: 'Enrolment file',
  folder: 'Data folder',
  text: 'Text',
  timerMinutes: 'Time allowed',
  attemptsAllowed: 'Attempts allowed',
  availableFrom: 'Opening time',
  availableUntil: 'Closing time',
  passMark: 'Pass mark',
  expectedTotalMarks: 'Intended total marks',
  minWords: 'Minimum words',
  maxWords: 'Maximum words',
  optionId: 'Option',
  optionIds: 'Options',
  id: 'Id',
  ids: 'Ids',
};

/** `timerMinutes` -> `Time allowed`, `options.1.text` -> `Text`, `extraTags` -> `Extra tags`. */
export function fieldLabel(field: string): string {
  const name = field
    .split('.')
    .filter((part) => part !== '' && !/^\d+$/.test(part))
    .at(-1);
  if (name === undefined || name === '(input)') return 'This value';
  const known = labels[name];
  if (known !== undefined) return known;
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const PREDICATE = /^(must|is|are|cannot|can|needs|has|should|may) /;

/** The message as a sentence for the field: `Marks must be a number`, `Enter your email`. */
export function fieldMessage(field: string | undefined, message: string): string {
  const text = message.trim();
  if (field !== undefined && PREDICATE.test(text)) return `${fieldLabel(field)} ${text}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
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

const quote = (value: unknown): string =>
  typeof value === 'string' ? `“${value}”` : String(value);

function sizeWords(origin: string, amount: number | bigint, unit: 'least' | 'most'): string {
  const n = Number(amount);
  switch (origin) {
    case 'string':
      return unit === 'least' && n === 1
        ? 'cannot be empty'
        : `must be at ${unit} ${n} character${n === 1 ? '' : 's'}`;
    case 'array':
    case 'set':
      return unit === 'least'
        ? `needs at least ${n} item${n === 1 ? '' : 's'}`
        : `can have at most ${n} item${n === 1 ? '' : 's'}`;
    default:
      return `must be at ${unit} ${n}`;
  }
}

/**
 * zod's issue kinds in plain words, as predicates for `fieldMessage`. Passed as
 * the `error` option of `safeParse`, it stands in only where a schema gave no
 * message of its own.
 */
export const plainIssueMessage = (issue: z.core.$ZodRawIssue): string => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required';
      if (issue.expected === 'number' && typeof issue.input === 'number') return 'must be a number';
      return `must be ${typeWords[issue.expected] ?? issue.expected}`;
    case 'too_small':
      if (issue.origin === 'number' && issue.inclusive === false)
        return `must be more than ${Number(issue.minimum)}`;
      return sizeWords(issue.origin, issue.minimum, 'least');
    case 'too_big':
      if (issue.origin === 'number' && issue.inclusive === false)
        return `must be less than ${Number(issue.maximum)}`;
      return sizeWords(issue.origin, issue.maximum, 'most');
    case 'invalid_format':
      return issue.format in formatWords
        ? `must be ${formatWords[issue.format] ?? ''}`
        : 'is not in the expected form';
    case 'not_multiple_of':
      return issue.divisor === 1
        ? 'must be a whole number'
        : `must be a multiple of ${issue.divisor}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${quote(issue.values[0])}`
        : `must be one of ${issue.values.map(quote).join(', ')}`;
    case 'unrecognized_keys':
      return 'is not a field this takes';
    default:
      return 'is not valid';
  }
};
