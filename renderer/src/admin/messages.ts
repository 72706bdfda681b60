import { defineMessages } from '../i18n/catalogue';

export const messages = defineMessages({
  admin: { id: 'admin.admin', defaultMessage: 'Admin' },
  overview: { id: 'admin.overview', defaultMessage: 'Overview' },
  questions: { id: 'admin.questions', defaultMessage: 'Question bank' },
  tests: { id: 'admin.tests', defaultMessage: 'Tests' },
  results: { id: 'admin.results', defaultMessage: 'Results' },
  proctor: { id: 'admin.proctor', defaultMessage: 'Proctor console' },
  people: { id: 'admin.people', defaultMessage: 'People' },
  audit: { id: 'admin.audit', defaultMessage: 'Audit trail' },
  settings: { id: 'admin.settings', defaultMessage: 'Organisation' },
  sync: { id: 'admin.sync', defaultMessage: 'Sync' },
  backup: { id: 'admin.backup', defaultMessage: 'Backup' },
});
