import { and, eq, isNull, sql } from 'drizzle-orm';
import type { ProctorTest } from '@shared/domain/exam';
import {
  defaultOrderingCredit,
  orderingCreditSchema,
  type OrderingCredit,
} from '@shared/domain/tests';
import type { Db } from '../client';
import { toBool } from '../rows';
import { attempts, tests } from '../schema/index';
import type { TenantContext } from '../tenant';
import type { OrgScope } from './devices';

/**
 * What sitting an exam reads of a test besides its row: the settings the
 * clock and the scorer need, and the proctor console's list.
 */

/**
 * Whether a test asks for a start code, read without the deleted filter: an
 * attempt running when its test is deleted is still proctored. False for a
 * test the organisation does not have.
 */
export async function startCodeRequiredOf(
  db: Db,
  scope: OrgScope,
  testId: string,
): Promise<boolean> {
  const rows = await db
    .select({ required: tests.startCodeRequired })
    .from(tests)
    .where(and(eq(tests.id, testId), eq(tests.clientId, scope.clientId)))
    .limit(1);
  return toBool(rows[0]?.required);
}

/**
 * How a test scores: whether wrong answers take marks off, and how ordering
 * questions earn marks. Read without the deleted filter: a test deleted
 * mid-exam still grades by its settings. The defaults for a test the
 * organisation does not have.
 */
export async function scoringOptionsOf(
  db: Db,
  scope: OrgScope,
  testId: string,
): Promise<{ negativeMarking: boolean; orderingCredit: OrderingCredit }> {
  const rows = await db
    .select({ negativeMarking: tests.negativeMarking, orderingCredit: tests.orderingCredit })
    .from(tests)
    .where(and(eq(tests.id, testId), eq(tests.clientId, scope.clientId)))
    .limit(1);
  return {
    negativeMarking: toBool(rows[0]?.negativeMarking),
    orderingCredit: orderingCreditSchema
      .catch(defaultOrderingCredit)
      .parse(rows[0]?.orderingCredit ?? defaultOrderingCredit),
  };
}

/** The organisation's published tests, by name, with their start-code state and attempts in progress. */
export async function listProctorTests(db: Db, tenant: TenantContext): Promise<ProctorTest[]> {
  const rows = await db
    .select({
      id: tests.id,
      name: tests.testName,
      required: tests.startCodeRequired,
      hash: tests.startCodeHash,
      timer: tests.timer,
      inProgress: sql<number>`(select count(*) from ${attempts} where ${attempts.testId} = ${tests.id} and ${attempts.status} = 'in_progress' and ${attempts.clientId} = ${tenant.clientId})`,
    })
    .from(tests)
    .where(
      and(
        eq(tests.clientId, tenant.clientId),
        eq(tests.status, 'published'),
        isNull(tests.deletedAt),
      ),
    )
    .orderBy(tests.testName);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    startCodeRequired: toBool(r.required),
    startCodeSet: r.hash !== null,
    timerMinutes: r.timer,
    inProgress: r.inProgress,
  }));
}
