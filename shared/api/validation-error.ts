import type { z } from 'zod';
import { englishIssueWords, englishOfIssue, issueWords } from '../validation/issue-words';
import { fieldMessage } from '../validation/messages';
import { sentenceIdOf } from '../validation/sentences';
import type { MessageRef } from './error-words';
import type { ApiErrorBody } from './result';

function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  return path.length === 0 ? '(input)' : path.map((p) => String(p)).join('.');
}

/**
 * The id a finished issue's sentence is said with: zod's own kind when the
 * sentence is the plain words of that kind, else a schema's sentence from the
 * table, else none (the screen shows the English).
 */
export function issueRef(issue: z.core.$ZodIssue, message: string): MessageRef | null {
  // A finished issue no longer holds its input, which told a missing field apart.
  if (message === englishIssueWords['validation.required']({}))
    return { id: 'validation.required' };
  const plain = issueWords(issue);
  if (englishOfIssue(plain) === message) {
    const values = plain.params as Readonly<Record<string, string | number>>;
    return Object.keys(values).length === 0 ? { id: plain.id } : { id: plain.id, params: values };
  }
  const sentence = sentenceIdOf(message);
  return sentence === null ? null : { id: sentence };
}

/**
 * The first problem of a failed parse, as the API answers it: the field's path
 * apart, a sentence about it (parse with `plainIssueMessage` so zod's own
 * wording is replaced), and that sentence's message id where it has one.
 */
export function validationError(error: z.ZodError): ApiErrorBody {
  const issue = error.issues[0];
  const path = [...(issue?.path ?? [])];
  // zod reports an unknown key on the object that holds it; the bad field is the key itself.
  if (issue?.code === 'unrecognized_keys' && issue.keys[0] !== undefined) path.push(issue.keys[0]);
  const field = fieldPath(path);
  const said = issue?.message ?? 'is not valid';
  const ref = issue === undefined ? null : issueRef(issue, said);
  return {
    code: 'VALIDATION',
    message: fieldMessage(field, said),
    field,
    ...(ref === null ? {} : { messageId: ref.id }),
    ...(ref?.params === undefined ? {} : { params: ref.params }),
  };
}
