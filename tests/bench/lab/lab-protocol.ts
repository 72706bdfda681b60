import { createHash } from 'node:crypto';

/**
 * What the lab harness and its device processes say to each other over the
 * IPC channel of `child_process.fork`: requests with an id, answered once,
 * and events the devices send as they go.
 */

export interface DeviceSetup {
  dataDir: string;
  url: string;
  deviceName: string;
  /** The first computer makes the organisation (paper, students) and publishes it. */
  founder: boolean;
  /** The students of the whole lab, made by the founder. */
  allStudents: string[];
  /** The students who sit at this computer. */
  students: string[];
  /** The password every lab student signs in with. */
  password: string;
}

export interface ExamScript {
  testId: string;
  /** The pause between one student's saves, on average (each is drawn from half to one and a half of it). */
  paceMs: number;
  /** Answers changed after all were given once, per student. */
  revisions: number;
  seed: string;
}

/** One row as compared across the server and every computer. */
export interface AnswerRow {
  id: string;
  attemptId: string;
  questionId: string;
  optionId: string | null;
}

export interface ProctorCount {
  attemptId: string;
  answeredCount: number;
  questionCount: number;
  status: string;
}

export interface DeviceRows {
  answers: AnswerRow[];
  attempts: Array<{ id: string; status: string | null }>;
  proctor: ProctorCount[];
}

export interface SyncCounts {
  pushOk: number;
  pushFailed: number;
  pullOk: number;
  pullFailed: number;
  checkpointOk: number;
  checkpointFailed: number;
  walBytes: number;
  pending: number;
  /** When each push that worked began (wall ms), oldest first. */
  pushOkAt: number[];
  /** What the services logged, by the start of the message, and how often. */
  logs: Record<string, number>;
}

export type DeviceRequest =
  | { cmd: 'setup'; setup: DeviceSetup }
  | { cmd: 'run'; script: ExamScript }
  | { cmd: 'status' }
  | { cmd: 'syncNow' }
  | { cmd: 'digest'; testId: string }
  | { cmd: 'rows'; testId: string }
  | { cmd: 'close' };

export type DeviceReply =
  | { testId: string | null }
  | { started: number }
  | SyncCounts
  | { digest: string; answers: number }
  | DeviceRows
  | null;

export interface SaveAck {
  attemptId: string;
  questionId: string;
  optionId: string;
  /** Wall time the acknowledgement came back. */
  ackAt: number;
  latencyMs: number;
}

export type DeviceEvent =
  | { event: 'save'; ack: SaveAck }
  | { event: 'saveError'; message: string }
  | { event: 'submitted'; attemptId: string; status: string; at: number }
  | { event: 'done'; device: string }
  | { event: 'log'; message: string };

export type ToDevice = { id: number } & DeviceRequest;
export type FromDevice =
  | { id: number; ok: true; value: DeviceReply }
  | { id: number; ok: false; error: string }
  | DeviceEvent;

/**
 * The lab's rows as compared: each answer's attempt, question and chosen
 * option, and each attempt's status, in one order, hashed; the same on every
 * computer and on the server when they agree.
 */
export function answersDigest(
  answers: ReadonlyArray<Omit<AnswerRow, 'id'>>,
  attempts: ReadonlyArray<{ id: string; status: string | null }>,
): string {
  const lines = [
    ...answers.map((r) => `${r.attemptId}/${r.questionId}=${r.optionId ?? ''}`),
    ...attempts.map((a) => `${a.id}:${a.status ?? ''}`),
  ].sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

/** The option a stored single-choice answer holds, or null for a row with no answer. */
export function optionOf(stored: string | null): string | null {
  if (stored === null) return null;
  const value = JSON.parse(stored) as { optionId?: unknown };
  return typeof value.optionId === 'string' ? value.optionId : null;
}
