import { BoundedWriteCancelled } from '@db/bounded-writes';
import { nowIsoOf } from '@db/env';
import { mutate } from '@db/mutation';
import { contentToColumns } from '@db/repositories/question-mapping';
import {
  importRowBytes,
  insertQuestionBatch,
  duplicateMacOf,
  liveDuplicateMacs,
  type ImportRow,
} from '@db/repositories/question-import';
import { setImportLive } from '@db/repositories/staged-imports';
import type { TenantContext } from '@db/tenant';
import type { ImportItemReport, ImportReport } from '@shared/domain/imports';
import type { InterchangeFormat } from '@shared/interchange/types';
import { requireWithinLimit } from '../billing/entitlements';
import type { ServiceEnv } from '../service-env';
import { readQuestionFileOffThread } from '../files/read-off-thread';
import { sanitiseQuestion } from './sanitise-question';
import { ApiError } from '@shared/api/result';
import type { QuestionContent } from '@shared/domain/questions';
import type { EmbeddedMedia, ParsedItem } from '@shared/interchange/types';
import { performance } from 'node:perf_hooks';
import { runningImports } from '../imports/running-imports';
import {
  mediaToStore,
  recordImportMedia,
  requireImportMediaRoom,
  storeImportMediaChunks,
} from '../media/import-media';
import { stageThenGoLive } from '../imports/staging';
import { stagedUploads } from '../imports/staged-uploads';
import { clippedMessage } from '@shared/interchange/limits';

export interface QuestionImportInput {
  format: InterchangeFormat;
  fileName: string;
  /** The file sent whole; or `uploadId`, a staged upload of this session. */
  base64?: string | undefined;
  uploadId?: string | undefined;
  /** Import the valid items even when some are skipped (the author has seen the report). */
  skipInvalid: boolean;
  /** Leave out questions identical to ones already in the bank. */
  skipDuplicates: boolean;
  /** Tags added to every imported question. */
  extraTags: string[];
  progressToken?: string | undefined;
}

/** An item's content as it may be stored, or why it cannot be (named by field, as a skipped item is). */
function sanitisedOrRefusal(
  content: QuestionContent,
): { content: QuestionContent } | { refusal: { message: string; field: string | null } } {
  try {
    return { content: sanitiseQuestion(content, '') };
  } catch (error) {
    if (error instanceof ApiError)
      return { refusal: { message: error.message, field: error.field ?? null } };
    throw error;
  }
}

const yieldToEvents = () => new Promise<void>((resolve) => setImmediate(resolve));

/** How long checking items may hold the event loop before it gives other work a turn. */
const CHECK_SLICE_MS = 4;

interface Planned {
  report: ImportReport;
  rows: ImportRow[];
  /** Files the file carries, checked in the reader's thread, ready to store with the rows that show them. */
  embedded: EmbeddedMedia[];
}

