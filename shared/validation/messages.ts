import type { z } from 'zod';
import { englishOfIssue, issueWords } from './issue-words';

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
  name: 'Name',
  role: 'Role',
  marks: 'Marks',
  reason: 'Reason',
  minutes: 'Minutes',
  answer: 'Answer',
  description: 'Description',
  file: 'File',
  organisationName: 'Organisation name',
  adminName: 'Admin name',
  adminEmail: 'Admin email',
  adminPassword: 'Admin password',
};

/** The fields whose labels are written out (each a message of its own on the screens). */
export const labelledFields = Object.keys(labels);

function nameOf(field: string): string | undefined {
  const name = field
    .split('.')
    .filter((part) => part !== '' && !/^\d+$/.test(part))
    .at(-1);
  return name === '(input)' ? undefined : name;
}

/**
 * Which label a field's sentence is said with: one of `labelledFields`, null
 * for a field of no name (`This value`), or the field's own words otherwise.
 */
export function fieldLabelKey(
  field: string | undefined,
): { kind: 'labelled'; name: string } | { kind: 'none' } | { kind: 'words'; words: string } {
  const name = field === undefined ? undefined : nameOf(field);
  if (name === undefined) return { kind: 'none' };
  if (labels[name] !== undefined) return { kind: 'labelled', name };
  return { kind: 'words', words: fieldLabel(name) };
}

/** Whether a sentence is a predicate about its field (`must be a number`), not an instruction. */
export function isPredicate(message: string): boolean {
  return PREDICATE.test(message.trim());
}

/** `timerMinutes` -> `Time allowed`, `options.1.text` -> `Text`, `extraTags` -> `Extra tags`. */
export function fieldLabel(field: string): string {
  const name = nameOf(field);
  if (name === undefined) return 'This value';
  const known = labels[name];
  if (known !== undefined) return known;
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const PREDICATE = /^(must|is|are|cannot|can|needs|has|should|may) /;

/** The message as a sentence for the field: `Marks must be a number`, `Enter your email`. */
export function fieldMessage(field: string | undefined, message: string): string {
  const text = message.trim();
  if (field !== undefined && isPredicate(text)) return `${fieldLabel(field)} ${text}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * zod's issue kinds in plain words, as predicates for `fieldMessage`. Passed as
 * the `error` option of `safeParse`, it stands in only where a schema gave no
 * message of its own.
 */
export const plainIssueMessage = (issue: z.core.$ZodRawIssue): string =>
  englishOfIssue(issueWords(issue));
