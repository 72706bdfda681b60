import { strFromU8, unzipSync } from 'fflate';
import { readAiken } from '@shared/interchange/aiken';
import { readQuestionCsv } from '@shared/interchange/csv';
import { readGift } from '@shared/interchange/gift';
import { readQtiItem, readQtiPackage } from '@shared/interchange/qti';
import type { InterchangeFormat, ParsedFile } from '@shared/interchange/types';
import { readCsvTable } from './csv-table';
import { decodeText } from './text-decoding';

const isZip = (bytes: Uint8Array) => bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b;

function problem(
  message: string,
  line: number | null = null,
  column: number | null = null,
): ParsedFile {
  return { items: [], problems: [{ line, column, message }] };
}

function readQti(bytes: Uint8Array, fileName: string): ParsedFile {
  if (!isZip(bytes)) {
    const decoded = decodeText(bytes);
    if (!decoded.ok) return { items: [], problems: [decoded.problem] };
    if (!decoded.text.trimStart().startsWith('<'))
      return problem('the file is neither a QTI package (.zip) nor a QTI item (.xml)', 1, 1);
    return {
      items: [readQtiItem(decoded.text, { tags: [], difficulty: null }, fileName)],
      problems: [],
    };
  }
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch (error) {
    return problem(
      `the QTI package is not a readable zip (${error instanceof Error ? error.message : 'unknown error'}); it may be truncated`,
    );
  }
  const files = new Map<string, string>();
  for (const [path, data] of Object.entries(entries)) {
    if (path.endsWith('/')) continue;
    if (/\.(xml)$/i.test(path)) {
      const decoded = decodeText(data);
      if (!decoded.ok)
        return {
          items: [],
          problems: [{ ...decoded.problem, message: `${path}: ${decoded.problem.message}` }],
        };
      files.set(path.replace(/^\.\//, ''), decoded.text);
    }
  }
  try {
    return readQtiPackage(files);
  } catch {
    return problem('the QTI package could not be read');
  }
}

/** Turns an uploaded file's bytes into items of the chosen format, or says what is wrong with the file. */
export function readQuestionFile(
  format: InterchangeFormat,
  bytes: Uint8Array,
  fileName: string,
): ParsedFile {
  if (bytes.length === 0) return problem('the file is empty');
  if (format === 'qti') return readQti(bytes, fileName);
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { items: [], problems: [decoded.problem] };
  const text = decoded.text;
  if (text.trim() === '') return problem('the file is empty');
  try {
    switch (format) {
      case 'gift':
        return readGift(text);
      case 'aiken':
        return readAiken(text);
      case 'csv':
        return readQuestionCsv(readCsvTable(text));
    }
  } catch (error) {
    // The readers report per item; anything thrown here is the file as a whole.
    return problem(
      `the file could not be read as ${format.toUpperCase()}: ${error instanceof Error ? error.message : 'unknown error'}`,
    );
  }
}

export { strFromU8 };
