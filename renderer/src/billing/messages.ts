import { defineMessages } from '../i18n/catalogue';

export const messages = defineMessages({
  statusActive: { id: 'billing.statusActive', defaultMessage: 'Active' },
  statusTrial: { id: 'billing.statusTrial', defaultMessage: 'Trial' },
  statusPastDue: { id: 'billing.statusPastDue', defaultMessage: 'Payment overdue' },
  statusCancelled: { id: 'billing.statusCancelled', defaultMessage: 'Cancelled' },
  statusExpired: { id: 'billing.statusExpired', defaultMessage: 'Expired' },
  planAndUsage: { id: 'billing.planAndUsage', defaultMessage: 'Plan and usage' },
  loading: { id: 'billing.loading', defaultMessage: 'Loading…' },
  plan: { id: 'billing.plan', defaultMessage: 'Plan' },
  none: { id: 'billing.none', defaultMessage: 'None' },
  status: { id: 'billing.status', defaultMessage: 'Status' },
  renews: { id: 'billing.renews', defaultMessage: 'Renews' },
  gracePeriod: { id: 'billing.gracePeriod', defaultMessage: 'Grace period' },
  graceDays: {
    id: 'billing.graceDays',
    defaultMessage: '{days, plural, one {# day} other {# days}} after the end date, then read-only',
  },
  itemAnalysis: { id: 'billing.itemAnalysis', defaultMessage: 'Item analysis' },
  included: { id: 'billing.included', defaultMessage: 'Included' },
  notIncluded: { id: 'billing.notIncluded', defaultMessage: 'Not included' },
  usageCaption: { id: 'billing.usageCaption', defaultMessage: 'Usage against the plan’s limits' },
  limit: { id: 'billing.limit', defaultMessage: 'Limit' },
  used: { id: 'billing.used', defaultMessage: 'Used' },
  allowed: { id: 'billing.allowed', defaultMessage: 'Allowed' },
  shareUsed: { id: 'billing.shareUsed', defaultMessage: 'Share used' },
  unlimited: { id: 'billing.unlimited', defaultMessage: 'Unlimited' },
  noPayments: {
    id: 'billing.noPayments',
    defaultMessage:
      'There is no payment processing in Exam Desk: plan changes and renewals are arranged with us and arrive with the next sync.',
  },
  limitStudents: { id: 'billing.limitStudents', defaultMessage: 'students' },
  limitPublishedTests: { id: 'billing.limitPublishedTests', defaultMessage: 'published tests' },
  limitDevices: { id: 'billing.limitDevices', defaultMessage: 'devices' },
  limitQuestions: { id: 'billing.limitQuestions', defaultMessage: 'questions in the bank' },
});
