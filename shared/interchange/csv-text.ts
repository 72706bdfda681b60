/**
 * CSV as the readers see it: a table of rows whose fields know where they sit
 * in the file. The text is split into this table in main (see
 * electron/services/files/csv-table.ts, on papaparse); this module holds the
 * shapes and the writing side, so it stays free of any parser.
 */
export interface CsvField {
  value: string;
  /** Line and column (1-based) in the file where the field starts. */
  line: number;
  column: number;
}

export interface CsvRow {
  /** The row number a spreadsheet shows: blank rows and line breaks inside quotes counted as Excel counts them. */
  row: number;
  fields: CsvField[];
}

export type CsvDelimiter = ',' | ';' | '\t';

export type CsvTable =
  | {
      ok: true;
      /** The delimiter the file uses (detected from its first rows). */
      delimiter: CsvDelimiter;
      /** Rows with at least one non-blank field; blank rows are left out but keep their numbers. */
      rows: CsvRow[];
    }
  | { ok: false; line: number; column: number; message: string };

export const delimiterNames: Record<CsvDelimiter, string> = {
  ',': 'comma',
  ';': 'semicolon',
  '\t': 'tab',
};

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

/** A spreadsheet-safety quote the writer puts before = + - @ comes off again on reading. */
export const unquoteFormula = (v: string): string => (/^'[=+\-@]/.test(v) ? v.slice(1) : v);

/**
 * A number as a spreadsheet writes it: a decimal point, or a decimal comma in
 * files that separate fields with semicolons (European Excel). Empty is null,
 * anything else not a number is NaN.
 */
export function csvNumber(text: string, delimiter: CsvDelimiter): number | null {
  const t = text.trim();
  if (t === '') return null;
  const normal = delimiter === ';' && /^[+-]?\d*,\d+$/.test(t) ? t.replace(',', '.') : t;
  const n = Number(normal);
  return Number.isFinite(n) ? n : Number.NaN;
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
