import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readQuestionFile } from '@main/services/files/read-file';
import type { StoredQuestion } from '@shared/domain/bank';
import type { QuestionContent } from '@shared/domain/questions';
import { categoryTag } from '@shared/interchange/moodle-xml/read';
import { writeMoodleXml, type ExportMedia } from '@shared/interchange/moodle-xml/write';
import type { ParsedFile, ParsedItem } from '@shared/interchange/types';
import { scoreAnswer } from '@shared/scoring';
import { fixtureText } from './fixtures';

type Skipped = Extract<ParsedItem, { ok: false }>;

const read = (xml: string | Uint8Array, name = 'bank.xml'): ParsedFile =>
  readQuestionFile('moodle-xml', typeof xml === 'string' ? Buffer.from(xml) : xml, name);

const ok = (item: ParsedItem | undefined): QuestionContent => {
  if (!item?.ok)
    throw new Error(`expected an imported item, got: ${item ? item.reason : 'nothing'}`);
  return item.content;
};
const skipped = (item: ParsedItem | undefined): Skipped => {
  if (!item || item.ok) throw new Error('expected a skipped item');
  return item;
};

// The fixture's embedded files, as the fixture writes them (1x1 PNGs and a short MP3 frame).
const RED =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC';
const BLUE =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGNgYPgPAAEDAQAIicLsAAAAAElFTkSuQmCC';
const MP3 = 'SUQzAwAAAAAAAP/7kGQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==';
const sha = (base64: string) =>
  createHash('sha256').update(Buffer.from(base64, 'base64')).digest('hex');

