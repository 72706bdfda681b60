import { questionMediaRefs } from '@shared/content/rich-fields';
import type { ImportItemReport, ImportReport } from '@shared/domain/imports';
import type { QuestionContent, QuestionType } from '@shared/domain/questions';
import type { FileProblem, ParsedFile } from '@shared/interchange/types';

/** One item of `npm run import -- --json`, documented in the README. */
export interface ImportJsonItem {
  index: number;
  line: number | null;
  column: number | null;
  label: string | null;
  status: ImportItemReport['status'];
  reason: string | null;
  field: string | null;
  questionId: string | null;
  type: QuestionType | null;
  text: string | null;
  options: Array<{ id: string; text: string }> | null;
  key: QuestionContent['key'] | null;
  /** Credit per option as a fraction of the marks, for choice questions; null for the rest. */
  weights: Record<string, number> | null;
  marks: number | null;
  tags: string[];
  /** Images, audio and other files the item carries. */
  mediaCount: number;
  warnings: string[];
}

export interface ImportJson {
  file: string;
  format: ImportReport['format'];
  dryRun: boolean;
  committed: boolean;
  rejection: string | null;
  counts: ImportReport['counts'];
  /** Imported (or, in a dry run, importable) items by question type. */
  byType: Partial<Record<QuestionType, number>>;
  problems: FileProblem[];
  items: ImportJsonItem[];
}

/**
 * Each option's credit, as the scorer gives it (shared/scoring/score-answer.ts):
 * a weighted key, each option's weight; single choice, all for the key; multiple response, the keyed options share
 * the marks and the others take away the same share between them.
 */
export function optionWeights(content: QuestionContent): Record<string, number> | null {
  const options = content.options ?? [];
  if (
    (content.type === 'single_choice' || content.type === 'multiple_response') &&
    content.key.weights
  ) {
    const weights = content.key.weights;
    return Object.fromEntries(options.map((o) => [o.id, weights[o.id] ?? 0]));
  }
  if (content.type === 'single_choice')
    return Object.fromEntries(options.map((o) => [o.id, o.id === content.key.optionId ? 1 : 0]));
  if (content.type === 'multiple_response') {
    const keyed = new Set(content.key.optionIds);
    const others = options.length - keyed.size;
    return Object.fromEntries(
      options.map((o) => [o.id, keyed.has(o.id) ? 1 / keyed.size : others > 0 ? -1 / others : 0]),
    );
  }
  return null;
}

const saved = (status: ImportItemReport['status']) =>
  status === 'imported' || status === 'would_import';

/** The report joined with what the reader made of each item (the report has only an excerpt). */
export function importJson(report: ImportReport, parsed: ParsedFile): ImportJson {
  const byType: Partial<Record<QuestionType, number>> = {};
  const items = report.items.map((item): ImportJsonItem => {
    const read = parsed.items[item.index - 1];
    const content = read?.ok ? read.content : null;
    if (item.type && saved(item.status)) byType[item.type] = (byType[item.type] ?? 0) + 1;
    return {
      index: item.index,
      line: item.line,
      column: item.column,
      label: item.label,
      status: item.status,
      reason: item.reason,
      field: item.field,
      questionId: item.questionId,
      type: item.type,
      text: content?.text ?? null,
      options: content?.options ?? null,
      key: content?.key ?? null,
      weights: content ? optionWeights(content) : null,
      marks: content?.marks ?? null,
      tags: content?.tags ?? [],
      mediaCount: content ? questionMediaRefs(content).length : 0,
      warnings: item.warnings,
    };
  });
  return {
    file: report.fileName,
    format: report.format,
    dryRun: report.dryRun,
    committed: report.committed,
    rejection: report.rejection,
    counts: report.counts,
    byType,
    problems: report.problems,
    items,
  };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const statusWords: Record<ImportItemReport['status'], string> = {
  imported: 'imported',
  would_import: 'would import',
  skipped: 'skipped',
  duplicate: 'duplicate',
};

function where(line: number | null, column: number | null, label: string | null): string {
  const position = line !== null ? `line ${line}${column !== null ? `:${column}` : ''}` : '';
  // CSV items are named by spreadsheet row as well as placed by file line.
  if (label !== null && /^row \d+$/.test(label)) return `${label}, ${position}`;
  return position || (label ?? '—');
}

/** The summary the import screen shows, in the same words. */
export function importSummary(report: ImportReport): string {
  const c = report.counts;
  if (report.committed) {
    return [
      `Imported ${plural(c.imported, 'question')}.`,
      c.skipped > 0 ? `${plural(c.skipped, 'item')} skipped.` : '',
      c.duplicates > 0 ? `${plural(c.duplicates, 'duplicate')} left out.` : '',
    ]
      .filter(Boolean)
      .join(' ');
  }
  if (report.rejection) return `Nothing was imported: ${report.rejection}`;
  return `${plural(c.importable, 'question')} ready to import${c.skipped > 0 ? `, ${plural(c.skipped, 'item')} will be skipped` : ''}${c.duplicates > 0 ? `, ${plural(c.duplicates, 'duplicate')} left out` : ''}. Nothing was saved (--dry-run).`;
}

/** The per-item report as lines of text: where, result, and the question or the reason. */
export function importReportText(report: ImportReport): string {
  const lines = [`${report.fileName} (${report.format}): ${plural(report.counts.total, 'item')}`];
  for (const p of report.problems) {
    const at =
      p.line !== null ? `line ${p.line}${p.column !== null ? `, column ${p.column}` : ''}: ` : '';
    lines.push(`  file: ${at}${p.message}`);
  }
  for (const item of report.items) {
    const name = item.label && !/^row \d+$/.test(item.label) ? `${item.label}: ` : '';
    lines.push(
      [
        String(item.index).padStart(5),
        where(item.line, item.column, item.label).padEnd(20),
        statusWords[item.status].padEnd(13),
        (item.type ?? '').padEnd(18),
        // One line per item: a line break in the text shows as " / ".
        `${name}${item.reason ?? item.excerpt ?? ''}`.replace(/\s*\n\s*/g, ' / '),
      ].join(' '),
    );
    for (const w of item.warnings) lines.push(`${' '.repeat(27)}warning: ${w}`);
  }
  lines.push(importSummary(report));
  return lines.join('\n');
}
