import type { AccessState } from './entitlements';
import type { LimitKey } from './entitlements';
import type { Plan, Subscription } from './subscriptions';

export interface UsageLine {
  key: LimitKey;
  label: string;
  used: number;
  /** null: unlimited on this plan. */
  limit: number | null;
}

/** What the billing page shows. There is no payment processing: plans change through sales and arrive by sync. */
export interface BillingOverview {
  subscription: Subscription | null;
  plans: Plan[];
  access: { state: AccessState; graceEndsAt: string | null; reason: string | null };
  graceDays: number;
  renewalDate: string | null;
  usage: UsageLine[];
  features: { itemAnalysis: boolean };
}
