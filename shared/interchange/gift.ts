import { parse as parseGiftText, type GIFTQuestion, type TextFormat } from 'gift-pegjs';
import type { QuestionContent, QuestionContentInput } from '../domain/questions';
import { readMetadata, writeMetadata, META_PREFIX, type ItemMetadata } from './metadata';
import {
  checkedItem,
  exportableQuestions,
  notYetExchangedError,
  optionIdAt,
  skippedItem,
  type ExportQuestion,
  type ExportSkip,
  type ParsedFile,
  type ParsedItem,
} from './types';
import { splitLines } from './positions';

interface Block {
  /** 1-based line of the block's first line in the file. */
  line: number;
  lines: string[];
}

/** Questions are separated by blank lines, as Moodle reads GIFT. */
function blocks(text: string): Block[] {
  const out: Block[] = [];
  let current: Block | null = null;
  splitLines(text).forEach((line, i) => {
    if (line.trim() === '') {
      current = null;
      return;
    }
    if (!current) {
      current = { line: i + 1, lines: [] };
      out.push(current);
    }
    current.lines.push(line);
  });
  return out;
}

/** GIFT's [html] and [markdown] texts become plain text, with a warning, since questions here are plain. */
function plain(t: TextFormat, warnings: string[], where: string): string {
  if (t.format !== 'html') return t.text.trim();
  warnings.push(`HTML in the ${where} was converted to plain text`);
  return t.text
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/p>\s*<p[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();
}

/**
 * The question text around an answer block in the middle (GIFT's missing-word
 * form), which gift-pegjs joins with "_____". Only words after the block make
 * a blank; closing punctuation stays where the block was, and other leftovers
 * (Moodle's own fixture ends a question with `}";`) are dropped with a warning.
 */
function stemText(q: { stem: TextFormat; hasEmbeddedAnswers: boolean }, warnings: string[]) {
  const text = plain(q.stem, warnings, 'question text');
  const at = q.hasEmbeddedAnswers ? text.lastIndexOf('_____') : -1;
  if (at < 0) return text;
  const before = text.slice(0, at).trimEnd();
  const after = text.slice(at + 5).trim();
  if (/[\p{L}\p{N}]/u.test(after)) {
    warnings.push('the missing-word blank is shown as _____');
    return text;
  }
  if (after === '') return before;
  if (/^[.?!:…]+$/u.test(after) && !/[.?!:…]$/u.test(before)) return `${before}${after}`;
  warnings.push(`the text "${after}" after the answer block holds no words and was left out`);
  return before;
}

const unsupportedTypes: Record<string, string> = {
  Matching: 'matching questions are not supported',
  Description: 'description items (text with no question) are not supported',
};

function common(meta: ItemMetadata, tags: string[]) {
  return {
    marks: meta.marks ?? 1,
    difficulty: meta.difficulty ?? null,
    tags,
  };
}

function toContent(
  q: Exclude<GIFTQuestion, { type: 'Category' }>,
  meta: ItemMetadata,
  tags: string[],
  warnings: string[],
): QuestionContentInput | string {
  if (q.type in unsupportedTypes) return unsupportedTypes[q.type] ?? 'not supported';
  if (q.type === 'Description' || q.type === 'Matching') return 'not supported';
  const text = stemText(q, warnings);
  if (q.globalFeedback) warnings.push('general feedback is not kept');
  const base = { text, ...common(meta, tags) };
  switch (q.type) {
    case 'TF':
      if (q.trueFeedback || q.falseFeedback) warnings.push('feedback is not kept');
      return { ...base, type: 'true_false', options: null, key: { value: q.isTrue } };
    case 'Essay':
      return {
        ...base,
        type: 'essay',
        options: null,
        key: null,
        settings: {
          ...(meta.minWords !== undefined && { minWords: meta.minWords }),
          ...(meta.maxWords !== undefined && { maxWords: meta.maxWords }),
        },
      };
    case 'MC': {
      if (q.choices.some((c) => c.feedback)) warnings.push('feedback is not kept');
      const options = q.choices.map((c, i) => ({
        id: optionIdAt(i),
        text: plain(c.text, warnings, `option ${i + 1}`),
      }));
      const weighted = q.choices.some((c) => c.weight !== null);
      const correct = q.choices
        .map((c, i) => ({ c, id: optionIdAt(i) }))
        .filter(({ c }) => (c.weight !== null ? c.weight > 0 : c.isCorrect));
      if (q.choices.some((c) => c.weight !== null && c.weight < 0)) {
        warnings.push("negative option weights are not kept; use the test's negative marking");
      }
      if (weighted && correct.length > 1) {
        if (new Set(correct.map(({ c }) => c.weight)).size > 1) {
          warnings.push('unequal option weights are not kept; every correct option counts equally');
        }
        return {
          ...base,
          type: 'multiple_response',
          options,
          key: { optionIds: correct.map((x) => x.id) },
        };
      }
      if (correct.length > 1) {
        return {
          ...base,
          type: 'multiple_response',
          options,
          key: { optionIds: correct.map((x) => x.id) },
        };
      }
      if (correct.length === 0) return 'no option is marked correct (=)';
      return { ...base, type: 'single_choice', options, key: { optionId: correct[0]?.id ?? '' } };
    }
    case 'Short': {
      if (q.choices.some((c) => c.feedback)) warnings.push('feedback is not kept');
      const accepted: string[] = [];
      for (const c of q.choices) {
        const value = plain(c.text, warnings, 'an answer');
        if (c.weight === null ? c.isCorrect : c.weight === 100) accepted.push(value);
        else if (c.weight !== null && c.weight > 0)
          warnings.push(`the partial-credit answer "${value}" (${c.weight}%) was left out`);
      }
      return {
        ...base,
        type: 'short_answer',
        options: null,
        key: { accepted, caseSensitive: meta.caseSensitive ?? false },
      };
    }
    case 'Numerical': {
      const choices = Array.isArray(q.choices)
        ? q.choices
        : [{ isCorrect: true, weight: null, text: q.choices, feedback: null }];
      const full = choices.filter((c) => (c.weight === null ? c.isCorrect : c.weight === 100));
      const first = full[0];
      if (!first) return 'no fully correct numeric answer is given';
      if (choices.length > 1) warnings.push('only the first fully correct numeric answer was kept');
      const n = first.text;
      let value: number | undefined;
      let tolerance = 0;
      if (n.type === 'high-low') {
        const hi = n.numberHigh ?? Number.NaN;
        const lo = n.numberLow ?? Number.NaN;
        value = (hi + lo) / 2;
        tolerance = Math.abs(hi - lo) / 2;
      } else {
        value = n.number;
        tolerance = n.type === 'range' ? (n.range ?? 0) : 0;
      }
      return {
        ...base,
        type: 'numeric',
        options: null,
        key: {
          value: value ?? Number.NaN,
          tolerance,
          toleranceMode: meta.toleranceMode ?? 'absolute',
        },
      };
    }
  }
}

/**
 * Reads a GIFT file with gift-pegjs, one question block at a time so a broken
 * block is reported with its line and column and the rest still read.
 * `$CATEGORY:` paths become a tag on the questions that follow.
 */
export function readGift(text: string): ParsedFile {
  const items: ParsedItem[] = [];
  let category: string | null = null;
  for (const block of blocks(text)) {
    const warnings: string[] = [];
    let meta: ItemMetadata = {};
    const body = block.lines.map((line) => {
      const m = /^\s*\/\/\s*exam-desk:\s*(.*)$/.exec(line);
      if (!m) return line;
      const read = readMetadata(m[1] ?? '');
      meta = read.meta;
      if (read.warning) warnings.push(read.warning);
      // Keep the line count, so positions still match the file.
      return '';
    });
    if (body.every((l) => l.trim() === '' || l.trim().startsWith('//'))) continue;
    const unclosed = unclosedBrace(body);
    if (unclosed) {
      items.push(
        skippedItem('GIFT syntax: the answer block "{" is never closed with "}"', {
          line: block.line + unclosed.line,
          column: unclosed.column,
          label: titleOf(block),
          warnings,
        }),
      );
      continue;
    }
    let parsed: GIFTQuestion[];
    try {
      parsed = parseGiftText(`${body.join('\n')}\n`);
    } catch (error) {
      const loc = (error as { location?: { start?: { line: number; column: number } } }).location
        ?.start;
      const message = error instanceof Error ? error.message : 'could not be read';
      // "End of input" sits on the line after the block; point at the block's last character instead.
      const past = loc !== undefined && loc.line > block.lines.length;
      const lastLine = block.lines[block.lines.length - 1] ?? '';
      items.push(
        skippedItem(`GIFT syntax: ${message}`, {
          line: loc ? block.line + (past ? block.lines.length : loc.line) - 1 : block.line,
          column: loc ? (past ? lastLine.length + 1 : loc.column) : 1,
          label: titleOf(block),
          warnings,
        }),
      );
      continue;
    }
    for (const q of parsed) {
      if (q.type === 'Category') {
        category = categoryTag(q.title);
        continue;
      }
      const at = { ...questionStart(block), label: q.title ?? titleOf(block), warnings };
      const tags = [
        ...new Set([...(q.tags ?? []).map((t) => t.trim()), ...(category ? [category] : [])]),
      ];
      const draft = toContent(q, meta, tags, warnings);
      items.push(typeof draft === 'string' ? skippedItem(draft, at) : checkedItem(draft, at));
    }
  }
  return { items, problems: [] };
}

/** Where an unescaped "{" opens an answer block that never closes (gift-pegjs would read it as a description). */
function unclosedBrace(lines: readonly string[]): { line: number; column: number } | null {
  let open: { line: number; column: number } | null = null;
  lines.forEach((text, line) => {
    if (text.trim().startsWith('//')) return;
    for (let i = 0; i < text.length; i += 1) {
      const c = text[i];
      if (c === '\\') i += 1;
      else if (c === '{') open = { line, column: i + 1 };
      else if (c === '}') open = null;
    }
  });
  return open;
}

/** Moodle writes categories as `$course$/top/A/B`; the tag is the readable part, `A/B`. */
function categoryTag(path: string): string | null {
  const readable = path
    .trim()
    .replace(/^\$(course|module|system|cat\d*)\$\/?/, '')
    .replace(/^top\/?/, '')
    .trim();
  return readable === '' ? null : readable.slice(0, 60);
}

/** Where the question itself starts: past the comments and any $CATEGORY line above it. */
function questionStart(block: Block): { line: number; column: number } {
  const index = block.lines.findIndex((l) => !/^\s*(\/\/|\$CATEGORY:)/.test(l));
  const text = block.lines[index] ?? '';
  return index < 0
    ? { line: block.line, column: 1 }
    : { line: block.line + index, column: text.length - text.trimStart().length + 1 };
}

function titleOf(block: Block): string | null {
  const first = block.lines.find((l) => !l.trim().startsWith('//')) ?? '';
  const m = /^\s*::(.*?)::/.exec(first);
  return m?.[1]?.trim() ?? null;
}

/** GIFT's special characters, escaped with a backslash; line breaks as \n. */
export function escapeGift(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/[~=#{}:]/g, (c) => `\\${c}`)
    .replace(/\r\n|\r|\n/g, '\\n');
}

function metadataOf(q: QuestionContent): ItemMetadata {
  const meta: ItemMetadata = { marks: q.marks };
  if (q.difficulty) meta.difficulty = q.difficulty;
  if (q.type === 'short_answer' && q.key.caseSensitive) meta.caseSensitive = true;
  if (q.type === 'numeric' && q.key.toleranceMode === 'relative') meta.toleranceMode = 'relative';
  if (q.settings.minWords !== undefined) meta.minWords = q.settings.minWords;
  if (q.settings.maxWords !== undefined) meta.maxWords = q.settings.maxWords;
  return meta;
}

function answerBlock(q: QuestionContent): string {
  switch (q.type) {
    case 'single_choice':
      return (q.options ?? [])
        .map((o) => `${o.id === q.key.optionId ? '=' : '~'}${escapeGift(o.text)}`)
        .join('\n');
    case 'multiple_response': {
      const right = new Set(q.key.optionIds);
      const opts = q.options ?? [];
      const wrong = opts.length - right.size;
      // Weights as Moodle writes them: correct options share 100%, wrong ones take it all away.
      const share = formatWeight(100 / right.size);
      return opts
        .map((o) =>
          right.has(o.id)
            ? `~%${share}%${escapeGift(o.text)}`
            : `~%${wrong > 0 ? '-100' : '0'}%${escapeGift(o.text)}`,
        )
        .join('\n');
    }
    case 'true_false':
      return q.key.value ? 'TRUE' : 'FALSE';
    case 'short_answer':
      return q.key.accepted.map((a) => `=${escapeGift(a)}`).join('\n');
    case 'numeric':
      return `#${q.key.value}:${q.key.tolerance}`;
    case 'essay':
      return '';
    case 'matching':
    case 'ordering':
    case 'cloze':
    case 'description':
      throw notYetExchangedError(q.type);
  }
}

function formatWeight(w: number): string {
  return Number.isInteger(w) ? String(w) : w.toFixed(5).replace(/0+$/, '');
}

/** Writes questions as GIFT; the types GIFT cannot carry yet are listed as skipped. */
export function writeGift(questions: readonly ExportQuestion[]): {
  text: string;
  skipped: ExportSkip[];
} {
  const { exportable, skipped } = exportableQuestions(questions);
  const parts = exportable.map(({ content: q }) => {
    const lines: string[] = [];
    if (q.tags.length > 0) lines.push(`// ${q.tags.map((t) => `[tag:${t}]`).join(' ')}`);
    lines.push(`// ${writeMetadata(metadataOf(q))}`);
    const answers = answerBlock(q);
    lines.push(`${escapeGift(q.text)} {${answers === '' ? '' : `\n${answers}\n`}}`);
    return lines.join('\n');
  });
  return { text: `${parts.join('\n\n')}\n`, skipped };
}

export { META_PREFIX };
