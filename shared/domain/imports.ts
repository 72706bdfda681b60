import type { QuestionType } from './questions';
import type { ExportLostPart, FileProblem, InterchangeFormat } from '../interchange/types';

export type ImportItemStatus = 'imported' | 'would_import' | 'skipped' | 'duplicate';

/** One item of an import, as the report shows it. */
export interface ImportItemReport {
  /** 1-based position of the item in the file. */
  index: number;
  line: number | null;
  column: number | null;
  label: string | null;
  status: ImportItemStatus;
  /** Why it was skipped, naming the field where there is one. */
  reason: string | null;
  field: string | null;
  warnings: string[];
  type: QuestionType | null;
  /** The start of the question text. */
  excerpt: string | null;
  questionId: string | null;
}

export interface ImportReport {
  importId: string;
  format: InterchangeFormat;
  fileName: string;
  dryRun: boolean;
  /** True when the questions were saved; an import saves all of its items or none. */
  committed: boolean;
  /** Why nothing was saved, when it was not. */
  rejection: string | null;
  /** imported: saved (0 in a preview or a refused import); importable: what would be saved. */
  counts: {
    total: number;
    imported: number;
    importable: number;
    skipped: number;
    duplicates: number;
  };
  problems: FileProblem[];
  items: ImportItemReport[];
}

/** Progress of a long import, sent as events to the window that asked. */
export interface ImportProgress {
  progressToken: string;
  phase: 'reading' | 'checking' | 'saving' | 'done';
  done: number;
  total: number;
}

export interface ExportFile {
  fileName: string;
  mimeType: string;
  /** Base64 of the file's bytes. */
  base64: string;
  count: number;
  skipped: Array<{ questionId: string; reason: string }>;
  /** Questions written without something the format has no place for (GIFT and combined feedback), and what. */
  warnings: Array<{
    questionId: string;
    /** In English, for the command line and the audit. */
    reason: string;
    /** The parts left out, by name, for screens to say in their language. */
    lost: ExportLostPart[];
    /** The start of the question's text, so the author knows which question it is. */
    excerpt: string;
  }>;
}

/** Where a staged upload of an import file stands. */
export interface ImportUploadProgress {
  uploadId: string;
  /** Bytes received so far; the next chunk starts here. */
  received: number;
  /** The file's size, as declared when the upload started. */
  size: number;
}

/** A file picked in the desktop app's open dialog, staged as an upload for the check and the import. */
export interface ImportPicked {
  uploadId: string;
  fileName: string;
  size: number;
}
