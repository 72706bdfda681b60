import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { QuestionContent } from '@shared/domain/questions';
import { readQtiItem, readQtiPackage, writeQtiPackage } from '@shared/interchange/qti';
import type { MediaHasher, ParsedItem } from '@shared/interchange/types';
import { xmlProblem } from '@shared/interchange/xml-guard';
import { richExport, richSamples } from './rich-samples';

const host: MediaHasher = {
  sha256: (bytes) => createHash('sha256').update(bytes).digest('hex'),
  base64: (text) => Buffer.from(text, 'base64'),
};
const noMeta = { tags: [], difficulty: null };

const ok = (item: ParsedItem | undefined): QuestionContent => {
  if (!item?.ok)
    throw new Error(`expected an imported item, got: ${item ? item.reason : 'nothing'}`);
  return item.content;
};

describe('QTI 3.0 export of every type', () => {
  const names = Object.keys(richSamples);

  it('writes well-formed XML for every type and reads it back equal, field by field', () => {
    const { files, skipped } = writeQtiPackage(richExport(names), 'pkg-rich');
    expect(skipped).toEqual([]);
    for (const [path, xml] of Object.entries(files))
      expect([path, xmlProblem(xml)]).toEqual([path, null]);
    const read = readQtiPackage(new Map(Object.entries(files)));
    expect(read.problems).toEqual([]);
    read.items.forEach((item, i) => {
      expect([names[i], ok(item)]).toEqual([names[i], richSamples[names[i] ?? '']]);
    });
  });

  it('writes mapped credit as mapped values of the marks, and feedback as QTI feedback', () => {
    const { files } = writeQtiPackage(richExport(['weightedSingle']), 'p');
    const xml = files['items/q-weightedSingle.xml'] ?? '';
    expect(xml).toContain('<qti-map-entry map-key="b" mapped-value="1"/>');
    expect(xml).toContain('<qti-map-entry map-key="d" mapped-value="-1"/>');
    expect(xml).toContain(
      '<qti-feedback-inline outcome-identifier="FEEDBACK" identifier="a" show-hide="show">Yes.</qti-feedback-inline>',
    );
    expect(xml).toContain(
      '<qti-modal-feedback outcome-identifier="FEEDBACK" identifier="general" show-hide="show">',
    );
  });
});

const item = (body: string, declarations = '', rest = '') =>
  `<?xml version="1.0" encoding="UTF-8"?>
<qti-assessment-item xmlns="http://www.imsglobal.org/xsd/imsqtiasi_v3p0" identifier="x" title="x">
${declarations}
  <qti-outcome-declaration identifier="SCORE" cardinality="single" base-type="float"/>
  <qti-item-body>
${body}
  </qti-item-body>
${rest}
</qti-assessment-item>
`;
const choiceDecl = `  <qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="identifier">
    <qti-correct-response><qti-value>A</qti-value></qti-correct-response>
  </qti-response-declaration>`;

