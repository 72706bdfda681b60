import { z } from 'zod';
import {
  questionContentSchema,
  questionTypeLabels,
  type QuestionContent,
  type QuestionContentInput,
  type QuestionType,
} from '../domain/questions';

/** The question formats the bank reads and writes. */
export const interchangeFormats = ['gift', 'moodle-xml', 'aiken', 'csv', 'qti'] as const;
export const interchangeFormatSchema = z.enum(interchangeFormats);
export type InterchangeFormat = z.infer<typeof interchangeFormatSchema>;

export const interchangeFormatLabels: Record<InterchangeFormat, string> = {
  gift: 'GIFT (Moodle)',
  'moodle-xml': 'Moodle XML',
  aiken: 'Aiken',
  csv: 'CSV',
  qti: 'QTI 3.0 package',
};

/** Where an item sits in its file, as far as the format can say. */
export interface SourcePosition {
  line: number | null;
  column: number | null;
}

/** One item read from a file: a question to import, or the reason it cannot be. */
export type ParsedItem = SourcePosition & {
  /** The item's own name in the file (GIFT title, QTI identifier, CSV row), for the report. */
  label: string | null;
  warnings: string[];
} & (
    | { ok: true; content: QuestionContent }
    | { ok: false; reason: string; field?: string | undefined }
  );

/** Problems with the file as a whole (not UTF-8, not a zip), reported instead of items. */
export interface FileProblem extends SourcePosition {
  message: string;
}

/** An image or audio file a question refers to as `media:<hash>`, carried in the file itself. */
export interface ImportedMedia {
  /** SHA-256 of the bytes in lower-case hex, as the question's `src` names it. */
  hash: string;
  /** Where it came from in the file (a package path, or "data: URL in line 4"), for the report. */
  name: string;
  bytes: Uint8Array;
}

export interface ParsedFile {
  items: ParsedItem[];
  problems: FileProblem[];
  /**
   * Media a GIFT or QTI reader found, once each (data: URLs, a package's files), not checked
   * yet: the import's reader thread checks them as uploads are checked and hands them on as
   * `embedded` (electron/services/files/carried-media.ts), so an import never sees this field.
   */
  media?: ImportedMedia[];
  /** Files the import carries, checked as uploads are; items refer to them as `media:<sha256>`. */
  embedded?: EmbeddedMedia[];
}

/** What a reader needs from its host to turn embedded files into media: a SHA-256 in hex, and base64. */
export interface MediaHasher {
  sha256: (bytes: Uint8Array) => string;
  /** The bytes of base64 text, or null when it is not base64. */
  base64: (text: string) => Uint8Array | null;
}

/** An embedded file read from an import, checked by its bytes and sanitised. */
export interface EmbeddedMedia {
  sha256: string;
  mime: string;
  bytes: Uint8Array;
}

/**
 * Checks a question built by a reader against the same rules the editor uses,
 * turning the first rule broken into a skip reason that names the field.
 */
export function checkedItem(
  draft: QuestionContentInput,
  at: SourcePosition & { label: string | null; warnings?: string[] },
): ParsedItem {
  const parsed = questionContentSchema.safeParse(draft);
  const base = { line: at.line, column: at.column, label: at.label, warnings: at.warnings ?? [] };
  if (parsed.success) return { ...base, ok: true, content: parsed.data };
  const issue = parsed.error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : undefined;
  return {
    ...base,
    ok: false,
    reason: `${field ?? 'question'}: ${issue?.message ?? 'is not valid'}`,
    field,
  };
}

export function skippedItem(
  reason: string,
  at: SourcePosition & { label: string | null; warnings?: string[] },
  field?: string,
): ParsedItem {
  return {
    line: at.line,
    column: at.column,
    label: at.label,
    warnings: at.warnings ?? [],
    ok: false,
    reason,
    ...(field !== undefined && { field }),
  };
}

/** Option ids are letters by position, so every format round-trips them. */
export const optionIdAt = (index: number): string => String.fromCharCode(97 + index);

/** What an export could not write, by question. */
export interface ExportSkip {
  questionId: string;
  reason: string;
}

/** Parts of a question a format has no place for, which its export writes without. */
export const exportLostParts = [
  'gap_feedback',
  'correct_feedback',
  'partial_feedback',
  'incorrect_feedback',
] as const;
export type ExportLostPart = (typeof exportLostParts)[number];

const lostPartWords: Record<ExportLostPart, string> = {
  gap_feedback: 'the gap feedback',
  correct_feedback: 'the correct-answer feedback',
  partial_feedback: 'the partial-answer feedback',
  incorrect_feedback: 'the incorrect-answer feedback',
};

/** A question written without parts the format has no place for: which parts, in words and by name. */
export interface ExportWarning extends ExportSkip {
  lost: ExportLostPart[];
}

export const exportWarning = (
  questionId: string,
  formatName: string,
  lost: ExportLostPart[],
): ExportWarning => ({
  questionId,
  reason: `${formatName} has no place for ${lost.map((p) => lostPartWords[p]).join(' or ')}`,
  lost,
});

/** Why a question was left out of an export that carries its media: some are not here. */
export const missingMediaReason = (count: number): string =>
  `${count === 1 ? 'an image or clip it shows is' : `${count} images or clips it shows are`} not on this computer yet`;

/** A question as the writers take it. */
export interface ExportQuestion {
  id: string;
  content: QuestionContent;
}

/** Question types no interchange format reads or writes yet. */
const notYetExchanged: ReadonlySet<QuestionType> = new Set<QuestionType>([
  'matching',
  'ordering',
  'cloze',
  'description',
]);

export function notYetExchangedReason(type: QuestionType): string | null {
  return notYetExchanged.has(type)
    ? `${questionTypeLabels[type]} questions cannot be imported or exported yet`
    : null;
}

/** Splits what a writer can write from what it lists as skipped, with why. */
export function exportableQuestions(questions: readonly ExportQuestion[]): {
  exportable: ExportQuestion[];
  skipped: ExportSkip[];
} {
  const exportable: ExportQuestion[] = [];
  const skipped: ExportSkip[] = [];
  for (const q of questions) {
    const reason = notYetExchangedReason(q.content.type);
    if (reason === null) exportable.push(q);
    else skipped.push({ questionId: q.id, reason });
  }
  return { exportable, skipped };
}

/** For writers' exhaustive switches: the types `exportableQuestions` has already set aside. */
export function notYetExchangedError(type: QuestionType): Error {
  return new Error(notYetExchangedReason(type) ?? `${type} questions cannot be exported`);
}
