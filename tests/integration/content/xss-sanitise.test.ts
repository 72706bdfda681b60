import { describe, expect, it } from 'vitest';
import { columnsToStored } from '@db/repositories/question-mapping';
import { questions, questionVersions } from '@db/schema/index';
import { sanitiseRichText } from '@main/services/content/rich-text-sanitiser';
import { richTextFields } from '@shared/content/rich-fields';
import { createTestCore, signedIn } from '../../helpers/core';
import { unsafeParts } from '../../helpers/safe-html';
import { allXssPayloads, xssPayloadsByFamily } from '../../fixtures/content/xss-payloads';

const MEDIA = 'media:' + 'cd'.repeat(32);

describe('the rich text sanitiser', () => {
  it.each(Object.entries(xssPayloadsByFamily))(
    'leaves nothing dangerous of %s',
    (_family, payloads) => {
      for (const payload of payloads) {
        const clean = sanitiseRichText(payload);
        expect(unsafeParts(clean), payload).toEqual([]);
        // Sanitising what it produced changes nothing: no second parse finds anything new.
        expect(sanitiseRichText(clean), payload).toBe(clean);
      }
    },
  );

  it('keeps the allowed subset as written', () => {
    const html =
      `<p>Water is <strong>H<sub>2</sub>O</strong>, see <img src="${MEDIA}" alt="A molecule" width="120" height="80" />.</p>` +
      '<ul><li><em>one</em></li></ul><table><tbody><tr><td colspan="2">x</td></tr></tbody></table>' +
      '<span class="math-inline">\\(x^2\\)</span><math display="block"><mfrac><mi>a</mi><mn>2</mn></mfrac></math>' +
      `<audio src="${MEDIA}"></audio>`;
    expect(sanitiseRichText(html)).toBe(html);
  });

  it('keeps an image without alt text for publishing to refuse, and drops one without a media source', () => {
    expect(sanitiseRichText(`<img src="${MEDIA}">`)).toBe(`<img src="${MEDIA}" />`);
    expect(sanitiseRichText('<img src="https://example.org/x.png" alt="x">')).toBe('');
  });
});

/** Every rich field of every question row and version row, as stored. */
async function storedRichTexts(core: Awaited<ReturnType<typeof createTestCore>>) {
  const heads = await core.env.db().select().from(questions);
  const versions = await core.env.db().select().from(questionVersions);
  return [...heads, ...versions].flatMap((row) =>
    richTextFields(columnsToStored(row)).map((f) => ({ id: row.id, format: row.bodyFormat, ...f })),
  );
}

describe('html questions are stored sanitised, whichever way they are written', () => {
  it('create, update and duplicate store no dangerous markup in any rich field', async () => {
    const core = await createTestCore();
    const author = await signedIn(core, 'author');
    const families = Object.values(xssPayloadsByFamily);
    const ids: string[] = [];
    for (const payloads of families) {
      const joined = payloads.join('');
      const created = await author.ok('questions.create', {
        content: {
          type: 'single_choice',
          format: 'html',
          text: `<p>Pick one</p>${joined}`,
          options: payloads.slice(0, 4).map((p, i) => ({ id: `o${i}`, text: `<b>${i}</b>${p}` })),
          key: { optionId: 'o0' },
          marks: 1,
          feedback: {
            general: joined,
            correct: payloads[0],
            perOption: { o0: payloads[1] ?? 'x', o1: joined },
          },
        },
      });
      ids.push(created.id);
    }
    const matching = await author.ok('questions.create', {
      content: {
        type: 'matching',
        format: 'html',
        text: '<p>Match</p>' + allXssPayloads.slice(0, 10).join(''),
        premises: [
          { id: 'p1', text: `France${allXssPayloads[3]}` },
          { id: 'p2', text: `Japan${allXssPayloads[20]}` },
        ],
        responses: [
          { id: 'r1', text: `Paris${allXssPayloads[30]}` },
          { id: 'r2', text: `Tokyo${allXssPayloads[40]}` },
        ],
        key: { pairs: { p1: 'r1', p2: 'r2' } },
        marks: 2,
      },
    });
    const cloze = await author.ok('questions.create', {
      content: {
        type: 'cloze',
        format: 'html',
        text: `<p>Capital: {{gap:c}}</p>${allXssPayloads.slice(10, 30).join('')}`,
        gaps: [
          {
            id: 'c',
            kind: 'choice',
            options: [
              { id: 'a', text: `Lima${allXssPayloads[50]}` },
              { id: 'b', text: `Quito${allXssPayloads[60]}` },
            ],
            marks: 1,
          },
        ],
        key: { gaps: { c: { optionId: 'a' } } },
        marks: 1,
        feedback: { perGap: { c: allXssPayloads.slice(30).join('') } },
      },
    });
    const first = ids[0]!;
    await author.ok('questions.update', {
      id: first,
      baseVersion: 1,
      content: {
        type: 'ordering',
        format: 'html',
        text: `<p>Order</p>${allXssPayloads.join('')}`,
        items: allXssPayloads.slice(0, 3).map((p, i) => ({ id: `i${i}`, text: `${i}${p}` })),
        key: { order: ['i0', 'i1', 'i2'] },
        marks: 1,
      },
    });
    await author.ok('questions.duplicate', { id: matching.id });

    const stored = await storedRichTexts(core);
    const ours = stored.filter((s) => s.format === 'html');
    // Every family went through a stem, options or items, feedback, premises, responses and gaps.
    expect(new Set(ours.map((s) => s.path[0]))).toEqual(
      new Set(['text', 'options', 'items', 'premises', 'responses', 'gaps', 'feedback']),
    );
    expect(ours.length).toBeGreaterThan(40);
    for (const s of ours) expect(unsafeParts(s.text), `${s.id} ${s.path.join('.')}`).toEqual([]);
    const clozeRecord = await author.ok('questions.get', { id: cloze.id });
    expect(clozeRecord.text.startsWith('<p>Capital: {{gap:c}}</p>')).toBe(true);
    expect(clozeRecord.gaps?.[0]?.options?.map((o) => o.text.slice(0, 4))).toEqual([
      'Lima',
      'Quit',
    ]);
  });

  it('refuses html whose stem is nothing but markup that is not allowed, naming the field', async () => {
    const core = await createTestCore();
    const author = await signedIn(core, 'author');
    const result = await author.call('questions.create', {
      content: {
        type: 'essay',
        format: 'html',
        text: '<script>alert(1)</script><iframe src="javascript:alert(2)"></iframe>',
        options: null,
        key: null,
        marks: 2,
      },
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'content.text' },
    });
    expect(JSON.stringify(result)).toMatch(/markup that is not allowed is removed/);
  });

  it('stores plain text as typed and marks it plain, so it is only ever shown as text', async () => {
    const core = await createTestCore();
    const author = await signedIn(core, 'author');
    const text = 'Is <script>alert(1)</script> code? 3 < 4 & 5 > 2';
    const created = await author.ok('questions.create', {
      content: { type: 'essay', text, options: null, key: null, marks: 2 },
    });
    const [row] = (await core.env.db().select().from(questions)).filter((q) => q.id === created.id);
    expect(row).toMatchObject({ questionText: text, bodyFormat: 'plain' });
  });
});
