import { randomBytes } from 'node:crypto';
import { strToU8, zipSync } from 'fflate';
import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLogs, questions } from '@db/schema/index';
import type { MethodInput } from '@shared/api/contract';
import { questionContentSchema } from '@shared/domain/questions';
import { createTestCore, signedIn, type TestCore } from '../../helpers/core';
import { fixtureText, qtiFixtureFiles } from '../../unit/interchange/fixtures';
import { sampleQuestions } from '../../unit/interchange/sample-questions';

const b64 = (text: string | Uint8Array) => Buffer.from(text).toString('base64');

async function counts(core: TestCore) {
  const [q] = await core.env.db().select({ n: count() }).from(questions);
  const [a] = await core.env.db().select({ n: count() }).from(auditLogs);
  return { questions: q?.n ?? 0, audit: a?.n ?? 0 };
}

function importInput(
  format: MethodInput<'questions.import'>['format'],
  data: string | Uint8Array,
  extra: Partial<MethodInput<'questions.import'>> = {},
): MethodInput<'questions.import'> {
  return { format, fileName: `fixture.${format}`, base64: b64(data), ...extra };
}

describe('questions.import', () => {
  it('previews without writing, then imports all valid items in one go with one audit row', async () => {
    const core = await createTestCore();
    const author = await signedIn(core, 'author');
    const before = await counts(core);
    const gift = fixtureText('all-types.gift');

    const preview = await author.ok(
      'questions.importPreview',
      importInput('gift', gift, { skipDuplicates: false }),
    );
    expect(preview.dryRun).toBe(true);
    expect(preview.counts).toEqual({
      total: 15,
      imported: 0,
      importable: 13,
      skipped: 2,
      duplicates: 0,
    });
    expect(preview.rejection).toMatch(/2 of 15 items cannot be imported/);
    expect(await counts(core)).toEqual(before);

    const refused = await author.ok(
      'questions.import',
      importInput('gift', gift, { skipDuplicates: false }),
    );
    expect(refused.committed).toBe(false);
    expect((await counts(core)).questions).toBe(before.questions);

    const done = await author.ok(
      'questions.import',
      importInput('gift', gift, {
        skipInvalid: true,
        skipDuplicates: false,
        extraTags: ['term-1'],
      }),
    );
    expect(done.committed).toBe(true);
    expect(done.counts.imported).toBe(13);
    const after = await counts(core);
    expect(after.questions).toBe(before.questions + 13);
    // One audit row for the refused import, one for the import.
    expect(after.audit).toBe(before.audit + 2);
    const imported = done.items.filter((i) => i.status === 'imported');
    const first = await author.ok('questions.get', { id: imported[0]?.questionId ?? '' });
    expect(first.tags).toContain('term-1');
    const versions = await author.ok('questions.versions', { id: first.id });
    expect(versions).toHaveLength(1);
    const audit = await core.env
      .db()
      .select()
      .from(auditLogs)
      .where(eq(auditLogs.action, 'questions.import'));
    expect(JSON.parse(audit[0]?.changes ?? '{}')).toMatchObject({
      import: [null, { format: 'gift', imported: 13, skipped: 2 }],
    });
  });

  it('skips questions already in the bank, and repeats inside the file', async () => {
    const core = await createTestCore();
    const author = await signedIn(core, 'author');
    const aiken = fixtureText('all-types.aiken.txt');
    await author.ok('questions.import', importInput('aiken', aiken, { skipInvalid: true }));
    const again = await author.ok(
      'questions.importPreview',
      importInput('aiken', `${aiken}\n\n${aiken}`, { skipInvalid: true }),
    );
    expect(again.counts.duplicates).toBe(6);
    expect(again.rejection).toBe('nothing new to import');
    expect(again.items[0]?.reason).toBe('the bank already has this question');
  });

  it.each([
    ['CSV', 'csv' as const, fixtureText('all-types.csv'), 6, 5],
    ['Aiken', 'aiken' as const, fixtureText('all-types.aiken.txt'), 3, 4],
  ])('imports the %s fixture and reports its skips', async (_name, format, text, good, bad) => {
    const core = await createTestCore();
    const author = await signedIn(core, 'author');
    const report = await author.ok(
      'questions.import',
      importInput(format, text, { skipInvalid: true, skipDuplicates: false }),
    );
    expect(report.counts.imported).toBe(good);
    expect(report.counts.skipped).toBe(bad);
    expect(
      report.items.filter((i) => i.status === 'skipped').every((i) => i.reason && i.line),
    ).toBe(true);
  });

  it('imports a zipped QTI package and names what it could not read', async () => {
    const core = await createTestCore();
    const author = await signedIn(core, 'author');
    const zip = zipSync(
      Object.fromEntries([...qtiFixtureFiles()].map(([p, t]) => [p, strToU8(t)])),
    );
    const report = await author.ok(
      'questions.import',
      importInput('qti', zip, { skipInvalid: true }),
    );
    expect(report.counts).toMatchObject({ imported: 5, skipped: 3 });
    expect(report.problems[0]?.message).toMatch(/test-1/);
  });

  describe('malformed files give a report and import nothing', () => {
    const cases: Array<[string, MethodInput<'questions.import'>, RegExp]> = [
      [
        'a truncated GIFT file',
        importInput('gift', fixtureText('all-types.gift').slice(0, 175)),
        /GIFT syntax/,
      ],
      [
        'Latin-1 text',
        importInput('aiken', Buffer.from('Caf\xe9?\nA. Oui\nB. Non\nANSWER: A\n', 'latin1')),
        /not UTF-8 text/,
      ],
      [
        'an unknown CSV type',
        importInput('csv', 'type,text\nhotspot,Click the map\n'),
        /"hotspot" is not a supported question type/,
      ],
      [
        '5 MB of garbage as GIFT',
        importInput('gift', randomBytes(5 * 1024 * 1024)),
        /not UTF-8 text|binary/,
      ],
      [
        '5 MB of garbage as QTI',
        importInput('qti', Buffer.concat([Buffer.from('PK'), randomBytes(5 * 1024 * 1024)])),
        /not a readable zip/,
      ],
      [
        'a truncated QTI zip',
        importInput('qti', zipSync({ 'imsmanifest.xml': strToU8('<manifest/>') }).subarray(0, 40)),
        /zip|truncated/,
      ],
      ['an empty file', importInput('csv', ''), /empty/],
    ];
    it.each(cases)('%s', async (_name, input, message) => {
      const core = await createTestCore();
      const author = await signedIn(core, 'author');
      const before = await counts(core);
      const report = await author.ok('questions.import', { ...input, skipInvalid: false });
      expect(report.committed).toBe(false);
      const said = [
        report.rejection ?? '',
        ...report.items.map((i) => i.reason ?? ''),
        ...report.problems.map((p) => p.message),
      ].join(' | ');
      expect(said).toMatch(message);
      const after = await counts(core);
      expect(after.questions).toBe(before.questions);
      expect(after.audit).toBe(before.audit + 1);
    });
  });

  it('reports the line and column of a non-UTF-8 byte', async () => {
    const core = await createTestCore();
    const author = await signedIn(core, 'author');
    const report = await author.ok(
      'questions.importPreview',
      importInput('gift', Buffer.from('Q1 {T}\n\nCaf\xe9 {F}\n', 'latin1')),
    );
    expect(report.problems).toEqual([expect.objectContaining({ line: 3, column: 4 })]);
  });

  it('refuses a file that is not base64, naming the field', async () => {
    const core = await createTestCore();
    const author = await signedIn(core, 'author');
    const result = await author.call('questions.import', {
      format: 'gift',
      fileName: 'x.gift',
      base64: '***',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'base64' } });
  });

  it('is refused to students', async () => {
    const core = await createTestCore();
    const student = await signedIn(core, 'student1');
    const result = await student.call('questions.import', importInput('gift', 'Q {T}'));
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('sends progress events to the window that asked', async () => {
    const core = await createTestCore();
    const author = await signedIn(core, 'author');
    const seen: string[] = [];
    core.events.subscribe((name, payload, target) => {
      if (name === 'import.progress' && target === author.key)
        seen.push((payload as { phase: string }).phase);
    });
    await author.ok(
      'questions.import',
      importInput('aiken', fixtureText('all-types.aiken.txt'), {
        skipInvalid: true,
        progressToken: 'progress-1',
      }),
    );
    expect(seen).toEqual(expect.arrayContaining(['reading', 'checking', 'saving', 'done']));
  });
});

describe('questions.export then questions.import', () => {
  it.each(['gift', 'csv', 'qti'] as const)(
    '%s gives equal questions in another bank',
    async (format) => {
      const source = await createTestCore();
      const author = await signedIn(source, 'author');
      const ids: string[] = [];
      for (const content of sampleQuestions)
        ids.push((await author.ok('questions.create', { content })).id);
      const file = await author.ok('questions.export', { format, ids });
      expect(file.count).toBe(sampleQuestions.length);

      const target = await createTestCore();
      const other = await signedIn(target, 'author');
      const report = await other.ok('questions.import', {
        format,
        fileName: file.fileName,
        base64: file.base64,
        skipDuplicates: false,
      });
      expect(report.rejection).toBeNull();
      expect(report.committed).toBe(true);
      const read = await Promise.all(
        report.items.map((i) => other.ok('questions.get', { id: i.questionId ?? '' })),
      );
      expect(read.map((q) => questionContentSchema.parse(q))).toEqual(sampleQuestions);
    },
  );
});

describe('questions.export as GIFT', () => {
  it('says which questions were written without the feedback GIFT has no place for', async () => {
    const core = await createTestCore();
    const author = await signedIn(core, 'author');
    const plain = await author.ok('questions.create', {
      content: {
        type: 'true_false',
        text: 'The Nile flows north.',
        options: null,
        key: { value: true },
        marks: 1,
        tags: [],
      },
    });
    const withFeedback = await author.ok('questions.create', {
      content: {
        type: 'single_choice',
        text: 'Which river flows through Cairo?',
        options: [
          { id: 'a', text: 'Nile' },
          { id: 'b', text: 'Danube' },
        ],
        key: { optionId: 'a' },
        marks: 1,
        tags: [],
        feedback: { correct: 'Well done.', incorrect: 'Look at a map of Egypt.' },
      },
    });
    const file = await author.ok('questions.export', {
      format: 'gift',
      ids: [plain.id, withFeedback.id],
    });
    expect(file.count).toBe(2);
    expect(file.skipped).toEqual([]);
    expect(file.warnings).toEqual([
      {
        questionId: withFeedback.id,
        reason:
          'GIFT has no place for the correct-answer feedback or the incorrect-answer feedback',
        lost: ['correct_feedback', 'incorrect_feedback'],
        excerpt: 'Which river flows through Cairo?',
      },
    ]);
    const csv = await author.ok('questions.export', { format: 'csv', ids: [withFeedback.id] });
    expect(csv.warnings).toEqual([]);
  });
});
