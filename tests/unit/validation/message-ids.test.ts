import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { apiContract } from '@shared/api/contract';
import { apiWords } from '@shared/api/error-words';
import { ApiError, invalid } from '@shared/api/result';
import { validationError } from '@shared/api/validation-error';
import { fieldLabelKey, plainIssueMessage } from '@shared/validation/messages';

const refusal = (schema: z.ZodType, input: unknown) => {
  const parsed = schema.safeParse(input, { error: plainIssueMessage });
  if (parsed.success) throw new Error('expected a refusal');
  return validationError(parsed.error);
};

describe('validation refusals carry a message id beside the English', () => {
  const schema = z
    .object({
      name: z.string().min(1),
      deviceName: z.string().max(3),
      tags: z.array(z.string()).min(2),
      marks: z.number().gt(0),
      email: z.email(),
      role: z.enum(['admin', 'student']),
      password: z.string().min(1, 'enter your password'),
    })
    .strict();
  const full = {
    name: 'a',
    deviceName: 'abc',
    tags: ['a', 'b'],
    marks: 1,
    email: 'a@b.example',
    role: 'admin',
    password: 'x',
  };

  it('names zod’s kind of problem with its values', () => {
    expect(refusal(schema, { ...full, deviceName: 'abcd' })).toEqual({
      code: 'VALIDATION',
      field: 'deviceName',
      message: 'Computer name must be at most 3 characters',
      messageId: 'validation.maxCharacters',
      params: { count: 3 },
    });
    expect(refusal(schema, { ...full, tags: ['a'] })).toMatchObject({
      messageId: 'validation.minItems',
      params: { count: 2 },
    });
    expect(refusal(schema, { ...full, marks: 0 })).toMatchObject({
      messageId: 'validation.moreThan',
      params: { limit: 0 },
    });
    expect(refusal(schema, { ...full, email: 'nope' })).toMatchObject({
      messageId: 'validation.mustBeFormat',
      params: { format: 'email' },
    });
    expect(refusal(schema, { ...full, role: 'root' })).toMatchObject({
      messageId: 'validation.oneOf',
      params: { values: '“admin”, “student”' },
    });
    const { name: _name, ...noName } = full;
    expect(refusal(schema, noName)).toMatchObject({
      message: 'Name is required',
      messageId: 'validation.required',
    });
    expect(refusal(schema, { ...full, marks: 'five' })).toMatchObject({
      message: 'Marks must be a number',
      messageId: 'validation.mustBeType',
      params: { type: 'number' },
    });
  });

  it('names a schema’s own sentence from the table', () => {
    expect(refusal(schema, { ...full, password: '' })).toEqual({
      code: 'VALIDATION',
      field: 'password',
      message: 'Enter your password',
      messageId: 'sentence.enterYourPassword',
    });
  });

  it('gives no id to a sentence the table does not hold, which stays English', () => {
    const own = z.object({ code: z.string().min(1, 'say the magic word') });
    const body = refusal(own, { code: '' });
    expect(body.message).toBe('Say the magic word');
    expect(body.messageId).toBeUndefined();
  });

  it('holds each sentence the sign-in, set-up and enrolment forms write', () => {
    const signIn = apiContract['auth.signIn'].input;
    expect(refusal(signIn, { email: '', password: 'x' }).messageId).toBe('sentence.enterYourEmail');
    expect(refusal(signIn, { email: 'nope', password: 'x' }).messageId).toBe(
      'sentence.enterValidEmail',
    );
    const setUp = apiContract['setup.createOrganisation'].input;
    expect(
      refusal(setUp, {
        organisationName: '',
        adminName: 'A',
        adminEmail: 'a@b.example',
        adminPassword: 'correct horse battery',
        adminPin: '583920',
      }).messageId,
    ).toBe('sentence.enterOrganisationName');
  });

  it('gives a service’s refusal of a field the id of its sentence', () => {
    expect(invalid('password', 'sentence.notYourPassword').toBody()).toEqual({
      code: 'VALIDATION',
      field: 'password',
      message: 'That is not your password',
      messageId: 'sentence.notYourPassword',
    });
  });

  it('gives an API refusal its id and values, and keeps its English', () => {
    const refused = apiWords('api.roleCannot', { role: 'student' });
    expect(new ApiError('FORBIDDEN', refused.message, undefined, refused.ref).toBody()).toEqual({
      code: 'FORBIDDEN',
      message: 'Your role (student) cannot do this',
      messageId: 'api.roleCannot',
      params: { role: 'student' },
    });
  });

  it('tells which label a field is said with', () => {
    expect(fieldLabelKey('settings.timerMinutes')).toEqual({
      kind: 'labelled',
      name: 'timerMinutes',
    });
    expect(fieldLabelKey('(input)')).toEqual({ kind: 'none' });
    expect(fieldLabelKey(undefined)).toEqual({ kind: 'none' });
    expect(fieldLabelKey('extraTags')).toEqual({ kind: 'words', words: 'Extra tags' });
  });
});
