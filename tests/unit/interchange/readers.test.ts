import { describe, expect, it } from 'vitest';
import { readAiken } from '@shared/interchange/aiken';
import { readCsvTable } from '@main/services/files/csv-table';
import { readQuestionCsv } from '@shared/interchange/csv';
import { readGift } from '@shared/interchange/gift';
import { readQtiItem, readQtiPackage } from '@shared/interchange/qti';
import type { ParsedItem } from '@shared/interchange/types';
import { fixtureText, qtiFixtureFiles } from './fixtures';

type Skipped = Extract<ParsedItem, { ok: false }>;
type Read = Extract<ParsedItem, { ok: true }>;

const ok = (item: ParsedItem | undefined): Read['content'] => {
  if (!item?.ok)
    throw new Error(`expected an imported item, got: ${item ? item.reason : 'nothing'}`);
  return item.content;
};
const skipped = (item: ParsedItem | undefined): Skipped => {
  if (!item || item.ok) throw new Error('expected a skipped item');
  return item;
};

describe('GIFT fixture', () => {
  const { items, problems } = readGift(fixtureText('all-types.gift'));

  it('reads every block into an item and reports nothing at file level', () => {
    expect(problems).toEqual([]);
    expect(items).toHaveLength(15);
  });

  it('reads a single-choice question with its title, key and category tag', () => {
    const q = ok(items[0]);
    expect(items[0]?.label).toBe('Capital');
    expect(items[0]?.line).toBe(4);
    expect(q).toMatchObject({
      type: 'single_choice',
      text: 'What is the capital of Australia?',
      options: [
        { id: 'a', text: 'Canberra' },
        { id: 'b', text: 'Sydney' },
        { id: 'c', text: 'Melbourne' },
      ],
      key: { optionId: 'a' },
      tags: ['Geography'],
    });
    expect(q.feedback).toEqual({ perOption: { c: 'Not the capital' } });
  });

  it('reads weighted options as multiple response, with [tag:] comments and exam-desk metadata', () => {
    const q = ok(items[1]);
    expect(q).toMatchObject({
      type: 'multiple_response',
      key: { optionIds: ['a', 'b'] },
      marks: 3,
      difficulty: 'medium',
      tags: ['maths', 'primes', 'Geography'],
    });
    expect(items[1]?.warnings.join()).toMatch(/negative option weights/);
  });

  it('reads true/false in both spellings', () => {
    expect(ok(items[2])).toMatchObject({ type: 'true_false', key: { value: true } });
    expect(ok(items[3])).toMatchObject({ type: 'true_false', key: { value: false } });
  });

  it('keeps full-credit short answers as accepted and a %50% answer as partial credit', () => {
    expect(ok(items[4])).toMatchObject({
      type: 'short_answer',
      key: { accepted: ['Jupiter'], partial: [{ answer: 'Saturn', credit: 0.5 }] },
    });
  });

  it('reads numeric answers with a tolerance and as a low..high range', () => {
    expect(ok(items[5])).toMatchObject({ type: 'numeric', key: { value: 3.14, tolerance: 0.005 } });
    expect(ok(items[6])).toMatchObject({ type: 'numeric', key: { value: 3, tolerance: 2 } });
  });

  it('reads essays with word limits from the metadata comment', () => {
    expect(ok(items[7])).toMatchObject({
      type: 'essay',
      marks: 10,
      settings: { minWords: 100, maxWords: 500 },
    });
  });

  it('keeps [html] as rich text and unescapes GIFT escapes', () => {
    expect(ok(items[8]).text).toBe('<p>Which symbol is <b>escaped</b>: the = sign?</p>');
    expect(ok(items[8]).format).toBe('html');
    expect(ok(items[8])).toMatchObject({ options: [{ text: 'Yes' }, { text: 'No' }] });
  });

  it('reads a missing-word question as single choice with a blank', () => {
    expect(ok(items[9]).text).toBe('The cat sat on the _____ today.');
  });

  it('turns the \\n escape into a line break', () => {
    expect(ok(items[10]).text).toBe('Multi-line question,\nsecond line with a colon: here.');
  });

  it('reads matching and description items, with the line of the question (not the comment above)', () => {
    expect(items[11]).toMatchObject({ ok: true, line: 38, column: 1 });
    expect(ok(items[11])).toMatchObject({
      type: 'matching',
      premises: [
        { id: 'p1', text: 'France' },
        { id: 'p2', text: 'Italy' },
        { id: 'p3', text: 'Spain' },
      ],
      responses: [
        { id: 'r1', text: 'Paris' },
        { id: 'r2', text: 'Rome' },
        { id: 'r3', text: 'Madrid' },
      ],
      key: { pairs: { p1: 'r1', p2: 'r2', p3: 'r3' } },
    });
    expect(ok(items[12])).toMatchObject({
      type: 'description',
      text: 'Just a description with no answers.',
      marks: 0,
    });
  });

  it('reports an unclosed answer block at the line and column of its brace', () => {
    const broken = skipped(items[13]);
    expect(broken.label).toBe('Broken');
    expect(broken.line).toBe(46);
    expect(broken.column).toBe(50);
    expect(broken.reason).toBe('GIFT syntax: the answer block "{" is never closed with "}"');
  });

  it('reports a choice with no correct option', () => {
    expect(skipped(items[14]).reason).toBe('no option is marked correct (=)');
  });

  it('warns about and ignores a metadata comment that is not valid', () => {
    const { items: read } = readGift('// exam-desk: {"marks":-3}\nQ? {T}\n');
    expect(ok(read[0]).marks).toBe(1);
    expect(read[0]?.warnings[0]).toMatch(/exam-desk: comment was ignored \(marks/);
  });
});

describe('GIFT as Moodle writes it', () => {
  const { items } = readGift(fixtureText('moodle-style.gift'));

  it('reads a true/false whose block is followed by stray text, without a blank in its text', () => {
    expect(ok(items[0])).toEqual({
      type: 'true_false',
      text: 'Water boils at 100 degrees Celsius at sea level.',
      options: null,
      key: { value: true },
      marks: 1,
      difficulty: null,
      tags: [],
      settings: {},
      // Moodle: after TRUE, the first feedback is for the wrong choice (false), the second for the right one.
      feedback: {
        general: 'Pressure changes the boiling point.',
        perOption: { false: 'Right, at normal pressure.', true: 'No, it does.' },
      },
    });
    expect(items[0]?.warnings).toContain(
      `the text "";" after the answer block holds no words and was left out`,
    );
  });

  it('points at the question itself: past the comments, at its first character', () => {
    expect(items.map((i) => [i.label, i.line, i.column])).toEqual([
      ['Water', 3, 1],
      ['Indented', 10, 3],
      [null, 12, 1],
      [null, 14, 1],
      ['Range', 17, 43],
    ]);
  });

  it('keeps closing punctuation after the block where the block was', () => {
    expect(ok(items[2]).text).toBe('How many sides has a hexagon?');
    expect(items[2]?.warnings).toEqual([]);
  });

  it('keeps a blank only where words follow the block, and says so', () => {
    expect(ok(items[3]).text).toBe('The Moon _____ orbits the Earth.');
    expect(items[3]?.warnings).toEqual(['the missing-word blank is shown as _____']);
  });

  it('reports what gift-pegjs cannot read at its line and column', () => {
    expect(skipped(items[4]).reason).toBe('GIFT syntax: Expected "}" but "~" found.');
  });
});

describe('Aiken fixture', () => {
  const { items } = readAiken(fixtureText('all-types.aiken.txt'));

  it('reads options with "." and ")" and a lower-case answer letter', () => {
    expect(ok(items[0])).toMatchObject({ type: 'single_choice', key: { optionId: 'b' } });
    expect(ok(items[1])).toMatchObject({
      options: [
        { id: 'a', text: 'Venus' },
        { id: 'b', text: 'Mercury' },
      ],
      key: { optionId: 'b' },
    });
  });

  it('keeps a question text that runs over several lines', () => {
    expect(ok(items[2]).text).toBe('A question whose text\nruns over two lines?');
  });

  it('names the field and the ANSWER line when the key is not an option', () => {
    expect(skipped(items[3])).toMatchObject({ field: 'key.optionId', line: 21, column: 8 });
  });

  it('reports option letters out of order, a missing ANSWER and a stray ANSWER', () => {
    expect(skipped(items[4])).toMatchObject({ line: 25 });
    expect(skipped(items[4]).reason).toMatch(/"C" where "B" was expected/);
    expect(skipped(items[5]).reason).toBe('no "ANSWER:" line after the options');
    expect(skipped(items[6])).toMatchObject({
      line: 32,
      reason: '"ANSWER:" with no question before it',
    });
    expect(items).toHaveLength(7);
  });
});

describe('Aiken as Moodle writes and reads it', () => {
  const { items } = readAiken(fixtureText('moodle-style.aiken.txt'));

  it('reads options with no space after the letter, and ANSWER: with no space', () => {
    expect(ok(items[0])).toMatchObject({
      text: 'Which gas do plants take in?',
      options: [
        { id: 'a', text: 'Oxygen' },
        { id: 'b', text: 'Carbon dioxide' },
      ],
      key: { optionId: 'b' },
    });
  });

  it('reads a tab after "A." and keeps < and & as text', () => {
    expect(ok(items[1])).toMatchObject({
      text: 'Which of these are <tags> & entities kept as text?',
      options: [
        { id: 'a', text: 'Both < and &' },
        { id: 'b', text: 'Neither' },
      ],
      key: { optionId: 'a' },
    });
  });

  it('skips a one-character line, and reads "ANSWER: A) Nile" as A', () => {
    expect(ok(items[2])).toMatchObject({
      options: [
        { id: 'a', text: 'Nile' },
        { id: 'b', text: 'Thames' },
        { id: 'c', text: 'Danube' },
      ],
      key: { optionId: 'a' },
    });
  });

  it('says why it refuses, naming the lines', () => {
    expect(skipped(items[3])).toMatchObject({
      line: 18,
      field: 'options',
      reason:
        'options: a question needs at least 2 options, and this one has 1 before its ANSWER line (line 20)',
    });
    expect(skipped(items[4])).toMatchObject({
      line: 22,
      reason:
        'no question before the options: line 22 reads as option "B) An option with no question before it", and the ANSWER line 24 closes nothing',
    });
    expect(skipped(items[5])).toMatchObject({
      line: 26,
      reason: 'no "ANSWER:" line after the options',
    });
    expect(ok(items[6])).toMatchObject({
      text: 'Another question starts here',
      key: { optionId: 'b' },
    });
    expect(skipped(items[7])).toMatchObject({
      line: 38,
      column: 8,
      reason:
        'Aiken questions have one correct option, and "ANSWER: A, C" names several; use GIFT or CSV for multiple response',
    });
    expect(skipped(items[8])).toMatchObject({
      line: 43,
      reason: 'the answer "Both" is not an option letter; write the letter, as in ANSWER: B',
    });
    expect(items).toHaveLength(9);
  });

  it('reads old Mac line ends (CR only)', () => {
    const read = readAiken('Is it?\rA) Yes\rB) No\rANSWER: A\r');
    expect(ok(read.items[0])).toMatchObject({ text: 'Is it?', key: { optionId: 'a' } });
  });
});

describe('CSV fixture', () => {
  const { items, problems } = readQuestionCsv(readCsvTable(fixtureText('all-types.csv')));

  it('reads every supported type, with quoted commas, quotes and line breaks', () => {
    expect(problems).toEqual([]);
    expect(ok(items[0])).toMatchObject({
      type: 'single_choice',
      key: { optionId: 'b' },
      tags: ['geography', 'capitals'],
    });
    expect(ok(items[1])).toMatchObject({
      text: 'Select the primes, all of them',
      key: { optionIds: ['a', 'c'] },
    });
    expect(ok(items[2])).toMatchObject({ type: 'true_false', key: { value: true } });
    expect(ok(items[3])).toMatchObject({
      text: 'Name the largest planet.\nOne word.',
      key: { caseSensitive: true },
    });
    expect(ok(items[4])).toMatchObject({ type: 'numeric', key: { value: 3.14, tolerance: 0.005 } });
    expect(ok(items[5])).toMatchObject({
      text: 'He said "discuss" the war.',
      settings: { minWords: 100, maxWords: 500 },
    });
  });

  it('counts the line a quoted line break moves rows to', () => {
    expect(items[4]?.line).toBe(7);
  });

  it('warns about an unknown column by name on each item', () => {
    expect(items[0]?.warnings).toEqual(['the column "notes" is not used']);
  });

  it('skips rows that break a rule, naming the field and its column', () => {
    expect(skipped(items[6]).reason).toMatch(/^type: "matching" is not a supported question type/);
    expect(skipped(items[7])).toMatchObject({
      column: 22,
      reason: 'answer: a numeric question needs a number',
    });
    expect(skipped(items[8])).toMatchObject({ field: 'options' });
    expect(skipped(items[9])).toMatchObject({ field: 'key.optionId' });
    expect(skipped(items[10])).toMatchObject({
      field: 'key.tolerance',
      reason: 'key.tolerance: tolerance must be 0 or more',
    });
  });

  it('refuses a file whose header lacks a required column', () => {
    const read = readQuestionCsv(readCsvTable('question,answer\nWhat?,yes\n'));
    expect(read.items).toEqual([]);
    expect(read.problems.at(-1)?.message).toMatch(/no "type" or "text" column/);
  });

  it('reports an unclosed quote where the field starts', () => {
    const read = readQuestionCsv(readCsvTable('type,text\nessay,"never closed\n'));
    expect(read.problems).toEqual([
      { line: 2, column: 7, message: 'CSV: a quoted field is never closed' },
    ]);
  });

  it('skips a row with more fields than the header', () => {
    const read = readQuestionCsv(readCsvTable('type,text\nessay,one,two\n'));
    expect(skipped(read.items[0]).reason).toBe('the row has 3 fields but the header has 2');
  });
});

describe('QTI 3.0 fixture package', () => {
  const { items, problems } = readQtiPackage(qtiFixtureFiles());

  it('reads choice items with foreign identifiers, markup and entities', () => {
    expect(ok(items[0])).toEqual({
      type: 'single_choice',
      format: 'html',
      text: '<p>What is the capital of <em>Australia</em>?</p>',
      options: [
        { id: 'a', text: 'Sydney' },
        { id: 'b', text: 'Canberra &amp; region' },
        { id: 'c', text: 'Melbourne' },
      ],
      key: { optionId: 'b' },
      marks: 1,
      difficulty: 'easy',
      tags: ['geography'],
      settings: {},
    });
    expect(ok(items[1])).toMatchObject({
      type: 'multiple_response',
      key: { optionIds: ['a', 'c'] },
      marks: 3,
    });
  });

  it('reads text entry as short answer from its mapping, and as numeric with its tolerance', () => {
    expect(ok(items[2])).toMatchObject({
      type: 'short_answer',
      text: 'Name the largest planet:',
      key: { accepted: ['Jupiter', 'jupiter'] },
    });
    expect(ok(items[3])).toMatchObject({
      type: 'numeric',
      marks: 2,
      key: { value: 3.14, tolerance: 0.01 },
    });
  });

  it('reads extended text as an essay, paragraphs as lines', () => {
    expect(ok(items[4])).toMatchObject({
      type: 'essay',
      text: 'Discuss the causes\nof the war.',
      settings: { maxWords: 300 },
    });
  });

  it('names unsupported interactions, missing files, broken XML and non-item resources', () => {
    expect(skipped(items[5]).reason).toBe(
      'the order item has no correct order (qti-correct-response)',
    );
    expect(skipped(items[6]).reason).toBe('the file items/missing.xml is missing from the package');
    expect(skipped(items[7])).toMatchObject({ line: 6, column: 3 });
    expect(skipped(items[7]).reason).toMatch(/^XML: Expected closing tag 'qti-choice-interaction'/);
    expect(problems.map((p) => p.message)).toEqual([
      'the resource "test-1" (imsqti_test_xmlv3p0) is not a QTI 3.0 item and was not imported',
    ]);
  });

  it('refuses QTI 2.x items by name', () => {
    const item = readQtiItem(
      '<assessmentItem identifier="x"/>',
      { tags: [], difficulty: null },
      'x.xml',
    );
    expect(skipped(item).reason).toMatch(/QTI 2\.x/);
  });

  it('reports a package without a manifest', () => {
    expect(readQtiPackage(new Map()).problems[0]?.message).toBe(
      'the package has no imsmanifest.xml',
    );
  });
});
