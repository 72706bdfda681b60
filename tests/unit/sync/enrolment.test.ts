import { textMatching } from '../../helpers/matchers';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { enrolmentInputSchema, parseEnrolmentFile, syncUrlProblem } from '@shared/sync/enrolment';
import { constraintTarget, describeSyncError } from '@shared/sync/errors';

const goodFile = {
  format: 'exam-desk-enrolment',
  version: 1,
  url: 'libsql://northfield-exams.turso.io',
  token: 'eyJhbGciOiJFZERTQSJ9.abc.def',
  organisation: 'Northfield College',
};

describe('sync URLs', () => {
  it.each([
    ['libsql://northfield.turso.io', null],
    ['https://northfield.turso.io', null],
    ['http://127.0.0.1:8080', null],
    ['http://localhost:8080', null],
  ])('accepts %s', (url, problem) => {
    expect(syncUrlProblem(url)).toBe(problem);
  });

  it.each([
    ['northfield.turso.io', /not a URL/],
    ['http://northfield.turso.io', /https:\/\/ or libsql:\/\//],
    ['ftp://northfield.turso.io', /expected libsql/],
    ['https://user:pw@northfield.turso.io', /user name or password/],
    ['https://northfield.turso.io/?token=x', /query/],
    ['https://', /host/],
    ['https://host:99999', /port/],
  ])('refuses %s', (url, problem) => {
    expect(syncUrlProblem(url)).toMatch(problem);
  });

  it('names the field of the first bad input', () => {
    const parsed = enrolmentInputSchema.safeParse({
      url: 'http://10.0.0.5',
      token: 'x',
      deviceName: 'PC',
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['url']);
  });
});

describe('enrolment files', () => {
  it('reads a good file', () => {
    const result = parseEnrolmentFile(JSON.stringify(goodFile));
    expect(result).toEqual({ ok: true, value: goodFile });
  });

  it.each([
    ['', 'file', /not valid JSON/],
    ['not json at all', 'file', /not valid JSON/],
    ['[1,2]', 'file', /enrolment object/],
    ['null', 'file', /enrolment object/],
    [
      JSON.stringify({ ...goodFile, format: 'something-else' }),
      'file.format',
      /not an Exam Desk enrolment file/,
    ],
    [JSON.stringify({ ...goodFile, version: 2 }), 'file.version', /version/],
    [JSON.stringify({ ...goodFile, url: 'http://192.168.1.4:8080' }), 'file.url', /https/],
    [JSON.stringify({ ...goodFile, token: 'has spaces in it' }), 'file.token', /characters/],
    [JSON.stringify({ ...goodFile, token: undefined }), 'file.token', /.+/],
  ])('refuses %j naming %s', (text, field, message) => {
    const result = parseEnrolmentFile(text);
    expect(result).toMatchObject({ ok: false, field, message: textMatching(message) });
  });

  it('never throws, whatever bytes it is given', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const result = parseEnrolmentFile(text);
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });
});

describe('sync errors in words', () => {
  it.each([
    ['fetch error: TypeError: fetch failed', 'offline'],
    ['Runtime error: UNIQUE constraint failed: profiles.email (19)', 'constraint'],
    ['push timed out after 60000 ms', 'timeout'],
    ['http error 401 Unauthorized', 'auth'],
    ['url is empty - sync is paused', 'paused'],
    ['status 503', 'server'],
    ['database error: Database is busy', 'busy'],
  ])('%s is %s', (raw, kind) => {
    expect(describeSyncError(raw).kind).toBe(kind);
  });

  it('reads the table and columns of a constraint failure', () => {
    expect(
      constraintTarget(
        'failed to execute sql: Error { message: "Runtime error: UNIQUE constraint failed: profiles.email (19)", code: "BATCH_STEP_ERROR" }',
      ),
    ).toEqual({
      table: 'profiles',
      columns: ['email'],
    });
    expect(
      constraintTarget(
        'UNIQUE constraint failed: attempt_answers.attempt_id, attempt_answers.question_id',
      ),
    ).toEqual({
      table: 'attempt_answers',
      columns: ['attempt_id', 'question_id'],
    });
    expect(constraintTarget('fetch failed')).toBeNull();
  });
});
