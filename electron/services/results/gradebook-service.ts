import {
  gradebookAttempts,
  integrityCounts,
  pendingGradingCounts,
  FINISHED,
} from '@db/repositories/gradebook';
import { getTest } from '@db/repositories/tests';
import type { TenantContext } from '@db/tenant';
import type { Gradebook, GradebookRow } from '@shared/domain/results';
import { csvLine } from '@shared/interchange/csv-text';
import type { ServiceEnv } from '../service-env';

const round1 = (v: number) => Math.round(v * 10) / 10;

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/** Every attempt at a test with score, percentage, time, status, integrity events and device, and a summary. */
export async function readGradebook(
  env: ServiceEnv,
  tenant: TenantContext,
  testId: string,
): Promise<Gradebook> {
  const test = await getTest(env.db(), tenant, testId);
  const [attempts, integrity, pending] = [
    await gradebookAttempts(env.db(), tenant, testId),
    await integrityCounts(env.db(), tenant, testId),
    await pendingGradingCounts(env.db(), tenant, testId),
  ];
  const rows: GradebookRow[] = attempts.map((a) => {
    const kinds = integrity.get(a.attemptId) ?? {};
    const finished = FINISHED.includes(a.status);
    const total = a.totalMarks ?? test.totalMarks;
    const percentage =
      finished && a.score !== null && total > 0 ? round1((a.score / total) * 100) : null;
    return {
      attemptId: a.attemptId,
      studentId: a.studentId,
      studentName: a.studentName,
      studentEmail: a.studentEmail,
      attemptNo: a.attemptNo,
      status: a.status,
      score: finished ? a.score : null,
      totalMarks: total,
      percentage,
      passed:
        test.passMark !== null && percentage !== null && a.status !== 'needs_grading'
          ? percentage >= test.passMark
          : null,
      startedAt: a.startedAt,
      submittedAt: a.submittedAt,
      timeTakenMs: a.startedAt ? a.elapsedMs : null,
      integrityEvents: Object.values(kinds).reduce((s, n) => s + n, 0),
      integrityKinds: kinds,
      deviceId: a.deviceId,
      pendingGrading: pending.get(a.attemptId) ?? 0,
      testVersion: a.testVersion,
    };
  });
  const finishedRows = rows.filter((r) => FINISHED.includes(r.status) && r.percentage !== null);
  const percentages = finishedRows.map((r) => r.percentage ?? 0);
  const decided = rows.filter((r) => r.passed !== null);
  return {
    test: {
      id: test.id,
      name: test.name,
      status: test.status,
      version: test.version,
      totalMarks: test.totalMarks,
      passMark: test.passMark,
    },
    rows,
    summary: {
      attempts: rows.length,
      finished: finishedRows.length,
      mean: percentages.length
        ? round1(percentages.reduce((a, b) => a + b, 0) / percentages.length)
        : null,
      median: median(percentages),
      highest: percentages.length ? Math.max(...percentages) : null,
      lowest: percentages.length ? Math.min(...percentages) : null,
      passRate: decided.length ? decided.filter((r) => r.passed).length / decided.length : null,
      pendingGrading: rows.reduce((s, r) => s + r.pendingGrading, 0),
    },
  };
}

export const GRADEBOOK_CSV_COLUMNS = [
  'student',
  'email',
  'attempt',
  'status',
  'score',
  'total_marks',
  'percentage',
  'passed',
  'started_at',
  'submitted_at',
  'time_taken_minutes',
  'integrity_events',
  'integrity_detail',
  'device',
  'awaiting_grading',
  'test_version',
] as const;

/** The gradebook as CSV (spreadsheet-safe), for records and other systems. */
export async function gradebookCsv(
  env: ServiceEnv,
  tenant: TenantContext,
  testId: string,
): Promise<{ fileName: string; csv: string }> {
  const book = await readGradebook(env, tenant, testId);
  const lines = [GRADEBOOK_CSV_COLUMNS.join(',')];
  for (const r of book.rows) {
    lines.push(
      csvLine([
        r.studentName,
        r.studentEmail,
        r.attemptNo,
        r.status,
        r.score,
        r.totalMarks,
        r.percentage,
        r.passed === null ? '' : r.passed ? 'yes' : 'no',
        r.startedAt,
        r.submittedAt,
        r.timeTakenMs === null ? '' : round1(r.timeTakenMs / 60_000),
        r.integrityEvents,
        Object.entries(r.integrityKinds)
          .map(([k, n]) => `${k}:${n}`)
          .join(' '),
        r.deviceId,
        r.pendingGrading,
        r.testVersion,
      ]),
    );
  }
  const safeName =
    book.test.name
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase() || 'test';
  return { fileName: `gradebook-${safeName}.csv`, csv: `${lines.join('\r\n')}\r\n` };
}
