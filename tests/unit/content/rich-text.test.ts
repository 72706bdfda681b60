import { describe, expect, it } from 'vitest';
import { clozeGapIds, gapMarker, parseClozeText } from '@shared/content/cloze';
import { imagesWithoutAlt, mediaRefsOf } from '@shared/content/media-refs';
import { plainTextOf } from '@shared/content/plain-text';
import {
  fieldsWithImagesWithoutAlt,
  mapRichTextFields,
  questionMediaRefs,
  richTextFields,
} from '@shared/content/rich-fields';
import {
  allowedAttributesOf,
  attributeAllowed,
  htmlTags,
  mathmlTags,
  missingRequiredAttributes,
  richTags,
} from '@shared/content/rich-text-policy';
import type { StoredQuestion } from '@shared/domain/bank';

const hashA = 'a'.repeat(64);
const hashB = '0123456789abcdef'.repeat(4);

describe('the rich-text policy', () => {
  it('allows the agreed subset and nothing that runs code, styles or loads from elsewhere', () => {
    for (const tag of ['p', 'strong', 'sub', 'table', 'td', 'img', 'audio', 'math', 'mfrac']) {
      expect(richTags).toContain(tag);
    }
    for (const tag of [
      'script',
      'style',
      'iframe',
      'object',
      'embed',
      'a',
      'svg',
      'annotation-xml',
    ]) {
      expect(richTags).not.toContain(tag);
    }
    expect(new Set(richTags).size).toBe(htmlTags.length + mathmlTags.length);
  });

  it('lets img and audio point only at stored media', () => {
    expect(attributeAllowed('img', 'src', `media:${hashA}`)).toBe(true);
    expect(attributeAllowed('audio', 'src', `media:${hashB}`)).toBe(true);
    for (const src of [
      'https://example.com/a.png',
      'data:image/png;base64,AAAA',
      'javascript:alert(1)',
      `media:${hashA.toUpperCase()}`,
      `media:${hashA}x`,
      ' media:' + hashA,
      'blob:abc',
    ]) {
      expect(attributeAllowed('img', 'src', src)).toBe(false);
    }
  });

  it('drops event handlers, styles, ids, autoplay and stray classes, and checks values', () => {
    expect(attributeAllowed('img', 'onerror', 'alert(1)')).toBe(false);
    expect(attributeAllowed('p', 'style', 'color:red')).toBe(false);
    expect(attributeAllowed('p', 'id', 'x')).toBe(false);
    expect(attributeAllowed('audio', 'autoplay', '')).toBe(false);
    expect(attributeAllowed('math', 'href', 'javascript:alert(1)')).toBe(false);
    expect(attributeAllowed('span', 'class', 'math-inline')).toBe(true);
    expect(attributeAllowed('span', 'class', 'math-display')).toBe(true);
    expect(attributeAllowed('span', 'class', 'math-inline evil')).toBe(false);
    expect(attributeAllowed('p', 'class', 'math-inline')).toBe(false);
    expect(attributeAllowed('img', 'width', '320')).toBe(true);
    expect(attributeAllowed('img', 'width', '100%')).toBe(false);
    expect(attributeAllowed('td', 'colspan', '2')).toBe(true);
    expect(attributeAllowed('th', 'scope', 'col')).toBe(true);
    expect(attributeAllowed('th', 'scope', 'everything')).toBe(false);
    expect(attributeAllowed('mspace', 'width', '1em')).toBe(true);
    expect(attributeAllowed('mi', 'mathvariant', 'normal')).toBe(true);
    expect(attributeAllowed('annotation', 'encoding', 'application/x-tex')).toBe(true);
    expect(attributeAllowed('script', 'src', `media:${hashA}`)).toBe(false);
    expect(allowedAttributesOf('mo')).toEqual(expect.arrayContaining(['stretchy', 'dir']));
  });

  it('requires alt text on images and a source on audio', () => {
    expect(missingRequiredAttributes('img', { src: `media:${hashA}` })).toEqual(['alt']);
    expect(missingRequiredAttributes('img', { src: `media:${hashA}`, alt: '  ' })).toEqual(['alt']);
    expect(missingRequiredAttributes('img', { src: `media:${hashA}`, alt: 'A circuit' })).toEqual(
      [],
    );
    expect(missingRequiredAttributes('audio', {})).toEqual(['src']);
    expect(missingRequiredAttributes('p', {})).toEqual([]);
  });
});

