import {
  difficultySchema,
  questionTypeSchema,
  questionTypes,
  type QuestionContent,
  type QuestionContentInput,
} from '../domain/questions';
import {
  csvLine,
  csvNumber,
  joinList,
  splitList,
  unquoteFormula as unquote,
  type CsvDelimiter,
  type CsvField,
  type CsvRow,
  type CsvTable,
} from './csv-text';
import {
  checkedItem,
  exportableQuestions,
  notYetExchangedError,
  notYetExchangedReason,
  optionIdAt,
  skippedItem,
  type ExportQuestion,
  type ExportSkip,
  type FileProblem,
  type ParsedFile,
  type ParsedItem,
} from './types';

/**
 * The question CSV header, in the order the export writes it. Only `type` and
 * `text` are required on import; columns may come in any order. Lists (options,
 * answers, tags) are separated by `|`; write `\|` for a literal bar.
 */
export const QUESTION_CSV_COLUMNS = [
  'type',
  'text',
  'options',
  'answer',
  'marks',
  'difficulty',
  'tags',
  'tolerance',
  'tolerance_mode',
  'case_sensitive',
  'min_words',
  'max_words',
] as const;
type Column = (typeof QUESTION_CSV_COLUMNS)[number];

const REQUIRED: readonly Column[] = ['type', 'text'];

function bool(v: string): boolean | null {
  const t = v.trim().toLowerCase();
  if (['true', 't', 'yes', 'y', '1'].includes(t)) return true;
  if (['false', 'f', 'no', 'n', '0'].includes(t)) return false;
  return null;
}

type Cells = Partial<Record<Column, CsvField>>;

const csvTypes = questionTypes.filter((t) => notYetExchangedReason(t) === null);

function rowToDraft(
  cells: Cells,
  delimiter: CsvDelimiter,
): { draft: QuestionContentInput } | { reason: string; at: CsvField | undefined } {
  const num = (v: string) => csvNumber(v, delimiter);
  const get = (c: Column) => unquote(cells[c]?.value ?? '').trim();
  const typeText = get('type').toLowerCase();
  const type = questionTypeSchema.safeParse(typeText);
  const unsupported = {
    reason: `type: "${typeText}" is not a supported question type (use one of ${csvTypes.join(', ')})`,
    at: cells.type,
  };
  if (!type.success || notYetExchangedReason(type.data) !== null) return unsupported;
  const marks = num(get('marks'));
  if (Number.isNaN(marks)) return { reason: 'marks: must be a number', at: cells.marks };
  const difficultyText = get('difficulty').toLowerCase();
  const difficulty = difficultyText === '' ? null : difficultySchema.safeParse(difficultyText);
  if (difficulty && !difficulty.success) {
    return {
      reason: `difficulty: "${difficultyText}" must be easy, medium or hard`,
      at: cells.difficulty,
    };
  }
  const common = {
    text: unquote(cells.text?.value ?? '').trim(),
    marks: marks ?? 1,
    difficulty: difficulty ? difficulty.data : null,
    tags: splitList(get('tags')),
  };
  const answer = unquote(cells.answer?.value ?? '').trim();
  const options = splitList(unquote(cells.options?.value ?? '')).map((text, i) => ({
    id: optionIdAt(i),
    text,
  }));
  switch (type.data) {
    case 'single_choice':
      return {
        draft: {
          ...common,
          type: 'single_choice',
          options,
          key: { optionId: answer.toLowerCase() },
        },
      };
    case 'multiple_response':
      return {
        draft: {
          ...common,
          type: 'multiple_response',
          options,
          key: { optionIds: splitList(answer).map((a) => a.toLowerCase()) },
        },
      };
    case 'true_false': {
      const value = bool(answer);
      if (value === null) return { reason: 'answer: must be true or false', at: cells.answer };
      return { draft: { ...common, type: 'true_false', options: null, key: { value } } };
    }
    case 'short_answer': {
      const cs = get('case_sensitive');
      const caseSensitive = cs === '' ? false : bool(cs);
      if (caseSensitive === null)
        return { reason: 'case_sensitive: must be true or false', at: cells.case_sensitive };
      return {
        draft: {
          ...common,
          type: 'short_answer',
          options: null,
          key: { accepted: splitList(answer), caseSensitive },
        },
      };
    }
    case 'numeric': {
      const value = num(answer);
      if (value === null || Number.isNaN(value))
        return { reason: 'answer: a numeric question needs a number', at: cells.answer };
      const tolerance = num(get('tolerance'));
      if (Number.isNaN(tolerance))
        return { reason: 'tolerance: must be a number', at: cells.tolerance };
      const mode = get('tolerance_mode').toLowerCase() || 'absolute';
      if (mode !== 'absolute' && mode !== 'relative')
        return { reason: 'tolerance_mode: must be absolute or relative', at: cells.tolerance_mode };
      return {
        draft: {
          ...common,
          type: 'numeric',
          options: null,
          key: { value, tolerance: tolerance ?? 0, toleranceMode: mode },
        },
      };
    }
    case 'essay': {
      const minWords = num(get('min_words'));
      const maxWords = num(get('max_words'));
      if (Number.isNaN(minWords))
        return { reason: 'min_words: must be a whole number', at: cells.min_words };
      if (Number.isNaN(maxWords))
        return { reason: 'max_words: must be a whole number', at: cells.max_words };
      return {
        draft: {
          ...common,
          type: 'essay',
          options: null,
          key: null,
          settings: {
            ...(minWords !== null && { minWords }),
            ...(maxWords !== null && { maxWords }),
          },
        },
      };
    }
    case 'matching':
    case 'ordering':
    case 'cloze':
    case 'description':
      return unsupported;
  }
}

