import type { QuestionContent } from '../domain/questions';
import { splitLines } from './positions';
import {
  checkedItem,
  optionIdAt,
  skippedItem,
  type ExportQuestion,
  type ExportSkip,
  type ParsedFile,
  type ParsedItem,
} from './types';

const OPTION = /^\s*([A-Za-z])\s*[.)]\s+(.*)$/;
const ANSWER = /^\s*ANSWER\s*:\s*(.*)$/i;

interface Draft {
  line: number;
  text: string[];
  options: Array<{ letter: string; text: string; line: number }>;
}

/**
 * Reads Aiken: question text, lettered options (`A.` or `A)`), then `ANSWER: X`.
 * Aiken holds single-choice questions only, so that is what every item becomes.
 */
export function readAiken(text: string): ParsedFile {
  const items: ParsedItem[] = [];
  let draft: Draft | null = null;
  const lines = splitLines(text);
  const finishUnanswered = (d: Draft) =>
    items.push(
      skippedItem('no "ANSWER:" line after the options', {
        line: d.line,
        column: 1,
        label: d.text[0] ?? null,
      }),
    );
  for (const [i, raw] of lines.entries()) {
    const lineNo = i + 1;
    if (raw.trim() === '') {
      if (draft && draft.options.length > 0) {
        finishUnanswered(draft);
        draft = null;
      }
      continue;
    }
    const answer = ANSWER.exec(raw);
    if (answer) {
      if (!draft) {
        items.push(
          skippedItem('"ANSWER:" with no question before it', {
            line: lineNo,
            column: 1,
            label: null,
          }),
        );
        continue;
      }
      items.push(finish(draft, (answer[1] ?? '').trim(), lineNo, raw.indexOf(':') + 2));
      draft = null;
      continue;
    }
    const option = OPTION.exec(raw);
    if (option && draft && draft.text.length > 0) {
      draft.options.push({
        letter: (option[1] ?? '').toUpperCase(),
        text: option[2] ?? '',
        line: lineNo,
      });
      continue;
    }
    if (!draft) {
      draft = { line: lineNo, text: [raw.trim()], options: [] };
      continue;
    }
    if (draft.options.length > 0) {
      // Text after the options that is not an ANSWER line: the question was never closed.
      finishUnanswered(draft);
      draft = { line: lineNo, text: [raw.trim()], options: [] };
      continue;
    }
    draft.text.push(raw.trim());
  }
  if (draft) finishUnanswered(draft);
  return { items, problems: [] };
}

function finish(d: Draft, letter: string, line: number, column: number): ParsedItem {
  const label = d.text[0] ?? null;
  const at = { line: d.line, column: 1, label };
  for (const [i, o] of d.options.entries()) {
    if (o.letter !== optionIdAt(i).toUpperCase()) {
      return skippedItem(
        `option letters must run A, B, C…; line ${o.line} has "${o.letter}" where "${optionIdAt(i).toUpperCase()}" was expected`,
        { ...at, line: o.line },
      );
    }
  }
  if (!/^[A-Za-z]$/.test(letter)) {
    return skippedItem(`the answer "${letter}" is not an option letter`, { line, column, label });
  }
  const key = letter.toLowerCase();
  const known = d.options.some((_, i) => optionIdAt(i) === key);
  // A key that is not an option is reported where the ANSWER line is.
  return checkedItem(
    {
      type: 'single_choice',
      text: d.text.join('\n'),
      options: d.options.map((o, i) => ({ id: optionIdAt(i), text: o.text })),
      key: { optionId: key },
      marks: 1,
    },
    known ? at : { line, column, label },
  );
}

function aikenSkip(q: QuestionContent): string | null {
  if (q.type !== 'single_choice') return 'Aiken holds single-choice questions only';
  if ((q.options ?? []).some((o) => /[\r\n]/.test(o.text)))
    return 'Aiken options are one line each; an option here has a line break';
  if (splitLines(q.text).some((l) => l.trim() === '' || OPTION.test(l) || ANSWER.test(l)))
    return 'the question text has a blank line or a line that reads as an option or ANSWER';
  return null;
}

/** Writes the single-choice questions as Aiken and lists the rest as skipped, with why. */
export function writeAiken(questions: readonly ExportQuestion[]): {
  text: string;
  skipped: ExportSkip[];
} {
  const skipped: ExportSkip[] = [];
  const parts: string[] = [];
  for (const { id, content: q } of questions) {
    const reason = aikenSkip(q);
    if (reason || q.type !== 'single_choice') {
      skipped.push({ questionId: id, reason: reason ?? 'not single choice' });
      continue;
    }
    const options = q.options ?? [];
    const keyIndex = options.findIndex((o) => o.id === q.key.optionId);
    parts.push(
      [
        q.text,
        ...options.map((o, i) => `${optionIdAt(i).toUpperCase()}. ${o.text}`),
        `ANSWER: ${optionIdAt(keyIndex).toUpperCase()}`,
      ].join('\n'),
    );
  }
  return { text: parts.length > 0 ? `${parts.join('\n\n')}\n` : '', skipped };
}
