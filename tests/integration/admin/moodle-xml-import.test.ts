import { createHash } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLogs, media, mediaChunks, questions } from '@db/schema/index';
import type { MethodInput } from '@shared/api/contract';
import { createTestCore, signedIn, type TestCore } from '../../helpers/core';
import { fixtureText } from '../../unit/interchange/fixtures';

const RED =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC';
const sha = (base64: string) =>
  createHash('sha256').update(Buffer.from(base64, 'base64')).digest('hex');

const input = (
  data: string | Buffer,
  extra: Partial<MethodInput<'questions.import'>> = {},
): MethodInput<'questions.import'> => ({
  format: 'moodle-xml',
  fileName: 'bank.moodle.xml',
  base64: Buffer.from(data).toString('base64'),
  skipInvalid: true,
  skipDuplicates: false,
  ...extra,
});

async function counts(core: TestCore) {
  const db = core.env.db();
  const [q] = await db.select({ n: count() }).from(questions);
  const [m] = await db.select({ n: count() }).from(media);
  const [c] = await db.select({ n: count() }).from(mediaChunks);
  return { questions: q?.n ?? 0, media: m?.n ?? 0, chunks: c?.n ?? 0 };
}

describe('questions.import of Moodle XML', () => {
  it('imports the supported questions with their embedded media, and reports the rest by position', async () => {
    const core = await createTestCore();
    const author = await signedIn(core, 'author');
    const before = await counts(core);
    const report = await author.ok(
      'questions.import',
      input(fixtureText('moodle/all-types.moodle.xml')),
    );
    expect(report.committed).toBe(true);
    expect(report.counts).toMatchObject({ total: 21, imported: 16, skipped: 5 });
    const skipped = report.items.filter((i) => i.status === 'skipped');
    expect(skipped.map((i) => [i.line, i.label])).toEqual([
      [247, 'Area'],
      [252, 'Random (Science)'],
      [256, 'Mark the map'],
      [262, 'Multi gap'],
      [268, 'No key'],
    ]);
    const after = await counts(core);
    expect(after.questions).toBe(before.questions + 16);
    // Three images (two PNGs in the questions, the shape without alt) and one clip.
    expect(after.media).toBe(before.media + 4);

    const first = await author.ok('questions.get', { id: report.items[0]?.questionId ?? '' });
    expect(first.text).toContain(`media:${sha(RED)}`);
    expect(first.key).toEqual({ optionId: 'a', weights: { a: 1, b: 0.5, c: 0.25 } });
    const image = await author.ok('media.get', { hash: sha(RED) });
    expect(image).toEqual({ hash: sha(RED), mime: 'image/png', base64: RED });
    const audit = await core.env
      .db()
      .select()
      .from(auditLogs)
      .where(eq(auditLogs.action, 'questions.import'));
    expect(JSON.parse(audit[0]?.changes ?? '{}')).toMatchObject({
      import: [null, { format: 'moodle-xml', imported: 16, skipped: 5, mediaStored: 4 }],
    });
  });

  it('exports the bank as Moodle XML with its media, and that file imports back to the same questions', async () => {
    const core = await createTestCore();
    const author = await signedIn(core, 'author');
    const report = await author.ok(
      'questions.import',
      input(fixtureText('moodle/all-types.moodle.xml')),
    );
    const ids = report.items.flatMap((i) => (i.questionId ? [i.questionId] : []));
    const file = await author.ok('questions.export', { format: 'moodle-xml', ids });
    expect(file.fileName).toMatch(/\.moodle\.xml$/);
    expect(file.skipped).toEqual([]);
    const xml = Buffer.from(file.base64, 'base64').toString('utf8');
    expect(xml).toContain(`encoding="base64">${RED}</file>`);

    const other = await createTestCore();
    const elsewhere = await signedIn(other, 'author');
    const again = await elsewhere.ok('questions.import', input(xml));
    expect(again.counts).toMatchObject({ imported: ids.length, skipped: 0 });
    const fields = async (client: typeof author, id: string) => {
      const q = await client.ok('questions.get', { id });
      return {
        type: q.type,
        text: q.text,
        format: q.format,
        options: q.options,
        premises: q.premises,
        responses: q.responses,
        items: q.items,
        gaps: q.gaps,
        key: q.key,
        marks: q.marks,
        tags: q.tags,
        settings: q.settings,
        feedback: q.feedback,
      };
    };
    const newIds = again.items.flatMap((i) => (i.questionId ? [i.questionId] : []));
    for (const [i, id] of ids.entries())
      expect(await fields(elsewhere, newIds[i] ?? '')).toEqual(await fields(author, id));
    expect(await elsewhere.ok('media.get', { hash: sha(RED) })).toMatchObject({ base64: RED });
  });

  it.each([
    ['cut short', (x: string) => x.slice(0, x.length / 2)],
    [
      'with entity declarations',
      (x: string) => x.replace('<quiz>', '<!DOCTYPE quiz [<!ENTITY a "aaaa">]><quiz>'),
    ],
    // 5 MB: the API takes files of about 6 MB; the reader's own test refuses 10 MB of garbage.
    ['as garbage', () => `<${'x'.repeat(5 * 1024 * 1024)}`],
  ])('refuses a file %s with a clear message and writes nothing', async (_name, spoil) => {
    const core = await createTestCore();
    const author = await signedIn(core, 'author');
    const before = await counts(core);
    const report = await author.ok(
      'questions.import',
      input(spoil(fixtureText('moodle/all-types.moodle.xml'))),
    );
    expect(report.committed).toBe(false);
    expect(report.counts.imported).toBe(0);
    expect(report.rejection).toMatch(/XML|not Moodle XML|no questions|could not tell/i);
    expect(await counts(core)).toEqual(before);
  });

  it('refuses a file in another encoding, naming the byte, and writes nothing', async () => {
    const core = await createTestCore();
    const author = await signedIn(core, 'author');
    const before = await counts(core);
    const latin1 = Buffer.from(
      '<quiz><question type="essay"><questiontext><text>Caf\u00e9</text></questiontext></question></quiz>',
      'latin1',
    );
    const report = await author.ok('questions.import', input(latin1));
    expect(report.rejection).toMatch(/not UTF-8 text \(byte 53 is not valid UTF-8\)/);
    expect(await counts(core)).toEqual(before);
  });
});
