import { z } from 'zod';
import type { BillingOverview } from '../../domain/billing';
import { defineMethod } from '../define';

export const billingMethods = {
  /** Plan, usage against its limits, renewal date and the grace state. Read-only: there is no payment processing. */
  'billing.overview': defineMethod<BillingOverview>()({
    input: z.object({}).strict(),
    roles: ['admin'] as const,
    mutates: false,
  }),
} as const;
