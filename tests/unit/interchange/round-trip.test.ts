import { describe, expect, it } from 'vitest';
import { readAiken, writeAiken } from '@shared/interchange/aiken';
import { readCsvTable } from '@main/services/files/csv-table';
import { readQuestionCsv, writeQuestionCsv } from '@shared/interchange/csv';
import { readGift, writeGift } from '@shared/interchange/gift';
import { readQtiPackage, writeQtiPackage } from '@shared/interchange/qti';
import type { ParsedFile } from '@shared/interchange/types';
import { sampleExport, sampleQuestions } from './sample-questions';

function contents(file: ParsedFile) {
  expect(file.problems).toEqual([]);
  return file.items.map((item) => {
    if (!item.ok) throw new Error(`item skipped: ${item.reason}`);
    return item.content;
  });
}

describe('export then import gives equal questions', () => {
  it('GIFT keeps every type, with marks, difficulty, tags and settings', () => {
    const { text, skipped } = writeGift(sampleExport);
    expect(skipped).toEqual([]);
    expect(contents(readGift(text))).toEqual(sampleQuestions);
  });

  it('CSV keeps every type', () => {
    const { text } = writeQuestionCsv(sampleExport);
    expect(contents(readQuestionCsv(readCsvTable(text)))).toEqual(sampleQuestions);
  });

  it('QTI 3.0 keeps every type', () => {
    const { files } = writeQtiPackage(sampleExport, 'pkg-1');
    expect(contents(readQtiPackage(new Map(Object.entries(files))))).toEqual(sampleQuestions);
  });

  it('Aiken keeps single-choice text, options and key, and says why it skips the rest', () => {
    const { text, skipped } = writeAiken(sampleExport);
    const single = sampleQuestions.filter((q) => q.type === 'single_choice');
    expect(skipped).toHaveLength(sampleQuestions.length - single.length);
    expect(skipped[0]?.reason).toMatch(/single-choice/);
    expect(contents(readAiken(text))).toEqual(
      single.map((q) => ({ ...q, marks: 1, difficulty: null, tags: [] })),
    );
  });
});
