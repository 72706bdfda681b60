import { z } from 'zod';
import type { BillingOverview } from '../../domain/billing';
import type { Plan, Subscription } from '../../domain/subscriptions';
import { defineMethod } from '../define';

const ADMIN = ['admin'] as const;

export const billingMethods = {
  /** Plan, usage against its limits, renewal date and the grace state. Read-only: there is no payment processing. */
  'billing.overview': defineMethod<BillingOverview>()({
    input: z.object({}).strict(),
    roles: ['admin'] as const,
    mutates: false,
  }),

  'billing.subscription': defineMethod<{ subscription: Subscription | null; plans: Plan[] }>()({
    input: z.object({}).strict(),
    roles: ADMIN,
    mutates: false,
  }),
} as const;
