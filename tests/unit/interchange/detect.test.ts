import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '@shared/interchange/detect';
import { fixtureText } from './fixtures';

const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

describe('detectFormat', () => {
  it.each([
    ['bank.txt', fixtureText('all-types.gift'), 'gift'],
    ['questions.txt', fixtureText('all-types.aiken.txt'), 'aiken'],
    ['export.txt', fixtureText('european-excel.csv'), 'csv'],
    ['sheet.tsv', 'anything', 'csv'],
    ['bank.gift', 'no braces at all', 'gift'],
    ['item.xml', fixtureText('qti-package/items/choice.xml'), 'qti'],
    ['imsmanifest.xml', fixtureText('qti-package/imsmanifest.xml'), 'qti'],
    ['moodle.xml', '<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n</quiz>', 'moodle-xml'],
  ])('%s is %s', (name, text, format) => {
    expect(detectFormat(name, bytes(text))).toBe(format);
  });

  it('knows a zip by its first bytes, whatever its name', () => {
    expect(detectFormat('bank.dat', zipSync({ 'a.xml': strToU8('<a/>') }))).toBe('qti');
  });

  it('reads past a UTF-8 BOM and through UTF-16', () => {
    expect(detectFormat('x.txt', bytes('\uFEFFQ? {T}'))).toBe('gift');
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('Q?\nA) a\nB) b\nANSWER: A', 'utf16le'),
    ]);
    expect(detectFormat('x.txt', new Uint8Array(utf16))).toBe('aiken');
  });

  it('gives up rather than guess', () => {
    expect(detectFormat('notes.txt', bytes('Just some prose.'))).toBeNull();
    expect(detectFormat('page.xml', bytes('<html><body/></html>'))).toBeNull();
  });
});
