import { describe, expect, it } from 'vitest';
import { readCsvTable } from '@main/services/files/csv-table';
import { readPeopleCsv } from '@shared/domain/people-import';
import { readQuestionCsv, writeQuestionCsv } from '@shared/interchange/csv';
import { csvField, csvNumber } from '@shared/interchange/csv-text';
import type { ParsedItem } from '@shared/interchange/types';
import { fixtureText } from './fixtures';
import { sampleExport, sampleQuestions } from './sample-questions';

const content = (item: ParsedItem | undefined) => {
  if (!item?.ok) throw new Error(`expected an imported item, got: ${item ? item.reason : 'none'}`);
  return item.content;
};

describe('CSV saved by a European Excel (BOM, semicolons, decimal commas, CRLF, blank rows)', () => {
  const table = readCsvTable(fixtureText('european-excel.csv'));
  const read = readQuestionCsv(table);

  it('detects the semicolon and reads the header despite the BOM', () => {
    expect(table).toMatchObject({ ok: true, delimiter: ';' });
    expect(read.problems).toEqual([]);
  });

  it('reads decimal commas in answers, marks and tolerances', () => {
    expect(content(read.items[0])).toMatchObject({
      type: 'numeric',
      marks: 1.5,
      key: { value: 0.25, tolerance: 0.01 },
      tags: ['mathe'],
    });
  });

  it('turns a CRLF inside quotes into a plain line break', () => {
    expect(content(read.items[1])).toMatchObject({
      type: 'short_answer',
      text: 'Welche Stadt?\nEin Wort.',
      key: { accepted: ['Berlin', 'berlin'] },
    });
  });

  it('skips blank rows, the trailing one too, and names items by spreadsheet row', () => {
    expect(read.items).toHaveLength(4);
    expect(read.items.map((i) => i.label)).toEqual(['row 2', 'row 4', 'row 5', 'row 6']);
    // Row 5 starts on file line 6, because row 4's text runs over two lines.
    expect(read.items[2]).toMatchObject({
      ok: false,
      label: 'row 5',
      line: 6,
      column: 28,
      reason: 'answer: a numeric question needs a number',
    });
    expect(content(read.items[3])).toMatchObject({ type: 'single_choice', key: { optionId: 'b' } });
  });
});

describe('CSV delimiters and numbers', () => {
  it('detects tabs', () => {
    const table = readCsvTable('type\ttext\tanswer\ntrue_false\tIs 1, 2 or 3 odd?\ttrue\n');
    expect(table).toMatchObject({ ok: true, delimiter: '\t' });
    expect(content(readQuestionCsv(table).items[0]).text).toBe('Is 1, 2 or 3 odd?');
  });

  it('keeps commas inside a semicolon file as text, and decimal commas only there', () => {
    expect(csvNumber('3,5', ';')).toBe(3.5);
    expect(csvNumber('-0,25', ';')).toBe(-0.25);
    expect(csvNumber('3,5', ',')).toBeNaN();
    expect(csvNumber('1,000,5', ';')).toBeNaN();
    expect(csvNumber(' ', ';')).toBeNull();
    const read = readQuestionCsv(readCsvTable('type,text,marks\nessay,Discuss,"2,5"\n'));
    expect(read.items[0]).toMatchObject({ ok: false, reason: 'marks: must be a number' });
  });

  it('reads old Mac CR line ends as rows', () => {
    const read = readQuestionCsv(readCsvTable('type,text,answer\rtrue_false,Yes?,true\r'));
    expect(read.items).toHaveLength(1);
    expect(read.items[0]).toMatchObject({ ok: true, label: 'row 2', line: 2 });
  });

  it('accepts rows padded with empty cells past the header', () => {
    const read = readQuestionCsv(readCsvTable('type,text\nessay,Discuss,,\n'));
    expect(content(read.items[0]).type).toBe('essay');
  });

  it('refuses a quote followed by more text, where the field starts', () => {
    expect(readCsvTable('type,text\nessay,"Discuss"the war\n')).toEqual({
      ok: false,
      line: 2,
      column: 7,
      message:
        'a quoted field has text after its closing quote (write "" for a quote inside quotes)',
    });
  });

  it('reports the field column on a line a quoted line break started', () => {
    const table = readCsvTable('a,b,c\n"one\ntwo",x,"y"\n');
    if (!table.ok) throw new Error(table.message);
    expect(table.rows[1]?.fields.map((f) => [f.value, f.line, f.column])).toEqual([
      ['one\ntwo', 2, 1],
      ['x', 3, 6],
      ['y', 3, 8],
    ]);
  });
});

describe('CSV export', () => {
  it('keeps the formula guard, and reading takes the guard off again', () => {
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField('@cmd')).toBe("'@cmd");
    expect(csvField('-12.5')).toBe('-12.5');
    const { text } = writeQuestionCsv(sampleExport);
    expect(text).toContain("'-5 degrees");
    const read = readQuestionCsv(readCsvTable(text));
    expect(read.items.map(content)).toEqual(sampleQuestions);
  });
});

describe('people CSV through the same reader', () => {
  it('reads a semicolon file with a trailing blank row, by file line', () => {
    const { rows, problems } = readPeopleCsv(
      readCsvTable('name;email;role\r\nAda Lovelace;ada@example.org;author\r\n;;\r\n'),
    );
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      expect.objectContaining({ line: 2, email: 'ada@example.org', role: 'author', error: null }),
    ]);
  });
});