describe('Moodle XML fixture, field by field', () => {
  const file = read(fixtureText('moodle/all-types.moodle.xml'));
  const { items } = file;

  it('reads every question, categories being tags and not items', () => {
    expect(file.problems).toEqual([]);
    expect(items).toHaveLength(21);
    expect(items.filter((i) => i.ok)).toHaveLength(16);
  });

  it('keeps a 100 % answer as the key and 50 % / 25 % answers as weights, with every feedback and an embedded image', () => {
    const q = ok(items[0]);
    expect(items[0]).toMatchObject({
      line: 12,
      column: 3,
      label: 'Capital of Australia',
      warnings: [],
    });
    expect(q).toMatchObject({
      type: 'single_choice',
      format: 'html',
      marks: 2,
      options: [
        { id: 'a', text: '<p>Canberra</p>' },
        { id: 'b', text: '<p>Sydney</p>' },
        { id: 'c', text: '<p>Melbourne</p>' },
        { id: 'd', text: '<p>Perth</p>' },
      ],
      key: { optionId: 'a', weights: { a: 1, b: 0.5, c: 0.25 } },
      tags: ['Geography/Capitals', 'oceania', 'cities'],
      feedback: {
        general: '<p>Canberra was chosen as a compromise.</p>',
        correct: 'Your answer is correct.',
        partial: 'Your answer is partially correct.',
        incorrect: 'Your answer is incorrect.',
        perOption: { a: '<p>Yes.</p>', b: '<p>The largest city, not the capital.</p>' },
      },
    });
    expect(q.text).toBe(
      `<p>Which city is the capital of Australia?</p><p><img src="media:${sha(RED)}" alt="Map of Australia" width="40" height="30"></p>`,
    );
    expect(file.embedded?.map((m) => m.sha256)).toContain(sha(RED));
    expect(file.embedded?.find((m) => m.sha256 === sha(RED))?.mime).toBe('image/png');
  });

  it('scores the partial-credit question as Moodle does: the fraction of the chosen answer', () => {
    const q = ok(items[0]) as StoredQuestion;
    const marks = (optionId: string) =>
      scoreAnswer(q, { type: 'single_choice', optionId }, q.marks, { negativeMarking: false })
        .marksObtained;
    expect(marks('a')).toBe(2);
    expect(marks('b')).toBe(1);
    expect(marks('c')).toBe(0.5);
    expect(marks('d')).toBe(0);
  });

  it('keeps a negative fraction, plain text as plain, and reports a penalty that is not the default', () => {
    const q = ok(items[1]);
    expect(q).toMatchObject({
      type: 'single_choice',
      format: 'plain',
      text: 'Is 7 a prime number?\nAnswer with care.',
      key: { optionId: 'a', weights: { a: 1, b: -0.5 } },
      feedback: { perOption: { b: '7 has no divisors but 1 and 7.' } },
    });
    expect(items[1]?.warnings).toEqual([
      'the penalty of 50 % for each retry is not kept: an exam here gives one try',
    ]);
    const stored = q as StoredQuestion;
    expect(
      scoreAnswer(stored, { type: 'single_choice', optionId: 'b' }, 1, { negativeMarking: true })
        .marksObtained,
    ).toBe(-0.5);
  });

  it('reads several answers with fractions as weighted multiple response, and the default shares as no weights', () => {
    expect(ok(items[2])).toMatchObject({
      type: 'multiple_response',
      marks: 3,
      key: { optionIds: ['a', 'b'], weights: { a: 0.5, b: 0.5, c: -1 } },
    });
    const thirds = ok(items[3]);
    expect(thirds).toMatchObject({
      type: 'multiple_response',
      key: { optionIds: ['a', 'b', 'c'] },
    });
    expect(thirds.key).not.toHaveProperty('weights');
  });

  it('reads true/false with feedback for each answer; its default penalty of 100 % is not reported', () => {
    expect(ok(items[4])).toMatchObject({
      type: 'true_false',
      key: { value: true },
      feedback: { perOption: { true: 'Right.', false: 'It does, at 1 atm.' } },
    });
    expect(items[4]?.warnings).toEqual([]);
  });

  it('reads short answer with partial credit, case and per-answer feedback; the catch-all is the wrong-answer feedback', () => {
    expect(ok(items[5])).toMatchObject({
      type: 'short_answer',
      tags: ['Science'],
      key: { accepted: ['Na'], caseSensitive: true, partial: [{ answer: 'NA', credit: 0.5 }] },
      feedback: {
        incorrect: 'Na, from natrium.',
        perAnswer: [
          { answer: 'Na', text: 'Correct.' },
          { answer: 'NA', text: 'Mind the case.' },
        ],
      },
    });
  });

  it('reads numerical with its tolerance and a partly right alternative, and reports the units', () => {
    expect(ok(items[6])).toMatchObject({
      type: 'numeric',
      marks: 2,
      key: {
        value: 3.14,
        tolerance: 0.005,
        toleranceMode: 'absolute',
        alternatives: [{ value: 3, tolerance: 0.2, toleranceMode: 'absolute', credit: 0.5 }],
      },
      feedback: { perAnswer: [{ answer: '3.14', text: 'Good.' }] },
    });
    expect(items[6]?.warnings.join()).toMatch(/units \(rad\) are not kept/);
  });

  it('reads essay word limits and reports attachments and grader information', () => {
    expect(ok(items[7])).toMatchObject({
      type: 'essay',
      marks: 10,
      settings: { minWords: 50, maxWords: 300 },
      feedback: { general: '<p>Mention light, water and carbon dioxide.</p>' },
    });
    expect(items[7]?.warnings).toEqual([
      'file attachments are not supported: the student answers in text only',
      'the information for graders is not kept',
    ]);
  });

  it('reads matching with an empty subquestion as a distractor', () => {
    expect(ok(items[8])).toMatchObject({
      type: 'matching',
      premises: [
        { id: 'p1', text: '<p>Mercury</p>' },
        { id: 'p2', text: '<p>Venus</p>' },
        { id: 'p3', text: '<p>Earth</p>' },
      ],
      responses: [
        { id: 'r1', text: 'first' },
        { id: 'r2', text: 'second' },
        { id: 'r3', text: 'third' },
        { id: 'r4', text: 'tenth' },
      ],
      key: { pairs: { p1: 'r1', p2: 'r2', p3: 'r3' } },
      feedback: { correct: 'All matched.' },
    });
  });

  it('reads embedded answers into choice, text and numeric gaps weighted as written', () => {
    const q = ok(items[9]);
    expect(q).toMatchObject({
      type: 'cloze',
      marks: 4,
      gaps: [
        {
          id: 'g1',
          kind: 'choice',
          marks: 1,
          options: [
            { id: 'a', text: 'California' },
            { id: 'b', text: 'Arizona' },
          ],
        },
        { id: 'g2', kind: 'text', marks: 2 },
        { id: 'g3', kind: 'numeric', marks: 1 },
      ],
      key: {
        gaps: {
          g1: { optionId: 'a' },
          g2: {
            accepted: ['Paris'],
            caseSensitive: false,
            partial: [{ answer: 'Marseille', credit: 0.5 }],
          },
          g3: {
            value: 3.14,
            tolerance: 0.01,
            toleranceMode: 'absolute',
            alternatives: [{ value: 3, tolerance: 0.5, toleranceMode: 'absolute', credit: 0.5 }],
          },
        },
      },
      feedback: { general: '<p>See the atlas.</p>', perGap: { g1: 'Yes', g2: 'Congratulations!' } },
    });
    expect(q.text).toBe(
      `<p>Flag: <img src="media:${sha(BLUE)}" alt="A blue flag"></p><p>San Francisco is in {{gap:g1}}. The capital of France is {{gap:g2}}. Pi is about {{gap:g3}}.</p>`,
    );
  });

  it('reads drag-and-drop and select-missing-words as choice gaps offering their group', () => {
    expect(ok(items[10])).toMatchObject({
      type: 'cloze',
      text: '<p>The {{gap:g1}} brown {{gap:g2}} jumped over the {{gap:g3}} dog.</p>',
      marks: 3,
      gaps: [
        { id: 'g1', options: [{ text: 'quick' }, { text: 'lazy' }, { text: 'slow' }], marks: 1 },
        { id: 'g2', options: [{ text: 'fox' }, { text: 'cat' }], marks: 1 },
        { id: 'g3', options: [{ text: 'quick' }, { text: 'lazy' }, { text: 'slow' }], marks: 1 },
      ],
      key: { gaps: { g1: { optionId: 'a' }, g2: { optionId: 'a' }, g3: { optionId: 'b' } } },
      feedback: { correct: 'Well done.', partial: 'Partly.', incorrect: 'No.' },
    });
    expect(ok(items[11])).toMatchObject({
      type: 'cloze',
      marks: 1,
      gaps: [{ marks: 0.5 }, { marks: 0.5 }],
      key: { gaps: { g1: { optionId: 'a' }, g2: { optionId: 'b' } } },
    });
  });

  it('reads a description, a link to an embedded clip becoming the clip', () => {
    expect(ok(items[12])).toMatchObject({
      type: 'description',
      marks: 0,
      text: `<p>Listen first: greeting <audio src="media:${sha(MP3)}"></audio></p>`,
    });
    expect(file.embedded?.find((m) => m.sha256 === sha(MP3))?.mime).toBe('audio/mpeg');
  });

  it('reads ordering: answers as shown, fractions as the right order', () => {
    expect(ok(items[13])).toMatchObject({
      type: 'ordering',
      items: [
        { id: 'i1', text: 'larva' },
        { id: 'i2', text: 'egg' },
        { id: 'i3', text: 'adult' },
        { id: 'i4', text: 'pupa' },
      ],
      key: { order: ['i2', 'i1', 'i4', 'i3'] },
    });
  });

  it('renders markdown text as HTML', () => {
    expect(ok(items[14])).toMatchObject({
      format: 'html',
      text: '<p>The <strong>sun</strong> is a <em>star</em>.</p>',
    });
  });

  it('warns of an image without alt text and a link out of the file', () => {
    expect(ok(items[15]).type).toBe('short_answer');
    expect(items[15]?.warnings).toEqual([
      'question text: the link to "https://example.org/shapes" is not in the file and is dropped',
      'question text: an image has no alt text; add it before the question is published',
    ]);
  });

  it('names each type the bank cannot hold, with its line and column', () => {
    expect(skipped(items[16])).toMatchObject({
      line: 247,
      column: 3,
      label: 'Area',
      reason:
        'the Moodle question type "calculated" (calculated (numbers drawn from datasets)) cannot be held in the bank',
    });
    expect(skipped(items[17]).reason).toMatch(/"random"/);
    expect(skipped(items[17]).line).toBe(252);
    expect(skipped(items[18]).reason).toMatch(/"ddmarker" \(drag and drop markers\)/);
    expect(skipped(items[19]).reason).toBe(
      'embedded answer 1 is MULTIRESPONSE (several right choices in one gap), which a gap cannot hold',
    );
    expect(skipped(items[20]).reason).toBe(
      'no answer is worth 100 %, so the question has no right answer',
    );
  });
});

