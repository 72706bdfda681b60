import { defineMessages } from '../i18n/catalogue';

export const messages = defineMessages({
  skipToContent: { id: 'app.skipToContent', defaultMessage: 'Skip to content' },
  notices: { id: 'app.notices', defaultMessage: 'Notices' },
  readOnly: { id: 'app.readOnly', defaultMessage: 'Read-only.' },
  proctorPin: { id: 'app.proctorPin', defaultMessage: 'Proctor PIN' },
  signOut: { id: 'app.signOut', defaultMessage: 'Sign out' },
  signOutFailed: { id: 'app.signOutFailed', defaultMessage: 'Could not sign out.' },
  demoRegion: { id: 'app.demoRegion', defaultMessage: 'Demo organisation' },
  demoTitle: { id: 'app.demoTitle', defaultMessage: 'Demo organisation.' },
  demoBody: {
    id: 'app.demoBody',
    defaultMessage: 'Sample data whose passwords and PINs are public: not for real exams.',
  },
  demoNotPublishable: {
    id: 'app.demoNotPublishable',
    defaultMessage: ' It cannot be published as an organisation.',
  },
  productMode: { id: 'app.productMode', defaultMessage: 'Exam Desk · {mode}' },
  productVersion: { id: 'app.productVersion', defaultMessage: 'Exam Desk {version}' },
  product: { id: 'app.product', defaultMessage: 'Exam Desk' },
  statusBar: { id: 'app.statusBar', defaultMessage: 'Status bar' },
  syncPrefix: { id: 'app.syncPrefix', defaultMessage: 'Sync: ' },
  hintLocalOnly: {
    id: 'app.hintLocalOnly',
    defaultMessage:
      'This computer is not enrolled with an organisation server. Everything is saved on this computer.',
  },
  hintOnline: {
    id: 'app.hintOnline',
    defaultMessage: 'Connected. Changes are sent as they are saved.',
  },
  hintOffline: {
    id: 'app.hintOffline',
    defaultMessage:
      'No connection. Work is saved on this computer and sent when the network is back.',
  },
  hintSyncing: { id: 'app.hintSyncing', defaultMessage: 'Sending and receiving changes.' },
  hintError: {
    id: 'app.hintError',
    defaultMessage: 'Sync stopped. Work is still saved on this computer.',
  },
  updateRequired: {
    id: 'app.updateRequired',
    defaultMessage: "Update the app: this organisation's data is newer",
  },
  lastSynced: { id: 'app.lastSynced', defaultMessage: 'Last synced {when}' },
  answersSaved: { id: 'app.answersSaved', defaultMessage: 'Your answers are saved.' },
  answersWaiting: {
    id: 'app.answersWaiting',
    defaultMessage:
      'Your answers are saved on this computer and will be sent when the network returns.',
  },
  starting: { id: 'app.starting', defaultMessage: 'Starting Exam Desk…' },
  stateLocalOnly: {
    id: 'app.stateLocalOnly',
    defaultMessage: 'Local only: not connected to an organisation server',
  },
  stateOnline: { id: 'app.stateOnline', defaultMessage: 'Synced' },
  stateOffline: { id: 'app.stateOffline', defaultMessage: 'Offline' },
  stateSyncing: { id: 'app.stateSyncing', defaultMessage: 'Syncing…' },
  stateError: { id: 'app.stateError', defaultMessage: 'Sync problem' },
  pendingChanges: {
    id: 'app.pendingChanges',
    defaultMessage: '{count, plural, one {# change} other {# changes}} waiting to sync',
  },
});
