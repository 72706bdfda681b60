import { count } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { media } from '@db/schema/index';
import { createTestCore, signedIn } from '../../helpers/core';
import { fixtureText } from '../../unit/interchange/fixtures';

const b64 = (text: string | Uint8Array) => Buffer.from(text).toString('base64');

describe('media carried in an import file', () => {
  it('stores an embedded GIFT image as media the imported question shows, and a preview stores nothing', async () => {
    const core = await createTestCore();
    const author = await signedIn(core, 'author');
    const input = {
      format: 'gift' as const,
      fileName: 'moodle-constructs.gift',
      base64: b64(fixtureText('moodle-constructs.gift')),
      skipDuplicates: false,
    };
    const mediaRows = async () => (await core.env.db().select({ n: count() }).from(media))[0]?.n;
    const before = await mediaRows();
    await author.ok('questions.importPreview', input);
    expect(await mediaRows()).toBe(before);

    const report = await author.ok('questions.import', input);
    expect(report.committed).toBe(true);
    const item = report.items.find((i) => i.label === 'Image');
    const question = await author.ok('questions.get', { id: item?.questionId ?? '' });
    const hash = /media:([0-9a-f]{64})/.exec(question.text)?.[1] ?? '';
    expect(question.format).toBe('html');
    expect(question.text).toMatch(new RegExp(`<img src="media:${hash}" alt="a red square"\\s*/?>`));
    const file = await author.ok('media.get', { hash });
    expect(file.mime).toBe('image/png');
    expect(Buffer.from(file.base64, 'base64').subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(await mediaRows()).toBe((before ?? 0) + 1);
    expect(item?.warnings).toHaveLength(2);
  });
});