describe('plainTextOf', () => {
  it('returns plain text exactly as stored, markup-looking or not', () => {
    const stored = 'Is 3 < 5 & <b>bold</b>?\n  Keep \\(this\\) too.';
    expect(plainTextOf('plain', stored)).toBe(stored);
    expect(plainTextOf(undefined, stored)).toBe(stored);
  });

  it('strips markup, decodes entities and puts blocks on lines of their own', () => {
    expect(
      plainTextOf(
        'html',
        '<p>Is 3 &lt; 5 &amp;&nbsp;<strong>true</strong>?</p><ul><li>one</li><li>two&#x21;</li></ul>line<br>break',
      ),
    ).toBe('Is 3 < 5 & true?\none\ntwo!\nline\nbreak');
    expect(
      plainTextOf(
        'html',
        '<table><tr><th>x</th><td>1</td></tr><tr><td>y</td><td>2</td></tr></table>',
      ),
    ).toBe('x 1\ny 2');
    expect(plainTextOf('html', '<p>  spread\n   over   lines </p>')).toBe('spread over lines');
  });

  it('keeps formulas as their TeX without delimiters, and MathML as its TeX annotation or tokens', () => {
    expect(plainTextOf('html', '<p>Area \\(\\pi r^2\\) of $$x$$ costs \\$2</p>')).toBe(
      'Area \\pi r^2 of x costs $2',
    );
    expect(
      plainTextOf(
        'html',
        '<p>So <math><semantics><msup><mi>x</mi><mn>2</mn></msup><annotation encoding="application/x-tex">x^2</annotation></semantics></math>.</p>',
      ),
    ).toBe('So x^2 .');
    expect(plainTextOf('html', '<math><mfrac><mn>1</mn><mn>2</mn></mfrac></math>')).toBe('12');
    expect(plainTextOf('html', '<pre><code>cost = \\(x\\)</code></pre>')).toBe('cost = \\(x\\)');
  });

  it('reads an image as its alt text, and skips what is never shown', () => {
    expect(
      plainTextOf(
        'html',
        `<p>See <img src="media:${hashA}" alt="a resistor network"> then</p><audio src="media:${hashB}"></audio><script>alert(1)</script><style>p{}</style>`,
      ),
    ).toBe('See a resistor network then');
  });
});

describe('cloze markers', () => {
  it('splits a passage into text and gaps, leaving other braces as text', () => {
    expect(parseClozeText('The {{gap:g1}} sat on the {{gap:mat-2}}.')).toEqual([
      { kind: 'text', text: 'The ' },
      { kind: 'gap', id: 'g1' },
      { kind: 'text', text: ' sat on the ' },
      { kind: 'gap', id: 'mat-2' },
      { kind: 'text', text: '.' },
    ]);
    expect(parseClozeText('{{gap:}} {{gap:a b}} {{templates}}')).toEqual([
      { kind: 'text', text: '{{gap:}} {{gap:a b}} {{templates}}' },
    ]);
    expect(clozeGapIds('<p>{{gap:a}} and {{gap:b}} and {{gap:a}}</p>')).toEqual(['a', 'b', 'a']);
    expect(parseClozeText(`x${gapMarker('q_1')}`)).toEqual([
      { kind: 'text', text: 'x' },
      { kind: 'gap', id: 'q_1' },
    ]);
  });
});

describe('media references', () => {
  it('lists each media hash an img or audio src names, once, in order', () => {
    const html = `<p><img src="media:${hashB}" alt="b"><img src="https://x.test/a.png" alt="x"></p><audio src="media:${hashA}"></audio><img src="media:${hashB}" alt="again"><p>media:${hashA}</p>`;
    expect(mediaRefsOf(html)).toEqual([hashB, hashA]);
    expect(mediaRefsOf('<p>no media</p>')).toEqual([]);
  });

  it('counts images without alt text', () => {
    expect(
      imagesWithoutAlt(
        `<img src="media:${hashA}"><img src="media:${hashA}" alt=" "><img alt="ok">`,
      ),
    ).toBe(2);
  });
});

describe('rich fields of a question', () => {
  const question: StoredQuestion = {
    type: 'cloze',
    format: 'html',
    text: `<p>Fill {{gap:g}} <img src="media:${hashA}" alt="diagram"></p>`,
    options: null,
    gaps: [
      {
        id: 'g',
        kind: 'choice',
        marks: 1,
        options: [
          { id: 'a', text: `<img src="media:${hashB}">` },
          { id: 'b', text: 'b' },
        ],
      },
    ],
    key: { gaps: { g: { optionId: 'a' } } },
    marks: 1,
    difficulty: null,
    tags: [],
    settings: {},
    feedback: { general: 'G', perGap: { g: 'Gap feedback' } },
  };

  it('lists every rich field by its path', () => {
    expect(richTextFields(question).map((f) => f.path.join('.'))).toEqual([
      'text',
      'gaps.0.options.0.text',
      'gaps.0.options.1.text',
      'feedback.general',
      'feedback.perGap.g',
    ]);
  });

  it('maps every rich field and leaves the rest, for sanitising on write', () => {
    const seen: string[] = [];
    const mapped = mapRichTextFields(question, (text, path) => {
      seen.push(path);
      return text.toUpperCase();
    });
    expect(seen).toEqual([
      'text',
      'gaps.0.options.0.text',
      'gaps.0.options.1.text',
      'feedback.general',
      'feedback.perGap.g',
    ]);
    expect(mapped.gaps?.[0]?.options?.[1]?.text).toBe('B');
    expect(mapped.feedback).toEqual({ general: 'G', perGap: { g: 'GAP FEEDBACK' } });
    expect(mapped.key).toBe(question.key);
    expect(question.gaps?.[0]?.options?.[1]?.text).toBe('b');
  });

  it('finds media and images without alt text in html questions only', () => {
    expect(questionMediaRefs(question)).toEqual([hashA, hashB]);
    expect(fieldsWithImagesWithoutAlt(question)).toEqual(['gaps.0.options.0.text']);
    const plain = { ...question, format: 'plain' as const };
    expect(questionMediaRefs(plain)).toEqual([]);
    expect(fieldsWithImagesWithoutAlt(plain)).toEqual([]);
  });
});
