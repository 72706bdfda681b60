import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GRACE_PERIOD_DAYS, limitRefusal, subscriptionAccess } from '@shared/domain/entitlements';
import type { Subscription } from '@shared/domain/subscriptions';

const DAY = 86_400_000;
const end = Date.UTC(2026, 5, 1);
const sub = (status: Subscription['status'], endDate: string | null): Subscription => ({
  id: 's',
  plan: { id: 'p', name: 'Starter', description: null, monthlyPrice: 49, features: {} },
  status,
  startDate: null,
  endDate,
});

describe('subscription access', () => {
  it('is active before the end date, in grace for the grace period, then read-only', () => {
    const s = sub('past_due', new Date(end).toISOString());
    expect(subscriptionAccess(s, end - 1).state).toBe('active');
    expect(subscriptionAccess(s, end).state).toBe('grace');
    expect(subscriptionAccess(s, end + GRACE_PERIOD_DAYS * DAY - 1).state).toBe('grace');
    expect(subscriptionAccess(s, end + GRACE_PERIOD_DAYS * DAY).state).toBe('read_only');
  });

  it('is read-only for an expired subscription with no end date, and unlimited with no record at all', () => {
    expect(subscriptionAccess(sub('expired', null), end).state).toBe('read_only');
    expect(subscriptionAccess(null, end).state).toBe('active');
    expect(subscriptionAccess(sub('active', null), end).state).toBe('active');
  });
});

describe('limits', () => {
  it('refuse exactly when the count would pass the limit, naming it', () => {
    fc.assert(
      fc.property(
        fc.nat(500),
        fc.nat(500),
        fc.integer({ min: 1, max: 50 }),
        (limit, current, adding) => {
          const refusal = limitRefusal({ max_students: limit }, 'max_students', current, adding);
          const named = refusal?.startsWith(`max_students (${limit}) reached`) ?? false;
          expect({ refused: refusal !== null, named }).toEqual(
            current + adding <= limit
              ? { refused: false, named: false }
              : { refused: true, named: true },
          );
        },
      ),
    );
  });

  it('are unlimited when the plan does not set them', () => {
    expect(limitRefusal({}, 'max_devices', 10_000, 1)).toBeNull();
  });
});
