/** RFC 4180 CSV, with the line and column where each field starts (for import reports). */
export interface CsvField {
  value: string;
  line: number;
  column: number;
}

export type CsvRow = CsvField[];

export type CsvParse =
  { ok: true; rows: CsvRow[] } | { ok: false; line: number; column: number; message: string };

/** Splits CSV text into rows of fields. Quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsv(text: string, delimiter = ','): CsvParse {
  const rows: CsvRow[] = [];
  let row: CsvRow = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const n = text.length;
  const atEnd = () => i >= n;
  while (!atEnd()) {
    const startLine = line;
    const startColumn = i - lineStart + 1;
    let value = '';
    if (text[i] === '"') {
      i += 1;
      let closed = false;
      while (i < n) {
        const c = text[i];
        if (c === '"') {
          if (text[i + 1] === '"') {
            value += '"';
            i += 2;
            continue;
          }
          i += 1;
          closed = true;
          break;
        }
        if (c === '\n') {
          line += 1;
          lineStart = i + 1;
        }
        value += c ?? '';
        i += 1;
      }
      if (!closed) {
        return {
          ok: false,
          line: startLine,
          column: startColumn,
          message: 'a quoted field is never closed',
        };
      }
      const next = text[i];
      if (next !== undefined && next !== delimiter && next !== '\n' && next !== '\r') {
        return {
          ok: false,
          line,
          column: i - lineStart + 1,
          message: `unexpected "${next}" after a closing quote`,
        };
      }
    } else {
      while (i < n && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') {
        value += text.charAt(i);
        i += 1;
      }
    }
    row.push({ value, line: startLine, column: startColumn });
    if (text[i] === delimiter) {
      i += 1;
      if (atEnd()) row.push({ value: '', line, column: i - lineStart + 1 });
      continue;
    }
    if (text[i] === '\r') i += 1;
    if (text[i] === '\n') i += 1;
    line += 1;
    lineStart = i;
    rows.push(row);
    row = [];
  }
  if (row.length > 0) rows.push(row);
  return { ok: true, rows: rows.filter((r) => !(r.length === 1 && r[0]?.value.trim() === '')) };
}

/** One CSV field, quoted when it must be. */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  // A leading = + - @ would run as a formula in a spreadsheet; a quote mark stops that.
  const safe = /^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(
  values: ReadonlyArray<string | number | boolean | null | undefined>,
): string {
  return values.map(csvField).join(',');
}

/** A list inside one CSV field: items split by |, with \| and \\ for literal ones. */
export function splitList(value: string): string[] {
  const out: string[] = [];
  let current = '';
  for (let i = 0; i < value.length; i += 1) {
    const c = value[i];
    if (c === '\\' && (value[i + 1] === '|' || value[i + 1] === '\\')) {
      current += value.charAt(i + 1);
      i += 1;
    } else if (c === '|') {
      out.push(current.trim());
      current = '';
    } else {
      current += c ?? '';
    }
  }
  out.push(current.trim());
  return out.filter((x) => x !== '');
}

export function joinList(items: readonly string[]): string {
  return items.map((x) => x.replace(/\\/g, '\\\\').replace(/\|/g, '\\|')).join('|');
}
