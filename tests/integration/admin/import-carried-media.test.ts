import { createHash } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLogs, media } from '@db/schema/index';
import { createTestCore, signedIn } from '../../helpers/core';

const b64 = (text: string | Uint8Array) => Buffer.from(text).toString('base64');
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
/** A GIFT [html] text escapes `=`, `:` and braces. */
const giftEscaped = (html: string) => html.replace(/[=:{}]/g, (c) => `\\${c}`);
const svgDataUrl = (svg: string) => `data:image/svg+xml;base64,${b64(svg)}`;

const TIDY_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><rect width="4" height="4" fill="red"/></svg>';
// The same drawing with a handler: the sanitiser keeps the rectangle and drops the handler.
const HANDLER_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4" onload="alert(1)"><rect width="4" height="4" fill="blue"/></svg>';
// Nothing is left of this one once its script is removed.
const SCRIPT_ONLY_SVG = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';

const question = (label: string, svg: string) =>
  `::${label}:: [html]${giftEscaped(`<p>Which colour? <img src="${svgDataUrl(svg)}" alt="a square"></p>`)} {=red ~blue}`;

const gift = [
  question('Tidy', TIDY_SVG),
  question('Handler', HANDLER_SVG),
  question('Script only', SCRIPT_ONLY_SVG),
  '::Plain:: Is this plain? {T}',
  '',
].join('\n\n');

describe('files a GIFT file carries, checked as uploads are in the reader thread', () => {
  it('stores the checked files with the import, points a sanitised file’s question at its new hash, and skips a question whose file the check refuses', async () => {
    const core = await createTestCore();
    const author = await signedIn(core, 'author');
    const mediaRows = async () => (await core.env.db().select({ n: count() }).from(media))[0]?.n;
    const before = (await mediaRows()) ?? 0;
    const input = {
      format: 'gift' as const,
      fileName: 'svg-images.gift',
      base64: b64(gift),
      skipDuplicates: false,
      skipInvalid: true,
    };

    const preview = await author.ok('questions.importPreview', input);
    expect(preview.counts).toMatchObject({ total: 4, importable: 3, skipped: 1 });
    expect(await mediaRows()).toBe(before);

    const report = await author.ok('questions.import', input);
    expect(report.committed).toBe(true);
    expect(report.counts).toMatchObject({ total: 4, imported: 3, skipped: 1 });
    const skipped = report.items.find((i) => i.label === 'Script only');
    expect(skipped?.status).toBe('skipped');
    expect(skipped?.reason).toMatch(/^the file data: URL \(SVG[^)]*\) cannot be stored: /);
    expect(skipped?.reason).toContain('has no drawing left once its scripts and links are removed');

    const stemHash = async (label: string) => {
      const item = report.items.find((i) => i.label === label);
      const q = await author.ok('questions.get', { id: item?.questionId ?? '' });
      return /media:([0-9a-f]{64})/.exec(q.text)?.[1] ?? '';
    };
    const tidy = await stemHash('Tidy');
    const handler = await stemHash('Handler');
    // The sanitised drawing is stored under the hash of what is stored, not of what the file held.
    expect(handler).not.toBe(sha(Buffer.from(HANDLER_SVG)));
    for (const hash of [tidy, handler]) {
      const file = await author.ok('media.get', { hash });
      expect(file.mime).toBe('image/svg+xml');
      expect(sha(Buffer.from(file.base64, 'base64'))).toBe(hash);
    }
    const stored = Buffer.from((await author.ok('media.get', { hash: handler })).base64, 'base64');
    expect(stored.toString('utf8')).not.toContain('onload');
    expect(stored.toString('utf8')).toContain('<rect');
    expect(await mediaRows()).toBe(before + 2);

    // One path for every import's files: written with the import's own final commit, counted
    // there, and no separate media rows committed ahead of the questions.
    const importAudit = await core.env
      .db()
      .select()
      .from(auditLogs)
      .where(eq(auditLogs.action, 'questions.import'));
    expect(JSON.parse(importAudit[0]?.changes ?? '{}')).toMatchObject({
      import: [null, { format: 'gift', imported: 3, skipped: 1, mediaStored: 2 }],
    });
    const separate = await core.env
      .db()
      .select()
      .from(auditLogs)
      .where(eq(auditLogs.action, 'media.import'));
    expect(separate).toEqual([]);
    await core.close();
  });
});
