import { strToU8, zipSync } from 'fflate';
import { questionsForExport } from '@db/repositories/question-export';
import type { QuestionFilter } from '@db/repositories/questions';
import type { TenantContext } from '@db/tenant';
import { invalid } from '@shared/api/result';
import type { ExportFile } from '@shared/domain/imports';
import { questionContentSchema } from '@shared/domain/questions';
import { writeAiken } from '@shared/interchange/aiken';
import { writeQuestionCsv } from '@shared/interchange/csv';
import { writeGift } from '@shared/interchange/gift';
import { writeQtiPackage } from '@shared/interchange/qti';
import type {
  ExportQuestion,
  ExportSkip,
  ExportWarning,
  InterchangeFormat,
} from '@shared/interchange/types';
import { plainTextOf } from '@shared/content/plain-text';
import type { ServiceEnv } from '../service-env';
import { exportMediaOf } from './export-media';
import { exportMoodleXml } from './moodle-export';

const EXTENSIONS: Record<InterchangeFormat, { ext: string; mime: string }> = {
  gift: { ext: 'gift.txt', mime: 'text/plain; charset=utf-8' },
  'moodle-xml': { ext: 'moodle.xml', mime: 'application/xml; charset=utf-8' },
  aiken: { ext: 'aiken.txt', mime: 'text/plain; charset=utf-8' },
  csv: { ext: 'csv', mime: 'text/csv; charset=utf-8' },
  qti: { ext: 'qti.zip', mime: 'application/zip' },
};

/** The start of a question's text as plain words, to name it in a warning. */
function excerptOf(questions: readonly ExportQuestion[], id: string): string {
  const q = questions.find((e) => e.id === id)?.content;
  if (!q) return '';
  const words = plainTextOf(q.format, q.text)
    .replace(/\{\{gap:[A-Za-z0-9_-]+\}\}/g, '___')
    .replace(/\s+/g, ' ')
    .trim();
  return words.length > 80 ? `${words.slice(0, 79)}…` : words;
}

/**
 * Writes the chosen questions in one format. A question that fails today's
 * rules (a row synced from an older client with no key) is skipped and named.
 */
export async function exportQuestions(
  env: ServiceEnv,
  tenant: TenantContext,
  input: {
    format: InterchangeFormat;
    ids?: string[] | undefined;
    filter?: QuestionFilter | undefined;
  },
): Promise<ExportFile> {
  const records = await questionsForExport(env.db(), tenant, input);
  if (records.length === 0) throw invalid(input.ids ? 'ids' : 'filter', 'questions.noMatch');
  const skipped: ExportSkip[] = [];
  const warnings: ExportWarning[] = [];
  const questions: ExportQuestion[] = [];
  for (const r of records) {
    const parsed = questionContentSchema.safeParse(r);
    if (parsed.success) questions.push({ id: r.id, content: parsed.data });
    else
      skipped.push({
        questionId: r.id,
        reason: `not valid: ${parsed.error.issues[0]?.message ?? 'unknown'}`,
      });
  }
  const stamp = new Date(env.clock.nowMs()).toISOString().slice(0, 10);
  const { ext, mime } = EXTENSIONS[input.format];
  let bytes: Uint8Array;
  if (input.format === 'qti') {
    const media = await exportMediaOf(env, tenant, questions);
    const pkg = writeQtiPackage(questions, `exam-desk-${stamp}-${env.ids()}`, media);
    skipped.push(...pkg.skipped);
    bytes = zipSync({
      ...Object.fromEntries(Object.entries(pkg.files).map(([path, text]) => [path, strToU8(text)])),
      ...pkg.media,
    });
  } else if (input.format === 'moodle-xml') {
    const out = await exportMoodleXml(env, tenant, questions);
    skipped.push(...out.skipped);
    bytes = strToU8(out.text);
  } else if (input.format === 'gift') {
    const out = writeGift(questions);
    skipped.push(...out.skipped);
    warnings.push(...out.warnings);
    bytes = strToU8(out.text);
  } else {
    const out = (input.format === 'aiken' ? writeAiken : writeQuestionCsv)(questions);
    skipped.push(...out.skipped);
    bytes = strToU8(out.text);
  }
  return {
    fileName: `question-bank-${stamp}.${ext}`,
    mimeType: mime,
    base64: Buffer.from(bytes).toString('base64'),
    count: records.length - skipped.length,
    skipped,
    warnings: warnings.map((w) => ({ ...w, excerpt: excerptOf(questions, w.questionId) })),
  };
}
