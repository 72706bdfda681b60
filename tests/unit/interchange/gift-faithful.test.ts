import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { AnswerValue, QuestionContent } from '@shared/domain/questions';
import { readGift, writeGift } from '@shared/interchange/gift';
import type { MediaHasher, ParsedItem } from '@shared/interchange/types';
import { scoreAnswer } from '@shared/scoring/score-answer';
import { fixtureText } from './fixtures';
import { richExport, richSamples } from './rich-samples';

const host: MediaHasher = {
  sha256: (bytes) => createHash('sha256').update(bytes).digest('hex'),
  base64: (text) => Buffer.from(text, 'base64'),
};

const ok = (item: ParsedItem | undefined): QuestionContent => {
  if (!item?.ok)
    throw new Error(`expected an imported item, got: ${item ? item.reason : 'nothing'}`);
  return item.content;
};

const score = (q: QuestionContent, answer: AnswerValue, negativeMarking = false) =>
  scoreAnswer(q, answer, q.marks, { negativeMarking }).marksObtained;

describe("GIFT constructs from Moodle's fixture", () => {
  const file = readGift(fixtureText('moodle-constructs.gift'), host);
  const byLabel = (label: string) => file.items.find((i) => i.label === label);

  it('keeps one = answer with %50% / %25% options as single choice with partial credit', () => {
    const q = ok(byLabel('Partial'));
    expect(q.type).toBe('single_choice');
    expect(q.key).toEqual({ optionId: 'a', weights: { a: 1, b: 0.5, c: 0.25, d: -0.5 } });
    expect(q.options?.map((o) => o.text)).toEqual([
      'Canberra',
      'Sydney',
      'Melbourne',
      'Auckland',
      'Perth',
    ]);
  });

  it('scores that question as Moodle does: full marks for =, the weight for the others', () => {
    const q = ok(byLabel('Partial'));
    const pick = (optionId: string) => ({ type: 'single_choice' as const, optionId });
    expect(score(q, pick('a'))).toBe(1);
    expect(score(q, pick('b'))).toBe(0.5);
    expect(score(q, pick('c'))).toBe(0.25);
    expect(score(q, pick('e'))).toBe(0);
    // A negative weight costs marks only under the test's negative marking; Moodle floors at 0.
    expect(score(q, pick('d'))).toBe(0);
    expect(score(q, pick('d'), true)).toBe(-0.5);
    expect(byLabel('Partial')?.warnings.join()).toMatch(/negative option weights are kept/);
  });

  it('keeps per-option and general feedback', () => {
    expect(ok(byLabel('Partial')).feedback).toEqual({
      general: 'Canberra was chosen as a compromise.',
      perOption: { a: 'Yes.', b: 'The largest city, not the capital.', d: 'Not in Australia.' },
    });
  });

  it('reads weights with no = answer as multiple response with those weights', () => {
    const q = ok(byLabel('Colours'));
    expect(q).toMatchObject({
      type: 'multiple_response',
      key: { optionIds: ['a', 'b'], weights: { a: 0.7, b: 0.3, c: -1 } },
      format: 'html',
    });
    expect(q.feedback?.perOption).toEqual({ a: 'right; good!', c: '<em>wrong</em>' });
    expect(score(q, { type: 'multiple_response', optionIds: ['a'] })).toBeCloseTo(0.7);
  });

  it('reads matching onto the matching type, with a response no premise takes', () => {
    const item = byLabel('Match');
    expect(item).toMatchObject({ line: 20, column: 1 });
    expect(ok(item)).toMatchObject({
      type: 'matching',
      format: 'html',
      text: 'Match the <b>activity</b> to the description.',
      premises: [
        { id: 'p1', text: 'An activity supporting <em>asynchronous</em> discussions.' },
        { id: 'p2', text: 'A bank of record entries.' },
        { id: 'p3', text: 'A collection of <strong>web pages</strong>.' },
      ],
      responses: [
        { id: 'r1', text: 'Forum' },
        { id: 'r2', text: 'Database' },
        { id: 'r3', text: 'Wiki' },
        { id: 'r4', text: 'Chat' },
      ],
      key: { pairs: { p1: 'r1', p2: 'r2', p3: 'r3' } },
    });
  });

  it('turns [markdown] into rich text through markdown-it, with no ** left', () => {
    const q = ok(byLabel('Markdown'));
    expect(q.text).toBe('<p>Which is <strong>bold</strong> and which is <em>italic</em>?</p>');
    expect(q.options).toEqual([
      { id: 'a', text: '<strong>bold</strong>' },
      { id: 'b', text: '<em>italic</em>' },
    ]);
  });

  it('makes an embedded image media, and reports a link and a remote image by line and column', () => {
    const item = byLabel('Image');
    const q = ok(item);
    const png = file.media?.[0];
    expect(file.media).toHaveLength(1);
    expect([...(png?.bytes.subarray(1, 4) ?? [])]).toEqual([0x50, 0x4e, 0x47]);
    expect(q.text).toContain(`<img src="media:${png?.hash ?? ''}" alt="a red square">`);
    expect(item?.warnings).toEqual([
      'the link "https://example.org/clip.mp3" (line 30, column 23) was not kept: links are not kept in questions; its text stays',
      'the image "https://example.org/remote.png" (line 30, column 78) was not kept: it is not carried in the file (only embedded files can be imported)',
    ]);
  });

  it('keeps short-answer partial credit and per-answer feedback, the * answer included', () => {
    const q = ok(byLabel('Image'));
    expect(q.key).toEqual({
      accepted: ['red'],
      caseSensitive: false,
      partial: [{ answer: 'crimson', credit: 0.5 }],
    });
    expect(q.feedback?.perAnswer).toEqual([
      { answer: 'crimson', text: 'Close.' },
      { answer: '*', text: 'No.' },
    ]);
    expect(score(q, { type: 'short_answer', text: 'Crimson' })).toBe(0.5);
  });

  it('keeps numeric alternatives with their credit and feedback', () => {
    const q = ok(byLabel('Numbers'));
    expect(q.key).toEqual({
      value: 3.14,
      tolerance: 0.005,
      toleranceMode: 'absolute',
      alternatives: [{ value: 3.1, tolerance: 0.05, toleranceMode: 'absolute', credit: 0.5 }],
    });
    expect(q.feedback?.perAnswer).toEqual([
      { answer: '3.14', text: 'Right.' },
      { answer: '3.1', text: 'Nearly.' },
    ]);
  });

  it('refuses weights that can never add up to full marks, saying so', () => {
    const { items } = readGift('Pick. {~%30%a ~%30%b ~c}\n');
    expect(items[0]).toMatchObject({
      ok: false,
      reason:
        'the positive weights add up to 60%, so no answer earns full marks; give the right options weights that add up to 100%',
    });
  });

  it('reports an embedded image it cannot store, rather than dropping it', () => {
    const { items, media } = readGift(
      '[html]<img src\\="data\\:image/png;base64,AAAA" alt\\="x"> What? {=a ~b}\n',
      host,
    );
    expect(media).toBeUndefined();
    expect(items[0]?.warnings[0]).toMatch(
      /^the image "data: URL" \(line 1, column \d+\) was not kept: the file is not an image/,
    );
  });
});