describe('QTI 3.0 constructs found in 1EdTech examples', () => {
  it('reads text in div and beside a blank prompt, inline markup kept as rich text', () => {
    const read = readQtiItem(
      item(
        `    <div><p>Students who are <strong>new</strong> to the course</p></div>
    <div>read this first.</div>
    <qti-choice-interaction response-identifier="RESPONSE" max-choices="1">
      <qti-prompt></qti-prompt>
      <qti-simple-choice identifier="A">the handbook</qti-simple-choice>
      <qti-simple-choice identifier="B">the <em>timetable</em></qti-simple-choice>
    </qti-choice-interaction>`,
        choiceDecl,
      ),
      noMeta,
      'x.xml',
    );
    expect(ok(read)).toMatchObject({
      type: 'single_choice',
      format: 'html',
      text: '<p>Students who are <strong>new</strong> to the course</p><p>read this first.</p>',
      options: [
        { id: 'a', text: 'the handbook' },
        { id: 'b', text: 'the <em>timetable</em>' },
      ],
      key: { optionId: 'a' },
    });
  });

  it('keeps tables and MathML in the stem', () => {
    const read = readQtiItem(
      item(
        `    <p>Solve <math xmlns="http://www.w3.org/1998/Math/MathML"><mi>x</mi><mo>=</mo><mn>2</mn></math></p>
    <table><tr><th>a</th><td>1</td></tr></table>
    <qti-choice-interaction response-identifier="RESPONSE" max-choices="1">
      <qti-simple-choice identifier="A">yes</qti-simple-choice>
      <qti-simple-choice identifier="B">no</qti-simple-choice>
    </qti-choice-interaction>`,
        choiceDecl,
      ),
      noMeta,
      'x.xml',
    );
    expect(ok(read).text).toBe(
      '<p>Solve <math><mi>x</mi><mo>=</mo><mn>2</mn></math></p><table><tr><th>a</th><td>1</td></tr></table>',
    );
  });

  it('keeps a 0.5 mapped answer at 0.5, and inline and modal feedback out of the option text', () => {
    const read = readQtiItem(
      item(
        `    <qti-choice-interaction response-identifier="RESPONSE" max-choices="1">
      <qti-prompt>Freud and Jung were psychoanalysts.</qti-prompt>
      <qti-simple-choice identifier="A">Both <qti-feedback-inline outcome-identifier="FEEDBACK" identifier="A" show-hide="show">&#8212; <strong>correct</strong></qti-feedback-inline></qti-simple-choice>
      <qti-simple-choice identifier="B">Only Freud</qti-simple-choice>
      <qti-simple-choice identifier="C">Neither</qti-simple-choice>
    </qti-choice-interaction>`,
        `  <qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="identifier">
    <qti-correct-response><qti-value>A</qti-value></qti-correct-response>
    <qti-mapping default-value="0"><qti-map-entry map-key="A" mapped-value="1"/><qti-map-entry map-key="B" mapped-value="0.5"/></qti-mapping>
  </qti-response-declaration>`,
        `  <qti-response-processing template="https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/map_response.xml"/>
  <qti-modal-feedback outcome-identifier="FEEDBACK" identifier="incorrect" show-hide="show"><qti-content-body><p>Read chapter 2.</p></qti-content-body></qti-modal-feedback>`,
      ),
      noMeta,
      'x.xml',
    );
    const q = ok(read);
    expect(q.key).toEqual({ optionId: 'a', weights: { a: 1, b: 0.5 } });
    expect(q.options?.map((o) => o.text)).toEqual(['Both', 'Only Freud', 'Neither']);
    expect(q.feedback).toEqual({
      perOption: { a: '— <strong>correct</strong>' },
      incorrect: '<p>Read chapter 2.</p>',
    });
  });

  it('reads inline choice and several text entries as a gap fill, in document order', () => {
    const read = readQtiItem(
      item(
        `    <p>Richard was <qti-inline-choice-interaction response-identifier="R1"><qti-inline-choice identifier="G">Gloucester</qti-inline-choice><qti-inline-choice identifier="L">Lancaster</qti-inline-choice></qti-inline-choice-interaction> and reigned <qti-text-entry-interaction response-identifier="R2"/> years.</p>`,
        `  <qti-response-declaration identifier="R1" cardinality="single" base-type="identifier"><qti-correct-response><qti-value>G</qti-value></qti-correct-response></qti-response-declaration>
  <qti-response-declaration identifier="R2" cardinality="single" base-type="string"><qti-correct-response><qti-value>two</qti-value></qti-correct-response></qti-response-declaration>`,
      ),
      noMeta,
      'x.xml',
    );
    expect(ok(read)).toMatchObject({
      type: 'cloze',
      text: 'Richard was {{gap:R1}} and reigned {{gap:R2}} years.',
      gaps: [
        {
          id: 'R1',
          kind: 'choice',
          options: [
            { id: 'a', text: 'Gloucester' },
            { id: 'b', text: 'Lancaster' },
          ],
          marks: 1,
        },
        { id: 'R2', kind: 'text', marks: 1 },
      ],
      key: { gaps: { R1: { optionId: 'a' }, R2: { accepted: ['two'], caseSensitive: false } } },
      marks: 2,
    });
  });

  it('reads a gap match into a gap fill whose gaps offer the words', () => {
    const read = readQtiItem(
      item(
        `    <qti-gap-match-interaction response-identifier="RESPONSE">
      <qti-prompt>Identify the missing words.</qti-prompt>
      <qti-gap-text identifier="W" match-max="1">winter</qti-gap-text>
      <qti-gap-text identifier="Su" match-max="1">summer</qti-gap-text>
      <blockquote><p>Now is the <qti-gap identifier="G1"/> of our discontent made glorious <qti-gap identifier="G2"/>.</p></blockquote>
    </qti-gap-match-interaction>`,
        `  <qti-response-declaration identifier="RESPONSE" cardinality="multiple" base-type="directedPair"><qti-correct-response><qti-value>W G1</qti-value><qti-value>Su G2</qti-value></qti-correct-response></qti-response-declaration>`,
      ),
      noMeta,
      'x.xml',
    );
    expect(ok(read)).toMatchObject({
      type: 'cloze',
      text: 'Identify the missing words.<blockquote><p>Now is the {{gap:G1}} of our discontent made glorious {{gap:G2}}.</p></blockquote>',
      key: { gaps: { G1: { optionId: 'a' }, G2: { optionId: 'b' } } },
    });
  });

  it('reads a match interaction onto matching, its pairs as the key', () => {
    const read = readQtiItem(
      item(
        `    <qti-match-interaction response-identifier="RESPONSE" max-associations="3">
      <qti-prompt>Match the characters to their play.</qti-prompt>
      <qti-simple-match-set><qti-simple-associable-choice identifier="C" match-max="1">Capulet</qti-simple-associable-choice><qti-simple-associable-choice identifier="P" match-max="1">Prospero</qti-simple-associable-choice></qti-simple-match-set>
      <qti-simple-match-set><qti-simple-associable-choice identifier="R" match-max="2">Romeo and Juliet</qti-simple-associable-choice><qti-simple-associable-choice identifier="T" match-max="2">The Tempest</qti-simple-associable-choice><qti-simple-associable-choice identifier="M" match-max="2">Macbeth</qti-simple-associable-choice></qti-simple-match-set>
    </qti-match-interaction>`,
        `  <qti-response-declaration identifier="RESPONSE" cardinality="multiple" base-type="directedPair"><qti-correct-response><qti-value>C R</qti-value><qti-value>P T</qti-value></qti-correct-response></qti-response-declaration>`,
      ),
      noMeta,
      'x.xml',
    );
    expect(ok(read)).toMatchObject({
      type: 'matching',
      premises: [
        { id: 'C', text: 'Capulet' },
        { id: 'P', text: 'Prospero' },
      ],
      responses: [{ id: 'R' }, { id: 'T' }, { id: 'M', text: 'Macbeth' }],
      key: { pairs: { C: 'R', P: 'T' } },
    });
  });

  it('names an interaction the bank has no type for, at its own line and column', () => {
    const read = readQtiItem(
      item(
        `    <p>Pick the verb:</p>
    <qti-hottext-interaction response-identifier="RESPONSE"><p>The cat <qti-hottext identifier="A">sat</qti-hottext>.</p></qti-hottext-interaction>`,
        choiceDecl,
      ),
      noMeta,
      'x.xml',
    );
    expect(read).toMatchObject({
      ok: false,
      line: 9,
      column: 5,
      reason: 'the QTI interaction qti-hottext-interaction is not supported',
    });
  });

  it('makes package images and audio media, and reports what is not in the package', () => {
    // A 1x1 PNG and the first bytes of an MP3 frame, written for this test.
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    );
    const mp3 = Buffer.concat([Buffer.from('ID3'), Buffer.alloc(64)]);
    const xml = item(
      `    <p><img src="../images/sq.png" alt="a square"/> Listen: <audio><source src="../audio/clip.mp3" type="audio/mpeg"/></audio> <img src="missing.png" alt="gone"/></p>
    <qti-choice-interaction response-identifier="RESPONSE" max-choices="1">
      <qti-simple-choice identifier="A">red</qti-simple-choice>
      <qti-simple-choice identifier="B">blue</qti-simple-choice>
    </qti-choice-interaction>`,
      choiceDecl,
    );
    const read = readQtiPackage(
      new Map([
        [
          'imsmanifest.xml',
          '<manifest><resources><resource identifier="x" type="imsqti_item_xmlv3p0" href="items/x.xml"/></resources></manifest>',
        ],
        ['items/x.xml', xml],
      ]),
      new Map([
        ['images/sq.png', new Uint8Array(png)],
        ['audio/clip.mp3', new Uint8Array(mp3)],
      ]),
      host,
    );
    const q = ok(read.items[0]);
    const [image, audio] = read.media ?? [];
    expect(read.media?.map((m) => m.name)).toEqual(['../images/sq.png', '../audio/clip.mp3']);
    expect(q.text).toContain(`<img src="media:${image?.hash ?? ''}" alt="a square">`);
    expect(q.text).toContain(`<audio src="media:${audio?.hash ?? ''}">`);
    expect(read.items[0]?.warnings).toEqual([
      'the image "missing.png" (line 8, column 138) was not kept: the file is not in the package',
    ]);
  });
});
