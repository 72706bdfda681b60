import { nowIsoOf } from '@db/env';
import { mutate } from '@db/mutation';
import {
  deleteAccommodation,
  findLiveAccommodation,
  getAccommodationRow,
  insertAccommodation,
  listAccommodations,
  toTerms,
  updateAccommodation,
  type AccommodationFilter,
  type AccommodationRow,
  type AccommodationValues,
} from '@db/repositories/accommodations';
import { getPerson } from '@db/repositories/profiles';
import { getTestRow } from '@db/repositories/tests';
import type { TenantContext } from '@db/tenant';
import { ApiError, invalid, notFound } from '@shared/api/result';
import { diffObjects } from '@shared/audit/diff';
import type { Accommodation, AccommodationInput } from '@shared/domain/accommodations';
import type { ServiceEnv } from '../service-env';

export function readAccommodations(
  env: ServiceEnv,
  tenant: TenantContext,
  filter: AccommodationFilter,
): Promise<Accommodation[]> {
  return listAccommodations(env.db(), tenant, filter);
}

/** What the audit trail records of an accommodation. */
const snapshot = (values: AccommodationValues): Record<string, unknown> => ({
  ...values,
});

const valuesOf = (row: AccommodationRow): AccommodationValues => ({
  ...toTerms(row),
  note: row.note,
});

/**
 * Sets a student's accommodation for every test or for one test: the live one
 * for that pair is changed, or a new one is added. Only students get them, and
 * only for a test of the same organisation.
 */
export async function setAccommodation(
  env: ServiceEnv,
  tenant: TenantContext,
  input: AccommodationInput,
): Promise<Accommodation> {
  const nowIso = nowIsoOf(env);
  const id = await mutate(env, tenant, async (tx) => {
    const student = await getPerson(tx, tenant, input.studentId).catch((error: unknown) => {
      if (error instanceof ApiError && error.code === 'NOT_FOUND')
        throw invalid('studentId', 'sentence.noSuchStudent');
      throw error;
    });
    if (student.role !== 'student')
      throw invalid('studentId', 'accommodations.notStudent', { name: student.name });
    if (input.testId !== null) {
      await getTestRow(tx, tenant, input.testId).catch((error: unknown) => {
        if (error instanceof ApiError && error.code === 'NOT_FOUND')
          throw invalid('testId', 'accommodations.noSuchTest');
        throw error;
      });
    }
    const values: AccommodationValues = {
      timeMultiplier: input.timeMultiplier,
      extraMinutes: input.extraMinutes,
      availableFrom: input.availableFrom,
      availableUntil: input.availableUntil,
      extraAttempts: input.extraAttempts,
      restBreakMinutes: input.restBreakMinutes,
      note: input.note,
    };
    const existing = await findLiveAccommodation(tx, tenant, input.studentId, input.testId);
    if (existing) {
      await updateAccommodation(tx, tenant, existing.id, values, nowIso);
      return {
        value: existing.id,
        audit: {
          action: 'accommodation.update',
          resourceType: 'accommodation',
          resourceId: existing.id,
          changes: diffObjects(snapshot(valuesOf(existing)), snapshot(values)),
        },
      };
    }
    const newId = env.ids();
    await insertAccommodation(tx, tenant, {
      id: newId,
      studentId: input.studentId,
      testId: input.testId,
      nowIso,
      ...values,
    });
    return {
      value: newId,
      audit: {
        action: 'accommodation.create',
        resourceType: 'accommodation',
        resourceId: newId,
        changes: diffObjects(null, {
          studentId: input.studentId,
          testId: input.testId,
          ...snapshot(values),
        }),
      },
    };
  });
  const found = (await listAccommodations(env.db(), tenant, { studentId: input.studentId })).find(
    (a) => a.id === id,
  );
  if (!found) throw notFound('accommodation');
  return found;
}

/** Removes one; attempts already started keep what they were given. */
export async function removeAccommodation(
  env: ServiceEnv,
  tenant: TenantContext,
  id: string,
): Promise<{ id: string }> {
  const nowIso = nowIsoOf(env);
  return mutate(env, tenant, async (tx) => {
    const row = await getAccommodationRow(tx, tenant, id);
    await deleteAccommodation(tx, tenant, id, nowIso);
    return {
      value: { id },
      audit: {
        action: 'accommodation.delete',
        resourceType: 'accommodation',
        resourceId: id,
        changes: diffObjects(
          { studentId: row.studentId, testId: row.testId, ...snapshot(valuesOf(row)) },
          null,
        ),
      },
    };
  });
}
