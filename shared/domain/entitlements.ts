import type { PlanFeatures, Subscription } from './subscriptions';

/**
 * How long an organisation keeps writing after its subscription's end date.
 * Devices are often offline when a renewal lands, so the lapse is not enforced
 * until this has passed; after it the organisation is read-only.
 */
export const GRACE_PERIOD_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

export type AccessState = 'active' | 'grace' | 'read_only';

export interface SubscriptionAccess {
  state: AccessState;
  /** When writes stop (end date plus grace), or null with no end date. */
  graceEndsAt: string | null;
  /** Why, in words for an admin; null when active. */
  reason: string | null;
}

/** What the subscription allows now. Past-due and cancelled plans run to their end date, then the grace period. */
export function subscriptionAccess(sub: Subscription | null, nowMs: number): SubscriptionAccess {
  // No subscription record yet (a device before its first sync, a local-only install): nothing to enforce.
  if (!sub) return { state: 'active', graceEndsAt: null, reason: null };
  const end = sub.endDate === null ? null : Date.parse(sub.endDate);
  if (sub.status === 'expired' && end === null) {
    return {
      state: 'read_only',
      graceEndsAt: null,
      reason: 'Your subscription has expired: you can read, but not change anything.',
    };
  }
  if (end === null || Number.isNaN(end))
    return { state: 'active', graceEndsAt: null, reason: null };
  const graceEnd = end + GRACE_PERIOD_DAYS * DAY_MS;
  const graceEndsAt = new Date(graceEnd).toISOString();
  if (nowMs < end) return { state: 'active', graceEndsAt, reason: null };
  if (nowMs < graceEnd) {
    const days = Math.ceil((graceEnd - nowMs) / DAY_MS);
    return {
      state: 'grace',
      graceEndsAt,
      reason: `Your subscription ended on ${sub.endDate?.slice(0, 10) ?? ''}. Everything still works for ${days} more day${days === 1 ? '' : 's'}; renew before ${graceEndsAt.slice(0, 10)}.`,
    };
  }
  return {
    state: 'read_only',
    graceEndsAt,
    reason: `Your subscription ended on ${sub.endDate?.slice(0, 10) ?? ''} and its ${GRACE_PERIOD_DAYS}-day grace period is over: you can read, but not change anything. Published exams can still be sat.`,
  };
}

export const limitKeys = [
  'max_students',
  'max_published_tests',
  'max_devices',
  'max_questions',
] as const;
export type LimitKey = (typeof limitKeys)[number];

export const limitLabels: Record<LimitKey, string> = {
  max_students: 'students',
  max_published_tests: 'published tests',
  max_devices: 'devices',
  max_questions: 'questions in the bank',
};

/**
 * Whether `adding` more fits under a limit. Returns the refusal, naming the
 * limit, or null. A limit the plan does not set is unlimited.
 */
export function limitRefusal(
  features: PlanFeatures,
  key: LimitKey,
  current: number,
  adding = 1,
  planName = 'your plan',
): string | null {
  const limit = features[key];
  if (limit === undefined) return null;
  if (current + adding <= limit) return null;
  return `${key} (${limit}) reached: ${planName} allows ${limit} ${limitLabels[key]} and you have ${current}${adding > 1 ? `; adding ${adding} would make ${current + adding}` : ''}.`;
}

export function featureRefusal(
  features: PlanFeatures,
  key: 'item_analysis',
  planName = 'your plan',
): string | null {
  return features[key] === true ? null : `${key} is not included in ${planName}.`;
}