describe('Moodle XML pieces', () => {
  it('makes a tag of a category path below the context and "top"', () => {
    expect(categoryTag('$course$/top/Default for Test/Sub')).toBe('Default for Test/Sub');
    expect(categoryTag('$system$/top')).toBeNull();
    expect(categoryTag('$course$/Maths')).toBe('Maths');
  });

  it('keeps the Moodle 1.9 picture beside the text, with a warning for its alt text', () => {
    const xml = `<quiz><question type="truefalse"><name><text>Old</text></name>
      <questiontext><text>Is this red?</text></questiontext>
      <image>red.png</image><image_base64>${RED}</image_base64>
      <answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer></question></quiz>`;
    const { items } = read(xml);
    expect(ok(items[0]).text).toBe(`Is this red?<p><img src="media:${sha(RED)}" alt=""></p>`);
    expect(items[0]?.warnings.join()).toMatch(/"red.png" has no alt text/);
  });

  it('reports an embedded file that is not an image or clip, and a reference to a file that is not there', () => {
    const xml = `<quiz><question type="truefalse"><name><text>Files</text></name>
      <questiontext format="html"><text><![CDATA[<p>A <img src="@@PLUGINFILE@@/x.exe" alt="x"> and <img src="@@PLUGINFILE@@/gone.png" alt="y"></p>]]></text>
      <file name="x.exe" encoding="base64">TVqQAAMAAAAEAAAA</file></questiontext>
      <answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer></question></quiz>`;
    const { items, embedded: media } = read(xml);
    expect(items[0]?.warnings).toEqual([
      'question text: the file "x.exe" was not kept (“x.exe” is not a file exam questions can hold: use PNG, JPEG, GIF, WebP or SVG images, or MP3, Ogg, WAV or M4A audio)',
      'question text: "gone.png" is referred to but not embedded in the file, so it is missing',
    ]);
    expect(media).toEqual([]);
  });
});

