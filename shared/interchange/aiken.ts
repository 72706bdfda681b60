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

/**
 * An option line as Moodle's Aiken reader takes it: a capital letter, `)` or
 * `.`, then the text with or without a space (`A)Text`, `B. Text`). A small
 * letter also starts an option here when a space follows (`a) Text`).
 */
const OPTION = /^\s*(?:([A-Z])[.)][ \t]?|([a-z])[.)][ \t]+)(.*)$/;
const ANSWER = /^\s*ANSWER\s*:\s*(.*)$/i;
/** The answer as Moodle reads it: one letter, which may be followed by `)` or `.` and the option's text. */
const ANSWER_LETTER = /^([A-Za-z])(?:[.)].*|\s.*)?$/;
const SEVERAL_LETTERS = /^[A-Za-z](?:\s*[,;&/]\s*[A-Za-z]|\s+(?:and|&)\s+[A-Za-z])+$/i;

interface Draft {
  line: number;
  text: string[];
  options: Array<{ letter: string; text: string; line: number }>;
}

function optionOf(raw: string): { letter: string; text: string } | null {
  const m = OPTION.exec(raw);
  if (!m) return null;
  return { letter: (m[1] ?? m[2] ?? '').toUpperCase(), text: (m[3] ?? '').trim() };
}

/**
 * Reads Aiken: question text, lettered options (`A.` or `A)`, with or without
 * a space), then `ANSWER: X`, as Moodle's reader accepts them. Aiken holds
 * single-choice questions only, so that is what every item becomes. Question
 * text may run over several lines here; Moodle takes one.
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
    const trimmed = raw.trim();
    if (trimmed === '') {
      if (draft && draft.options.length > 0) {
        finishUnanswered(draft);
        draft = null;
      }
      continue;
    }
    // Moodle skips lines shorter than two characters (a stray "-" or "."); so does this reader.
    if (trimmed.length < 2) continue;
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
    const option = optionOf(raw);
    if (option && draft && draft.text.length > 0) {
      draft.options.push({ ...option, line: lineNo });
      continue;
    }
    if (!draft) {
      draft = { line: lineNo, text: [trimmed], options: [] };
      continue;
    }
    if (draft.options.length > 0) {
      // Text after the options that is not an ANSWER line: the question was never closed.
      finishUnanswered(draft);
      draft = { line: lineNo, text: [trimmed], options: [] };
      continue;
    }
    draft.text.push(trimmed);
  }
  if (draft) finishUnanswered(draft);
  return { items, problems: [] };
}

/** Why an ANSWER line's value names no single option letter, or null when it does. */
function answerProblem(value: string): string | null {
  if (value === '') return 'the "ANSWER:" line names no option; write the letter, as in ANSWER: B';
  if (SEVERAL_LETTERS.test(value))
    return `Aiken questions have one correct option, and "ANSWER: ${value}" names several; use GIFT or CSV for multiple response`;
  if (!ANSWER_LETTER.test(value))
    return `the answer "${value}" is not an option letter; write the letter, as in ANSWER: B`;
  return null;
}

function finish(d: Draft, value: string, line: number, column: number): ParsedItem {
  const label = d.text[0] ?? null;
  const at = { line: d.line, column: 1, label };
  if (d.options.length === 0) {
    const looksLikeOption = optionOf(d.text[0] ?? '') !== null;
    return skippedItem(
      looksLikeOption
        ? `no question before the options: line ${d.line} reads as option "${label ?? ''}", and the ANSWER line ${line} closes nothing`
        : `the question has no options before its ANSWER line (line ${line}); write them as A) text, B) text`,
      at,
    );
  }
  if (d.options.length < 2) {
    return skippedItem(
      `options: a question needs at least 2 options, and this one has 1 before its ANSWER line (line ${line})`,
      at,
      'options',
    );
  }
  for (const [i, o] of d.options.entries()) {
    if (o.letter !== optionIdAt(i).toUpperCase()) {
      return skippedItem(
        `option letters must run A, B, C…; line ${o.line} has "${o.letter}" where "${optionIdAt(i).toUpperCase()}" was expected`,
        { ...at, line: o.line },
      );
    }
  }
  const problem = answerProblem(value);
  if (problem) return skippedItem(problem, { line, column, label });
  const key = value.charAt(0).toLowerCase();
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
  if (splitLines(q.text).some((l) => l.trim().length < 2 || OPTION.test(l) || ANSWER.test(l)))
    return 'the question text has a blank or one-character line, or a line that reads as an option or ANSWER';
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
