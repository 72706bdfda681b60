import type { z } from 'zod';
import { fieldMessage } from '../validation/messages';
import type { ApiErrorBody } from './result';

function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  return path.length === 0 ? '(input)' : path.map((p) => String(p)).join('.');
}

/**
 * The first problem of a failed parse, as the API answers it: the field's path
 * apart, and a sentence about it (parse with `plainIssueMessage` so zod's own
 * wording is replaced).
 */
export function validationError(error: z.ZodError): ApiErrorBody {
  const issue = error.issues[0];
  const path = [...(issue?.path ?? [])];
  // zod reports an unknown key on the object that holds it; the bad field is the key itself.
  if (issue?.code === 'unrecognized_keys' && issue.keys[0] !== undefined) path.push(issue.keys[0]);
  const field = fieldPath(path);
  return {
    code: 'VALIDATION',
    message: fieldMessage(field, issue?.message ?? 'is not valid'),
    field,
  };
}
