import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasTex, splitTex, type TexSegment } from '@shared/content/tex';

const text = (t: string): TexSegment => ({ kind: 'text', text: t });
const math = (tex: string, display: boolean, source: string): TexSegment => ({
  kind: 'math',
  tex,
  display,
  source,
});

describe('splitTex', () => {
  it('finds inline and display formulas between each kind of delimiter', () => {
    expect(splitTex('Area \\(\\pi r^2\\) and \\[E = mc^2\\] or $$a+b$$.')).toEqual([
      text('Area '),
      math('\\pi r^2', false, '\\(\\pi r^2\\)'),
      text(' and '),
      math('E = mc^2', true, '\\[E = mc^2\\]'),
      text(' or '),
      math('a+b', true, '$$a+b$$'),
      text('.'),
    ]);
  });

  it('reads \\$ as a literal dollar sign in text and inside a formula', () => {
    expect(splitTex('It costs \\$5, not \\$\\$6.')).toEqual([text('It costs $5, not $$6.')]);
    expect(splitTex('$$x = \\$3$$')).toEqual([math('x = \\$3', true, '$$x = \\$3$$')]);
  });

  it('leaves unbalanced and empty delimiters as the text they are', () => {
    expect(splitTex('Open \\( but never closed')).toEqual([text('Open \\( but never closed')]);
    expect(splitTex('A closer \\) alone and \\] too')).toEqual([
      text('A closer \\) alone and \\] too'),
    ]);
    expect(splitTex('Price $$ only once')).toEqual([text('Price $$ only once')]);
    expect(splitTex('Empty $$  $$ here')).toEqual([text('Empty $$  $$ here')]);
    expect(splitTex('single $x$ dollars are text')).toEqual([text('single $x$ dollars are text')]);
  });

  it('does not close on an escaped closer, and keeps TeX line breaks inside', () => {
    expect(splitTex('\\( a \\\\ b \\)')).toEqual([math(' a \\\\ b ', false, '\\( a \\\\ b \\)')]);
    expect(splitTex('$$ \\$$ $$')).toEqual([math(' \\$$ ', true, '$$ \\$$ $$')]);
    expect(splitTex('a \\\\$$x$$')).toEqual([text('a \\\\'), math('x', true, '$$x$$')]);
    expect(splitTex('\\[\\begin{matrix}1\\\\2\\end{matrix}\\]')).toEqual([
      math('\\begin{matrix}1\\\\2\\end{matrix}', true, '\\[\\begin{matrix}1\\\\2\\end{matrix}\\]'),
    ]);
  });

  it('tells whether a text has any formula', () => {
    expect(hasTex('no maths here $5')).toBe(false);
    expect(hasTex('some \\(x\\)')).toBe(true);
  });

  it('loses nothing: the segments put back together are the text (dollar escapes aside)', () => {
    const pieces = fc.constantFrom(
      'a',
      ' ',
      '\\(',
      '\\)',
      '\\[',
      '\\]',
      '$$',
      '\\\\',
      'x^2',
      '{',
      '}',
    );
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 30 }).map((p) => p.join('')),
        (input) => {
          const rebuilt = splitTex(input)
            .map((s) => (s.kind === 'text' ? s.text : s.source))
            .join('');
          expect(rebuilt).toBe(input);
          const formulas = splitTex(input).filter((s) => s.kind === 'math');
          expect(formulas.every((s) => s.tex.trim() !== '')).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
