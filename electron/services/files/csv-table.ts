import Papa from 'papaparse';
import type { CsvDelimiter, CsvField, CsvRow, CsvTable } from '@shared/interchange/csv-text';
import { positionOf } from '@shared/interchange/positions';

const DELIMITERS: CsvDelimiter[] = [',', ';', '\t'];

const isDelimiter = (d: string): d is CsvDelimiter => (DELIMITERS as string[]).includes(d);

/**
 * Where each field of one row starts, as offsets into the row's own text. The
 * parser gives values, not positions; the report needs the column a person
 * finds the field at, so the row is walked again knowing its delimiter.
 */
function fieldOffsets(raw: string, delimiter: string, count: number): number[] {
  const offsets: number[] = [];
  let i = 0;
  for (let f = 0; f < count; f += 1) {
    offsets.push(i);
    if (raw[i] === '"') {
      i += 1;
      while (i < raw.length) {
        if (raw[i] === '"') {
          if (raw[i + 1] !== '"') break;
          i += 1;
        }
        i += 1;
      }
    }
    const next = raw.indexOf(delimiter, i);
    if (next < 0) break;
    i = next + 1;
  }
  return offsets;
}

/**
 * Splits CSV text into a table with papaparse. The delimiter (comma, semicolon
 * or tab) is detected from the first rows; a BOM is dropped; CRLF and CR line
 * ends, also inside quoted fields, become \n; blank rows (Excel writes one at
 * the end, and `;;;;` rows) are left out but keep their numbers.
 */
export function readCsvTable(input: string): CsvTable {
  const text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const rows: CsvRow[] = [];
  const state = {
    rowStart: 0,
    /** File line of the row being read; rows always start a line, at column 1. */
    line: 1,
    rowNumber: 0,
    delimiter: ',' as CsvDelimiter,
    failure: null as Extract<CsvTable, { ok: false }> | null,
  };
  Papa.parse<string[]>(text, {
    delimitersToGuess: DELIMITERS,
    newline: '\n',
    quoteChar: '"',
    escapeChar: '"',
    skipEmptyLines: false,
    step(result, parser) {
      state.rowNumber += 1;
      const start = state.rowStart;
      const end = result.meta.cursor;
      const raw = text.slice(start, end);
      const line = state.line;
      state.rowStart = end;
      state.line += countBreaks(raw);
      if (isDelimiter(result.meta.delimiter)) state.delimiter = result.meta.delimiter;
      const quoteError = result.errors.find((e) => e.type === 'Quotes');
      if (quoteError) {
        // papaparse points one past the opening quote of the field it could not close.
        const at = positionOf(text, Math.max(start, (quoteError.index ?? start + 1) - 1));
        state.failure = {
          ok: false,
          ...at,
          message:
            quoteError.code === 'MissingQuotes'
              ? 'a quoted field is never closed'
              : 'a quoted field has text after its closing quote (write "" for a quote inside quotes)',
        };
        parser.abort();
        return;
      }
      const values = result.data;
      if (values.every((v) => v.trim() === '')) return;
      const offsets = fieldOffsets(raw, state.delimiter, values.length);
      const fields: CsvField[] = values.map((value, i) => {
        const offset = offsets[i] ?? raw.length;
        const before = raw.slice(0, offset);
        const lastBreak = before.lastIndexOf('\n');
        return { value, line: line + countBreaks(before), column: offset - lastBreak };
      });
      rows.push({ row: state.rowNumber, fields });
    },
  });
  return state.failure ?? { ok: true, delimiter: state.delimiter, rows };
}

function countBreaks(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n += 1;
  return n;
}