/** The file's bytes: sent whole as base64, or staged by this session in chunks before. */
function importFileBytes(
  tenant: TenantContext,
  input: QuestionImportInput,
  sessionKey: string,
): Uint8Array {
  if (input.uploadId !== undefined) return stagedUploads.bytes(sessionKey, tenant, input.uploadId);
  const bytes = Buffer.from(input.base64 ?? '', 'base64');
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Reads the file and decides, item by item, what an import would do. Writes nothing. */
async function plan(
  env: ServiceEnv,
  tenant: TenantContext,
  input: QuestionImportInput,
  dryRun: boolean,
  sessionKey: string,
  progress: (
    phase: 'reading' | 'checking' | 'saving' | 'done',
    done: number,
    total: number,
  ) => void,
): Promise<Planned> {
  progress('reading', 0, 0);
  await yieldToEvents();
  const parsed = await readQuestionFileOffThread(
    input.format,
    importFileBytes(tenant, input, sessionKey),
    input.fileName,
  );
  const total = parsed.items.length;
  // Every reader's messages are quoted cut short: a hostile file can make one megabytes long.
  const problems = parsed.problems.map((p) => ({ ...p, message: clippedMessage(p.message) }));
  progress('checking', 0, total);
  await yieldToEvents();
  const existing = input.skipDuplicates
    ? await liveDuplicateMacs(env.db(), tenant)
    : new Set<string>();
  const seen = new Set<string>();
  const rows: ImportRow[] = [];
  const checkItem = (item: ParsedItem, i: number): ImportItemReport => {
    const base = {
      index: i + 1,
      line: item.line,
      column: item.column,
      label: item.label,
      warnings: item.warnings,
    };
    const skip = (reason: string, field: string | null): ImportItemReport => ({
      ...base,
      status: 'skipped',
      reason,
      field,
      type: null,
      excerpt: null,
      questionId: null,
    });
    if (!item.ok) return skip(clippedMessage(item.reason), item.field ?? null);
    const cleaned = sanitisedOrRefusal(item.content);
    if ('refusal' in cleaned) return skip(cleaned.refusal.message, cleaned.refusal.field);
    const content = {
      ...cleaned.content,
      tags: [...new Set([...cleaned.content.tags, ...input.extraTags])].slice(0, 30),
    };
    const excerpt = content.text.slice(0, 120);
    if (input.skipDuplicates) {
      const fp = duplicateMacOf(tenant.clientId, contentToColumns(content));
      if (existing.has(fp) || seen.has(fp)) {
        return {
          ...base,
          status: 'duplicate',
          reason: existing.has(fp)
            ? 'the bank already has this question'
            : 'the same question appears earlier in the file',
          field: null,
          type: content.type,
          excerpt,
          questionId: null,
        };
      }
      seen.add(fp);
    }
    const id = env.ids();
    rows.push({ id, versionId: env.ids(), content });
    return {
      ...base,
      status: dryRun ? 'would_import' : 'imported',
      reason: null,
      field: null,
      type: content.type,
      excerpt,
      questionId: dryRun ? null : id,
    };
  };
  // Sanitising HTML takes a while per question: the event loop gets a turn every few
  // milliseconds, so answer saves and exam clocks go on while a big import is checked.
  const items: ImportItemReport[] = [];
  let sliceStart = performance.now();
  for (const [i, item] of parsed.items.entries()) {
    items.push(checkItem(item, i));
    if (performance.now() - sliceStart > CHECK_SLICE_MS) {
      await yieldToEvents();
      sliceStart = performance.now();
    }
  }
  const skipped = items.filter((i) => i.status === 'skipped').length;
  const duplicates = items.filter((i) => i.status === 'duplicate').length;
  let rejection: string | null = null;
  if (problems.length > 0 && total === 0) rejection = problems.map((p) => p.message).join('; ');
  else if (total === 0) rejection = 'the file has no questions';
  else if (skipped > 0 && !input.skipInvalid)
    rejection = `${skipped} of ${total} item${total === 1 ? '' : 's'} cannot be imported; fix them, or import the rest and skip these`;
  else if (rows.length === 0) rejection = 'nothing new to import';
  return {
    rows: rejection ? [] : rows,
    embedded: rejection ? [] : (parsed.embedded ?? []),
    report: {
      importId: env.ids(),
      format: input.format,
      fileName: input.fileName,
      dryRun,
      committed: false,
      rejection,
      counts: {
        total,
        imported: rejection || dryRun ? 0 : rows.length,
        importable: rows.length,
        skipped,
        duplicates,
      },
      problems,
      items: rejection
        ? items.map((i) =>
            i.status === 'imported' || i.status === 'would_import'
              ? { ...i, status: 'would_import' as const, questionId: null }
              : i,
          )
        : items,
    },
  };
}

function progressSender(env: ServiceEnv, sessionKey: string, progressToken: string | undefined) {
  return (phase: 'reading' | 'checking' | 'saving' | 'done', done: number, total: number) => {
    if (progressToken)
      env.events.emit('import.progress', { progressToken, phase, done, total }, sessionKey);
  };
}

/** What importing the file would do, item by item. Nothing is written. */
export async function previewQuestionImport(
  env: ServiceEnv,
  tenant: TenantContext,
  input: QuestionImportInput,
  sessionKey: string,
): Promise<ImportReport> {
  const progress = progressSender(env, sessionKey, input.progressToken);
  const { report } = await plan(env, tenant, input, true, sessionKey, progress);
  if (!report.rejection) {
    try {
      await requireWithinLimit(env.db(), tenant, 'max_questions', report.counts.importable);
    } catch (error) {
      report.rejection = error instanceof Error ? error.message : 'over the plan limit';
    }
  }
  progress('done', report.counts.total, report.counts.total);
  return report;
}

const CANCELLED = 'the import was cancelled; nothing was saved';

/**
 * Imports a file's questions, all or none: they are written in bounded
 * transactions (each small enough to push) under an import that hides them,
 * and one small final commit with the audit row makes them all visible at
 * once. A refused, failed or cancelled import leaves nothing visible, and an
 * import cut off by a crash is cleaned away at the next start. A rejected or
 * cancelled import is audited too, saying why.
 */
export async function importQuestions(
  env: ServiceEnv,
  tenant: TenantContext,
  input: QuestionImportInput,
  sessionKey: string,
): Promise<ImportReport> {
  const progress = progressSender(env, sessionKey, input.progressToken);
  const running = runningImports.start(sessionKey, input.progressToken);
  try {
    const { report, rows, embedded } = await plan(env, tenant, input, false, sessionKey, progress);
    if (report.rejection !== null) {
      const refused = await auditRefusal(env, tenant, input, report);
      progress('done', report.counts.total, report.counts.total);
      return refused;
    }
    // Over the plan limit: refused before anything is staged (and checked again at the final commit).
    await requireWithinLimit(env.db(), tenant, 'max_questions', rows.length);
    const media = await mediaToStore(
      env,
      tenant,
      embedded,
      rows.map((r) => r.content),
    );
    await requireImportMediaRoom(env, tenant, media);
    const nowIso = nowIsoOf(env);
    try {
      const result = await stageThenGoLive(
        env,
        tenant,
        { id: report.importId, kind: 'questions' },
        rows,
        {
          weigh: importRowBytes,
          write: (tx, chunk, importId) =>
            insertQuestionBatch(tx.db, tenant, chunk, {
              nowIso,
              deviceId: env.deviceId,
              importId,
            }),
          afterChunk: (done) => progress('saving', done, rows.length),
          afterRows: () => storeImportMediaChunks(env, tenant, media, running.signal),
          signal: running.signal,
        },
        () =>
          mutate(env, tenant, async (tx) => {
            await requireWithinLimit(tx, tenant, 'max_questions', rows.length);
            await recordImportMedia(tx, tenant, media, nowIso);
            await setImportLive(tx, tenant, report.importId, nowIso);
            return {
              value: { ...report, committed: true },
              audit: importAudit('questions.import', input, report, rows.length, media.length),
            };
          }),
      );
      // The file's bytes are no longer needed once its questions are in the bank.
      if (input.uploadId !== undefined) stagedUploads.discard(sessionKey, tenant, input.uploadId);
      progress('done', report.counts.total, report.counts.total);
      return result;
    } catch (error) {
      if (!(error instanceof BoundedWriteCancelled)) throw error;
      const cancelled = await auditRefusal(env, tenant, input, refusedReport(report, CANCELLED));
      progress('done', report.counts.total, report.counts.total);
      return cancelled;
    }
  } finally {
    running.finish();
  }
}

/** Tells this session's running import with this token to stop; true when one was running. */
export function cancelQuestionImport(sessionKey: string, progressToken: string): boolean {
  return runningImports.cancel(sessionKey, progressToken);
}

/** The report of an import that saved nothing: every item it would have saved shown as such. */
function refusedReport(report: ImportReport, rejection: string): ImportReport {
  return {
    ...report,
    rejection,
    counts: { ...report.counts, imported: 0 },
    items: report.items.map((i) =>
      i.status === 'imported' ? { ...i, status: 'would_import' as const, questionId: null } : i,
    ),
  };
}

function importAudit(
  action: 'questions.import' | 'questions.import_rejected',
  input: QuestionImportInput,
  report: ImportReport,
  imported: number,
  mediaStored = 0,
) {
  return {
    action,
    resourceType: 'question_import',
    resourceId: report.importId,
    // One row for the whole file: what was read and what came of it.
    changes: {
      import: [
        null,
        {
          format: input.format,
          fileName: input.fileName,
          ...report.counts,
          imported,
          ...(mediaStored > 0 && { mediaStored }),
          ...(report.rejection && { rejection: clippedMessage(report.rejection) }),
          ...(input.extraTags.length > 0 && { extraTags: input.extraTags }),
        },
      ],
    },
  };
}

/** A refused or cancelled import saves nothing but its audit row. */
async function auditRefusal(
  env: ServiceEnv,
  tenant: TenantContext,
  input: QuestionImportInput,
  report: ImportReport,
): Promise<ImportReport> {
  return mutate(env, tenant, () =>
    Promise.resolve({
      value: { ...report, committed: false },
      audit: importAudit('questions.import_rejected', input, report, 0),
    }),
  );
}