describe('Moodle XML round trip', () => {
  it('exports every type the bank holds and reads it back equal, field by field, media included', () => {
    const first = read(fixtureText('moodle/all-types.moodle.xml'));
    const questions = first.items.flatMap((item, i) =>
      item.ok ? [{ id: `q${i}`, content: item.content }] : [],
    );
    const media = new Map<string, ExportMedia>(
      (first.embedded ?? []).map((m) => [
        m.sha256,
        { mime: m.mime, base64: Buffer.from(m.bytes).toString('base64') },
      ]),
    );
    const written = writeMoodleXml(questions, media);
    expect(written.skipped).toEqual([]);
    expect(written.text).toMatch(/<file name="[0-9a-f]{16}\.png" path="\/" encoding="base64">/);
    expect(written.text).toContain('@@PLUGINFILE@@/');
    const second = read(written.text);
    expect(second.problems).toEqual([]);
    expect(second.items.every((i) => i.ok)).toBe(true);
    expect(second.items.map((i) => (i.ok ? i.content : null))).toEqual(
      questions.map((q) => q.content),
    );
    expect(new Set(second.embedded?.map((m) => m.sha256))).toEqual(new Set(media.keys()));
  });

  it('round-trips what Moodle has no element for: difficulty, the play limit, plain cloze, a relative tolerance as absolute', () => {
    const questions: Array<{ id: string; content: QuestionContent }> = [
      {
        id: 'a',
        content: {
          type: 'cloze',
          text: 'Paris is in {{gap:x}}, about {{gap:y}} km from London.',
          marks: 3,
          difficulty: 'hard',
          tags: ['europe'],
          settings: { audioPlayLimit: 2 },
          format: 'plain',
          options: null,
          gaps: [
            {
              id: 'x',
              kind: 'choice',
              marks: 1,
              options: [
                { id: 'a', text: 'France' },
                { id: 'b', text: 'Spain # ~ }' },
              ],
            },
            { id: 'y', kind: 'numeric', marks: 2 },
          ],
          key: {
            gaps: {
              x: { optionId: 'a' },
              y: { value: 340, tolerance: 0.1, toleranceMode: 'relative' },
            },
          },
        },
      },
    ];
    const back = read(writeMoodleXml(questions).text);
    expect(ok(back.items[0])).toEqual({
      ...questions[0]?.content,
      text: 'Paris is in {{gap:g1}}, about {{gap:g2}} km from London.',
      gaps: [
        {
          id: 'g1',
          kind: 'choice',
          marks: 1,
          options: [
            { id: 'a', text: 'France' },
            { id: 'b', text: 'Spain # ~ }' },
          ],
        },
        { id: 'g2', kind: 'numeric', marks: 2 },
      ],
      key: {
        gaps: {
          g1: { optionId: 'a' },
          g2: { value: 340, tolerance: 34, toleranceMode: 'absolute' },
        },
      },
    });
  });

  it('leaves out a question whose image is not given, and names it', () => {
    const content: QuestionContent = {
      type: 'essay',
      text: `<p><img src="media:${'a'.repeat(64)}" alt="x"></p>`,
      format: 'html',
      marks: 1,
      difficulty: null,
      tags: [],
      settings: {},
      options: null,
      key: null,
    };
    const out = writeMoodleXml([{ id: 'q1', content }]);
    expect(out.skipped).toEqual([
      { questionId: 'q1', reason: 'an image or clip it shows is not on this computer yet' },
    ]);
  });
});

