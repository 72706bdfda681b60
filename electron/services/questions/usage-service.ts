import { getQuestion } from '@db/repositories/questions';
import { listTestsUsingQuestion } from '@db/repositories/tests';
import type { TenantContext } from '@db/tenant';
import type { TestUsingQuestion } from '@shared/domain/tests';
import type { ServiceEnv } from '../service-env';

/** The tests a question is in; a question of another organisation is not found. */
export async function readQuestionUsage(
  env: ServiceEnv,
  tenant: TenantContext,
  questionId: string,
): Promise<{ tests: TestUsingQuestion[] }> {
  const db = env.db();
  await getQuestion(db, tenant, questionId);
  return { tests: await listTestsUsingQuestion(db, tenant, questionId) };
}
