import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { validationError } from '@shared/api/validation-error';
import { fieldLabel, fieldMessage, plainIssueMessage } from '@shared/validation/messages';

const refusal = (schema: z.ZodType, input: unknown) => {
  const parsed = schema.safeParse(input, { error: plainIssueMessage });
  if (parsed.success) throw new Error('expected a refusal');
  return validationError(parsed.error);
};

describe('validation messages', () => {
  it('labels a field path by its last named part', () => {
    expect(fieldLabel('settings.timerMinutes')).toBe('Time allowed');
    expect(fieldLabel('content.options.1.text')).toBe('Text');
    expect(fieldLabel('extraTags')).toBe('Extra tags');
    expect(fieldLabel('(input)')).toBe('This value');
  });

  it('gives a predicate the field as its subject and capitalises an instruction', () => {
    expect(fieldMessage('marks', 'must be a number')).toBe('Marks must be a number');
    expect(fieldMessage('email', 'enter a valid email address')).toBe(
      'Enter a valid email address',
    );
    expect(fieldMessage(undefined, 'must be a number')).toBe('Must be a number');
  });

  it('replaces zod wording with plain words that name the field', () => {
    const schema = z
      .object({
        name: z.string().min(1),
        deviceName: z.string().max(3),
        marks: z.number(),
        count: z.number().int(),
        tags: z.array(z.string()).min(2),
        email: z.email(),
        role: z.enum(['admin', 'student']),
      })
      .strict();
    const ok = { name: 'a', deviceName: 'abc', marks: 1, count: 1, tags: ['a', 'b'] };
    const full = { ...ok, email: 'a@b.example', role: 'admin' };
    expect(refusal(schema, { ...full, name: '' })).toEqual({
      code: 'VALIDATION',
      field: 'name',
      message: 'Name cannot be empty',
      messageId: 'validation.notEmpty',
    });
    expect(refusal(schema, { ...full, deviceName: 'abcd' }).message).toBe(
      'Computer name must be at most 3 characters',
    );
    expect(refusal(schema, { ...full, marks: 'five' }).message).toBe('Marks must be a number');
    expect(refusal(schema, { ...full, count: 1.5 }).message).toBe('Count must be a whole number');
    expect(refusal(schema, { ...full, tags: ['a'] }).message).toBe('Tags needs at least 2 items');
    expect(refusal(schema, { ...full, email: 'nope' }).message).toBe(
      'Email must be an email address',
    );
    expect(refusal(schema, { ...full, role: 'root' }).message).toBe(
      'Role must be one of “admin”, “student”',
    );
    const { email: _email, ...noEmail } = full;
    expect(refusal(schema, noEmail).message).toBe('Email is required');
    expect(refusal(schema, { ...full, extra: 1 })).toEqual({
      code: 'VALIDATION',
      field: 'extra',
      message: 'Extra is not a field this takes',
      messageId: 'validation.unknownField',
    });
  });

  it("keeps a schema's own words", () => {
    const schema = z.object({ password: z.string().min(1, 'enter your password') });
    expect(refusal(schema, { password: '' }).message).toBe('Enter your password');
  });
});
