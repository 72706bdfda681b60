import {
  emptyRescueTables,
  firstRescueImport,
  registeredSigningKeys,
  writeRescueRows,
} from '@db/backup/rescue-rows';
import { SECOND_TENANT_DEVICE } from '../../helpers/second-tenant';
import type { ValueCase } from './admin-repository-cases';
import type { ByIdCase } from './repository-cases';

/** What only organisation B has here (written in backup-queries.test.ts before the cases run). */
export const B_SIGNING_KEY = 'signing-key-of-southfield';
export const B_RESCUE_ID = 'rescue-of-southfield';

/**
 * The audit-trail reads a rescue import makes. Run in backup-queries.test.ts
 * on a world where B's device registered a signing key and B imported a
 * rescue file.
 */
export const backupValueCases: ValueCase[] = [
  {
    fn: 'registeredSigningKeys',
    label: "B's device",
    values: (w, t) => registeredSigningKeys(w.db, t.clientId, SECOND_TENANT_DEVICE),
    isB: (_w, v) => v === B_SIGNING_KEY,
  },
  {
    fn: 'firstRescueImport',
    label: "B's rescue file",
    values: async (w, t) =>
      (await firstRescueImport(w.db, t.clientId, B_RESCUE_ID)) === null ? [] : [B_RESCUE_ID],
    isB: (_w, v) => v === B_RESCUE_ID,
  },
];

const later = '2099-01-01T00:00:00.000Z';

/** Rows a rescue file could carry that name B's objects: A's import finds none of them and writes nothing. */
export const backupByIdCases: ByIdCase[] = [
  {
    fn: 'writeRescueRows',
    label: "B's attempt, claimed for A",
    run: (w) =>
      w.transaction(({ db }) =>
        writeRescueRows(db, w.a.clientId, {
          ...emptyRescueTables(),
          attempts: [{ id: w.b.attemptId, client_id: w.a.clientId, updated_at: later }],
        }),
      ),
  },
  {
    fn: 'writeRescueRows',
    label: 'a new attempt filed under B',
    run: (w) =>
      w.transaction(({ db }) =>
        writeRescueRows(db, w.a.clientId, {
          ...emptyRescueTables(),
          attempts: [
            {
              id: '0190e6a0-0000-7000-8000-0000000f0001',
              client_id: w.b.clientId,
              test_id: w.b.testId,
              student_id: w.b.studentId,
              updated_at: later,
            },
          ],
        }),
      ),
  },
  {
    fn: 'writeRescueRows',
    label: "B's answer, claimed for A",
    run: (w) =>
      w.transaction(({ db }) =>
        writeRescueRows(db, w.a.clientId, {
          ...emptyRescueTables(),
          attempt_answers: [{ id: w.b.answerId, client_id: w.a.clientId, updated_at: later }],
        }),
      ),
  },
];

export function backupCoveredFunctionNames(): string[] {
  return [...backupValueCases.map((c) => c.fn), ...backupByIdCases.map((c) => c.fn)];
}
