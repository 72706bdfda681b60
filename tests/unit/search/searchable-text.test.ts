import { describe, expect, it } from 'vitest';
import { searchableTextOf } from '@shared/search/searchable-text';

describe('searchable text of a question', () => {
  it('reads a rich question as its plain text, so markup is never searched', () => {
    const options = JSON.stringify([
      { id: 'a', text: '<em>Newton</em>' },
      { id: 'b', text: 'Joule &amp; <sub>watt</sub>' },
    ]);
    const read = searchableTextOf('<p>Which unit of <strong>force</strong>?</p>', options, 'html');
    expect(read.stem).toBe('Which unit of force?');
    expect(read.options).toEqual(['Newton', 'Joule & watt']);
    expect(`${read.stem} ${read.options.join(' ')}`).not.toMatch(/[<>]|strong|em\b|sub\b|&amp;/);
  });

  it('keeps a plain question exactly as stored, angle brackets and all', () => {
    const read = searchableTextOf(
      'Is 2 < 3 <b>?',
      JSON.stringify([{ id: 'a', text: 'x &amp; y' }]),
    );
    expect(read).toEqual({ stem: 'Is 2 < 3 <b>?', options: ['x &amp; y'] });
  });
});