describe('Moodle XML files that are refused whole', () => {
  const fixture = fixtureText('moodle/all-types.moodle.xml');
  const only = (file: ParsedFile) => {
    expect(file.items).toEqual([]);
    expect(file.problems).toHaveLength(1);
    return file.problems[0];
  };

  it('refuses a truncated file, saying where', () => {
    const problem = only(read(fixture.slice(0, Math.floor(fixture.length / 2))));
    expect(problem?.message).toBe(
      'XML: the file ends before <text>, <generalfeedback>, <question>, <quiz> are closed; it may be cut short',
    );
    expect(problem?.line).toBeGreaterThan(100);
  });

  it('refuses a file in another encoding, naming the byte', () => {
    const latin1 = Buffer.from(
      '<?xml version="1.0" encoding="ISO-8859-1"?><quiz><question type="truefalse"><questiontext><text>Caf\u00e9</text></questiontext></question></quiz>',
      'latin1',
    );
    expect(only(read(latin1))?.message).toMatch(/not UTF-8 text \(byte \d+ is not valid UTF-8\)/);
  });

  it('refuses entity declarations (billion laughs) before expanding any', () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE quiz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><quiz><question type="essay"><questiontext><text>&lol3;</text></questiontext></question></quiz>`;
    const problem = only(read(laughs));
    expect(problem?.line).toBe(1);
    expect(problem?.message).toMatch(/declares entities/);
  });

  it('refuses 10 MB of garbage', () => {
    const garbage = Buffer.alloc(10 * 1024 * 1024);
    for (let i = 0; i < garbage.length; i += 1) garbage[i] = 0x41 + ((i * 7919) % 26);
    garbage[0] = 0x3c;
    expect(only(read(garbage))?.message).toMatch(/^XML: /);
  });

  it('refuses nesting past the cap', () => {
    const deep = `<quiz>${'<a>'.repeat(200)}${'</a>'.repeat(200)}</quiz>`;
    expect(only(read(deep))?.message).toMatch(/nested more than 100 deep/);
  });

  it('refuses XML that is not a Moodle quiz', () => {
    expect(only(read('<?xml version="1.0"?><assessment/>'))?.message).toMatch(
      /has no <quiz> element/,
    );
  });

  it('refuses a file with more questions than one import takes', () => {
    const many = `<quiz>${'<question type="essay"><questiontext><text>x</text></questiontext></question>'.repeat(60)}</quiz>`;
    const file = readQuestionFile('moodle-xml', Buffer.from(many), 'many.xml', {
      entryBytes: 1e6,
      totalBytes: 1e6,
      entries: 10,
      items: 50,
      xmlDepth: 100,
    });
    expect(file.items).toEqual([]);
    expect(file.problems[0]?.message).toMatch(/one import takes at most 50/);
  });
});
