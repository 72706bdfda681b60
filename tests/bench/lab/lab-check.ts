import type { DeviceRows } from './lab-protocol';

/** What the lab's students were told was saved: each attempt's last acknowledged option per question, and how each attempt ended. */
export interface LabTruth {
  answers: Map<string, string>;
  statuses: Map<string, string>;
  questionCount: number;
}

export const answerKey = (attemptId: string, questionId: string) => `${attemptId}/${questionId}`;

export interface LabFindings {
  /** Acknowledged answers missing, or holding an older value, counted on the server and on each computer. */
  lost: number;
  /** Answer rows beyond one per attempt and question, on the server and on each computer. */
  duplicates: number;
  /** Rows a computer holds differently from the server, or not at all, over all computers. */
  mismatched: number;
  /** Attempts a proctor console shows with counts or status other than the truth, over all computers. */
  proctorMismatched: number;
  /** One line per kind of finding, for the report. */
  notes: string[];
}

type Place = Pick<DeviceRows, 'answers' | 'attempts'>;

function lostIn(place: Place, truth: LabTruth): number {
  const held = new Map(
    place.answers.map((r) => [answerKey(r.attemptId, r.questionId), r.optionId]),
  );
  let lost = 0;
  for (const [key, optionId] of truth.answers) if (held.get(key) !== optionId) lost += 1;
  for (const [id, status] of truth.statuses) {
    if (!place.attempts.some((a) => a.id === id && a.status === status)) lost += 1;
  }
  return lost;
}

function duplicatesIn(place: Place): number {
  const keys = new Set(place.answers.map((r) => answerKey(r.attemptId, r.questionId)));
  const ids = new Set(place.attempts.map((a) => a.id));
  return place.answers.length - keys.size + (place.attempts.length - ids.size);
}

function rowSet(place: Place): Set<string> {
  return new Set([
    ...place.answers.map((r) => `${r.id}|${r.attemptId}|${r.questionId}|${r.optionId ?? ''}`),
    ...place.attempts.map((a) => `${a.id}:${a.status ?? ''}`),
  ]);
}

function mismatchedWith(server: Set<string>, place: Place): number {
  const here = rowSet(place);
  let n = 0;
  for (const row of here) if (!server.has(row)) n += 1;
  for (const row of server) if (!here.has(row)) n += 1;
  return n;
}

function proctorMismatches(rows: DeviceRows, truth: LabTruth): number {
  const given = new Map<string, number>();
  for (const key of truth.answers.keys()) {
    const attemptId = key.split('/')[0]!;
    given.set(attemptId, (given.get(attemptId) ?? 0) + 1);
  }
  const shown = new Map(rows.proctor.map((r) => [r.attemptId, r]));
  let n = 0;
  for (const [attemptId, status] of truth.statuses) {
    const row = shown.get(attemptId);
    if (
      !row ||
      row.answeredCount !== (given.get(attemptId) ?? 0) ||
      row.questionCount !== truth.questionCount ||
      row.status !== status
    ) {
      n += 1;
    }
  }
  for (const attemptId of shown.keys()) if (!truth.statuses.has(attemptId)) n += 1;
  return n;
}

/** Checks the server's rows and every computer's against the truth and each other. */
export function checkLab(
  truth: LabTruth,
  server: Place,
  devices: ReadonlyArray<{ name: string; rows: DeviceRows }>,
): LabFindings {
  const notes: string[] = [];
  const serverRows = rowSet(server);
  let lost = lostIn(server, truth);
  if (lost > 0) notes.push(`server: ${String(lost)} acknowledged answers or endings missing`);
  let duplicates = duplicatesIn(server);
  if (duplicates > 0) notes.push(`server: ${String(duplicates)} duplicate rows`);
  let mismatched = 0;
  let proctorMismatched = 0;
  for (const { name, rows } of devices) {
    const counts = {
      lost: lostIn(rows, truth),
      duplicates: duplicatesIn(rows),
      mismatched: mismatchedWith(serverRows, rows),
      proctor: proctorMismatches(rows, truth),
    };
    lost += counts.lost;
    duplicates += counts.duplicates;
    mismatched += counts.mismatched;
    proctorMismatched += counts.proctor;
    const bad = Object.entries(counts).filter(([, n]) => n > 0);
    if (bad.length > 0)
      notes.push(`${name}: ${bad.map(([k, n]) => `${k} ${String(n)}`).join(', ')}`);
  }
  return { lost, duplicates, mismatched, proctorMismatched, notes };
}