describe('GIFT export', () => {
  const written = [
    'weightedSingle',
    'weightedMultiple',
    'richChoice',
    'trueFalse',
    'shortPartial',
    'numericAlternatives',
    'essay',
    'matching',
    'oneGapCloze',
    'description',
  ];

  it('writes every type GIFT can hold, and reading it back gives equal questions', () => {
    const { text, skipped, warnings } = writeGift(richExport(written));
    expect(skipped).toEqual([]);
    expect(warnings).toEqual([]);
    const read = readGift(text, host);
    expect(read.items.map((i) => (i.ok ? null : i.reason))).toEqual(written.map(() => null));
    read.items.forEach((item, i) => {
      expect(ok(item)).toEqual(richSamples[written[i] ?? '']);
    });
  });

  it('writes the weighted question back unaltered, as Moodle reads it', () => {
    const { text } = writeGift(richExport(['weightedSingle']));
    expect(text).toContain(
      '=Canberra#Yes.\n~%50%Sydney#The largest.\n~%25%Melbourne\n~%-50%Auckland',
    );
    expect(text).toContain('####Canberra was a compromise.');
  });

  it('writes matching as GIFT matching and a description as text with no answer block', () => {
    const { text } = writeGift(richExport(['matching', 'description']));
    expect(text).toContain('{\n=France -> Paris\n=Italy -> Rome\n= -> Madrid\n}');
    expect(text).toMatch(/\nRead the passage below before the next questions\.\n$/);
  });

  it('reports what GIFT cannot hold: ordering, and a gap fill of more than one gap', () => {
    const { skipped } = writeGift(richExport(['ordering', 'multiGapCloze']));
    expect(skipped).toEqual([
      {
        questionId: 'ordering',
        reason: 'GIFT has no ordering questions; export it as QTI to keep it',
      },
      {
        questionId: 'multiGapCloze',
        reason:
          'GIFT holds one answer block per question and this gap-fill has 3 gaps; export it as QTI to keep it',
      },
    ]);
  });

  it('says which feedback GIFT has no place for', () => {
    const q = { ...richSamples.essay, feedback: { correct: 'Well done.' } } as QuestionContent;
    expect(writeGift([{ id: 'x', content: q }]).warnings).toEqual([
      {
        questionId: 'x',
        reason: 'GIFT has no place for the correct-answer feedback',
        lost: ['correct_feedback'],
      },
    ]);
  });
});
