import { z } from 'zod';

export const subscriptionStatuses = [
  'trialing',
  'active',
  'past_due',
  'expired',
  'cancelled',
] as const;
export const subscriptionStatusSchema = z.enum(subscriptionStatuses);
export type SubscriptionStatus = z.infer<typeof subscriptionStatusSchema>;

/** Limits and switches a plan grants. Stored as JSON in `subscription_plans.features`. A missing limit means unlimited. */
export const planFeaturesSchema = z
  .object({
    max_students: z.number().int().min(0).optional(),
    max_published_tests: z.number().int().min(0).optional(),
    max_devices: z.number().int().min(0).optional(),
    max_questions: z.number().int().min(0).optional(),
    /** Megabytes of stored media (images and audio); unlimited when unset. */
    max_media_mb: z.number().min(0).optional(),
    item_analysis: z.boolean().optional(),
  })
  .loose();
export type PlanFeatures = z.infer<typeof planFeaturesSchema>;

export interface Plan {
  id: string;
  name: string;
  description: string | null;
  monthlyPrice: number | null;
  features: PlanFeatures;
}

export interface Subscription {
  id: string;
  plan: Plan;
  status: SubscriptionStatus;
  startDate: string | null;
  endDate: string | null;
}