/**
 * Reads the question CSV (see QUESTION_CSV_COLUMNS) from a table split by main's
 * CSV reader. A header row is required; each item is labelled with its
 * spreadsheet row, and its line and column are where the field sits in the file.
 */
export function readQuestionCsv(table: CsvTable): ParsedFile {
  if (!table.ok) {
    return {
      items: [],
      problems: [{ line: table.line, column: table.column, message: `CSV: ${table.message}` }],
    };
  }
  const [headerRow, ...rows] = table.rows;
  if (!headerRow)
    return { items: [], problems: [{ line: 1, column: 1, message: 'the file is empty' }] };
  const header = headerRow.fields;
  const problems: FileProblem[] = [];
  const index = new Map<Column, number>();
  header.forEach((cell, i) => {
    const name = cell.value.trim().toLowerCase();
    if ((QUESTION_CSV_COLUMNS as readonly string[]).includes(name)) index.set(name as Column, i);
    else if (name !== '')
      problems.push({
        line: cell.line,
        column: cell.column,
        message: `the column "${cell.value.trim()}" is not used`,
      });
  });
  const missing = REQUIRED.filter((c) => !index.has(c));
  if (missing.length > 0) {
    return {
      items: [],
      problems: [
        ...problems,
        {
          line: header[0]?.line ?? 1,
          column: 1,
          message: `the header (row ${headerRow.row}) has no ${missing.map((m) => `"${m}"`).join(' or ')} column (expected: ${QUESTION_CSV_COLUMNS.join(',')})`,
        },
      ],
    };
  }
  // Unused columns are a warning on every item, never a reason to stop.
  const warnings = problems.map((p) => p.message);
  const items: ParsedItem[] = rows.map((row: CsvRow) => {
    const at = {
      line: row.fields[0]?.line ?? null,
      column: 1,
      label: `row ${row.row}`,
      warnings: [...warnings],
    };
    // Spreadsheets pad rows with empty cells; only fields that hold something count as extra.
    const extra = row.fields.slice(header.length).find((f) => f.value.trim() !== '');
    if (extra) {
      return skippedItem(
        `the row has ${row.fields.length} fields but the header has ${header.length}`,
        { ...at, column: extra.column },
      );
    }
    const cells: Cells = {};
    for (const [name, i] of index) {
      const cell = row.fields[i];
      if (cell) cells[name] = cell;
    }
    const result = rowToDraft(cells, table.delimiter);
    if ('reason' in result) {
      return skippedItem(result.reason, { ...at, column: result.at?.column ?? 1 });
    }
    return checkedItem(result.draft, at);
  });
  return { items, problems: [] };
}

function answerOf(q: QuestionContent): string {
  const letter = (id: string) => {
    const i = (q.options ?? []).findIndex((o) => o.id === id);
    return i < 0 ? id : optionIdAt(i).toUpperCase();
  };
  switch (q.type) {
    case 'single_choice':
      return letter(q.key.optionId);
    case 'multiple_response':
      return [...q.key.optionIds].map(letter).sort().join('|');
    case 'true_false':
      return q.key.value ? 'true' : 'false';
    case 'short_answer':
      return joinList(q.key.accepted);
    case 'numeric':
      return String(q.key.value);
    case 'essay':
      return '';
    case 'matching':
    case 'ordering':
    case 'cloze':
    case 'description':
      throw notYetExchangedError(q.type);
  }
}

/** Writes every question as one CSV row under the documented header. */
export function writeQuestionCsv(questions: readonly ExportQuestion[]): {
  text: string;
  skipped: ExportSkip[];
} {
  const lines = [QUESTION_CSV_COLUMNS.join(',')];
  const { exportable, skipped } = exportableQuestions(questions);
  for (const { content: q } of exportable) {
    lines.push(
      csvLine([
        q.type,
        q.text,
        q.options ? joinList(q.options.map((o) => o.text)) : '',
        answerOf(q),
        q.marks,
        q.difficulty ?? '',
        joinList(q.tags),
        q.type === 'numeric' ? q.key.tolerance : '',
        q.type === 'numeric' ? q.key.toleranceMode : '',
        q.type === 'short_answer' ? q.key.caseSensitive : '',
        q.settings.minWords ?? '',
        q.settings.maxWords ?? '',
      ]),
    );
  }
  return { text: `${lines.join('\r\n')}\r\n`, skipped };
}
