import { defineMessages } from '../i18n/catalogue';

export const messages = defineMessages({
  // The screen
  title: { id: 'sync.title', defaultMessage: 'Sync' },
  lede: {
    id: 'sync.lede',
    defaultMessage:
      "Everything is saved on this computer first. When it is enrolled, changes go to the organisation's database in the background and everyone else's come back.",
  },
  loading: { id: 'sync.loading', defaultMessage: 'Loading sync…' },

  // This computer
  stateLocalOnly: {
    id: 'sync.stateLocalOnly',
    defaultMessage: 'Local only: this computer is not enrolled',
  },
  stateOnline: { id: 'sync.stateOnline', defaultMessage: 'Online and in sync' },
  stateOffline: {
    id: 'sync.stateOffline',
    defaultMessage: 'Offline: changes wait on this computer',
  },
  stateSyncing: { id: 'sync.stateSyncing', defaultMessage: 'Syncing…' },
  stateError: { id: 'sync.stateError', defaultMessage: 'Sync problem' },
  syncFinished: { id: 'sync.syncFinished', defaultMessage: 'Sync finished.' },
  thisComputer: { id: 'sync.thisComputer', defaultMessage: 'This computer' },
  state: { id: 'sync.state', defaultMessage: 'State' },
  waitingToSend: { id: 'sync.waitingToSend', defaultMessage: 'Waiting to send' },
  nothingToSend: {
    id: 'sync.nothingToSend',
    defaultMessage: 'Nothing: no organisation server to send to yet',
  },
  changes: {
    id: 'sync.changes',
    defaultMessage: '{count, plural, one {# change} other {# changes}}',
  },
  lastSent: { id: 'sync.lastSent', defaultMessage: 'Last sent' },
  lastReceived: { id: 'sync.lastReceived', defaultMessage: 'Last received' },
  localLog: { id: 'sync.localLog', defaultMessage: 'Local log' },
  localLogSize: {
    id: 'sync.localLogSize',
    defaultMessage: '{size} of recent changes, tidied away automatically',
  },
  nextTry: { id: 'sync.nextTry', defaultMessage: 'Next try' },
  progressLine: { id: 'sync.progressLine', defaultMessage: '{progress}…' },
  lastProblem: { id: 'sync.lastProblem', defaultMessage: 'Last problem:' },
  updateTitle: { id: 'sync.updateTitle', defaultMessage: 'Update the app.' },
  updateBody: {
    id: 'sync.updateBody',
    defaultMessage:
      "The organisation's data is newer than this app. It keeps syncing and reading, but refuses changes until it is updated.",
  },
  syncNow: { id: 'sync.syncNow', defaultMessage: 'Sync now' },

  // Sizes, progress and durations
  sizeBytes: { id: 'sync.sizeBytes', defaultMessage: '{value} B' },
  sizeKilobytes: { id: 'sync.sizeKilobytes', defaultMessage: '{value} KB' },
  sizeMegabytes: { id: 'sync.sizeMegabytes', defaultMessage: '{value} MB' },
  sizeGigabytes: { id: 'sync.sizeGigabytes', defaultMessage: '{value} GB' },
  sendingChanges: {
    id: 'sync.sendingChanges',
    defaultMessage: 'Sending {sent} of {total} changes',
  },
  sendingBytes: { id: 'sync.sendingBytes', defaultMessage: 'Sending {size}' },
  receivingBytes: { id: 'sync.receivingBytes', defaultMessage: 'Receiving {size}' },
  milliseconds: { id: 'sync.milliseconds', defaultMessage: '{value} ms' },
  seconds: { id: 'sync.seconds', defaultMessage: '{value} s' },

  // Computer roles, run kinds and reasons
  roleExam: { id: 'sync.roleExam', defaultMessage: 'Exam computer' },
  roleProctor: { id: 'sync.roleProctor', defaultMessage: 'Proctor station' },
  roleAuthoring: { id: 'sync.roleAuthoring', defaultMessage: 'Authoring' },
  roleAdmin: { id: 'sync.roleAdmin', defaultMessage: 'Administration' },
  kindPush: { id: 'sync.kindPush', defaultMessage: 'Sent changes' },
  kindPull: { id: 'sync.kindPull', defaultMessage: 'Received changes' },
  kindCheckpoint: { id: 'sync.kindCheckpoint', defaultMessage: 'Tidied the local log' },
  reasonChangesDuringPush: {
    id: 'sync.reasonChangesDuringPush',
    defaultMessage: 'More work was saved while sending',
  },
  reasonEnrolled: { id: 'sync.reasonEnrolled', defaultMessage: 'This computer was just enrolled' },
  reasonHeartbeat: {
    id: 'sync.reasonHeartbeat',
    defaultMessage: 'Regular check-in with the server',
  },
  reasonJoin: { id: 'sync.reasonJoin', defaultMessage: 'Joined the organisation' },
  reasonMoreChanges: { id: 'sync.reasonMoreChanges', defaultMessage: 'More changes were waiting' },
  reasonNow: { id: 'sync.reasonNow', defaultMessage: 'Someone chose Sync now' },
  reasonPending: { id: 'sync.reasonPending', defaultMessage: 'Work was waiting to be sent' },
  reasonRetryBusy: {
    id: 'sync.reasonRetryBusy',
    defaultMessage: 'Trying again after the computer was busy saving',
  },
  reasonRetry: { id: 'sync.reasonRetry', defaultMessage: 'Trying again after a problem' },
  reasonStartup: { id: 'sync.reasonStartup', defaultMessage: 'The app started' },
  reasonWalSize: { id: 'sync.reasonWalSize', defaultMessage: 'The local log had grown' },
  reasonTimer: { id: 'sync.reasonTimer', defaultMessage: 'Regular check for changes' },
  anotherComputer: { id: 'sync.anotherComputer', defaultMessage: 'another computer' },

  // Conflicts
  conflictsTitle: { id: 'sync.conflictsTitle', defaultMessage: 'Edited on two computers' },
  conflictsCount: {
    id: 'sync.conflictsCount',
    defaultMessage: '{count, plural, one {# question} other {# questions}} to settle',
  },
  conflictsBody: {
    id: 'sync.conflictsBody',
    defaultMessage:
      'These questions were changed on different computers while offline. Both versions are kept; choose the one to use (you can edit it afterwards).',
  },
  conflictLabel: { id: 'sync.conflictLabel', defaultMessage: 'Conflict: {text}' },
  versionLine: { id: 'sync.versionLine', defaultMessage: 'Version {version} · {date}' },
  fromComputer: { id: 'sync.fromComputer', defaultMessage: ' · from {device}' },
  marks: { id: 'sync.marks', defaultMessage: '{count, plural, one {# mark} other {# marks}}' },
  keepVersion: { id: 'sync.keepVersion', defaultMessage: 'Keep this version' },

  // Computers
  devicesTitle: { id: 'sync.devicesTitle', defaultMessage: 'Computers in the organisation' },
  devicesCount: {
    id: 'sync.devicesCount',
    defaultMessage: '{count, plural, one {# computer} other {# computers}}',
  },
  loadingComputers: { id: 'sync.loadingComputers', defaultMessage: 'Loading computers…' },
  noComputersTitle: { id: 'sync.noComputersTitle', defaultMessage: 'No computers have synced yet' },
  noComputersBody: {
    id: 'sync.noComputersBody',
    defaultMessage: 'Computers appear here after their first sync.',
  },
  computer: { id: 'sync.computer', defaultMessage: 'Computer' },
  usedFor: { id: 'sync.usedFor', defaultMessage: 'Used for' },
  unsentAtReport: { id: 'sync.unsentAtReport', defaultMessage: 'Unsent at last report' },
  app: { id: 'sync.app', defaultMessage: 'App' },
  thisComputerBadge: { id: 'sync.thisComputerBadge', defaultMessage: 'this computer' },
  unenrolledBadge: { id: 'sync.unenrolledBadge', defaultMessage: 'un-enrolled' },
  appVersion: { id: 'sync.appVersion', defaultMessage: '{app} (schema {schema})' },

  // History
  historyTitle: { id: 'sync.historyTitle', defaultMessage: 'Recent sync runs' },
  loadingHistory: { id: 'sync.loadingHistory', defaultMessage: 'Loading history…' },
  noRuns: { id: 'sync.noRuns', defaultMessage: 'No sync runs yet' },
  when: { id: 'sync.when', defaultMessage: 'When' },
  what: { id: 'sync.what', defaultMessage: 'What' },
  why: { id: 'sync.why', defaultMessage: 'Why' },
  took: { id: 'sync.took', defaultMessage: 'Took' },
  sent: { id: 'sync.sent', defaultMessage: 'Sent' },
  received: { id: 'sync.received', defaultMessage: 'Received' },
  outcome: { id: 'sync.outcome', defaultMessage: 'Outcome' },
  newChanges: { id: 'sync.newChanges', defaultMessage: 'New changes' },
  runDone: { id: 'sync.runDone', defaultMessage: 'Done' },
  runFailed: { id: 'sync.runFailed', defaultMessage: 'Failed' },

  // Set aside
  loadingSetAside: { id: 'sync.loadingSetAside', defaultMessage: 'Loading set-aside changes…' },
  setAsideTitle: { id: 'sync.setAsideTitle', defaultMessage: 'Changes set aside' },
  setAsideMeta: {
    id: 'sync.setAsideMeta',
    defaultMessage: 'the server refused them; nothing was deleted',
  },
  setAsideLine: { id: 'sync.setAsideLine', defaultMessage: '{table} {row} · set aside {date}' },
  dealtWith: { id: 'sync.dealtWith', defaultMessage: 'Mark as dealt with' },

  // Enrolment
  modePublish: {
    id: 'sync.modePublish',
    defaultMessage: 'This computer’s data is now the organisation’s database, and sync is on.',
  },
  modeJoin: {
    id: 'sync.modeJoin',
    defaultMessage:
      'This computer now holds the organisation’s data. Please sign in with your organisation account.',
  },
  modeResume: { id: 'sync.modeResume', defaultMessage: 'Enrolment updated. Sync is on.' },
  archivedTo: {
    id: 'sync.archivedTo',
    defaultMessage: ' The previous data was kept in {path}.',
  },
  unenrolled: {
    id: 'sync.unenrolled',
    defaultMessage:
      'This computer is no longer enrolled. Its data stays here and works on its own.',
  },
  exported: {
    id: 'sync.exported',
    defaultMessage: 'Exported {count} unsent changes to {path}. You can un-enrol now.',
  },
  enrolment: { id: 'sync.enrolment', defaultMessage: 'Enrolment' },
  enrolThisComputer: { id: 'sync.enrolThisComputer', defaultMessage: 'Enrol this computer' },
  since: { id: 'sync.since', defaultMessage: 'since {date}' },
  organisationDatabase: {
    id: 'sync.organisationDatabase',
    defaultMessage: 'Organisation database',
  },
  organisation: { id: 'sync.organisation', defaultMessage: 'Organisation' },
  syncUrl: { id: 'sync.syncUrl', defaultMessage: 'Sync URL' },
  authToken: { id: 'sync.authToken', defaultMessage: 'Auth token' },
  authTokenNew: { id: 'sync.authTokenNew', defaultMessage: 'Auth token (a new one, to re-enrol)' },
  computerName: { id: 'sync.computerName', defaultMessage: 'Computer name' },
  checkJoin: {
    id: 'sync.checkJoin',
    defaultMessage:
      'This database holds {organisations}. Enrolling replaces this computer’s data with it (the current data is kept aside, never sent).',
  },
  anOrganisation: { id: 'sync.anOrganisation', defaultMessage: 'an organisation' },
  checkEmpty: {
    id: 'sync.checkEmpty',
    defaultMessage: 'This database is empty. Enrolling sends this computer’s organisation to it.',
  },
  checkNewer: {
    id: 'sync.checkNewer',
    defaultMessage: ' Its schema is newer than this app: update the app to make changes.',
  },
  checkServer: { id: 'sync.checkServer', defaultMessage: 'Check server' },
  reEnrol: { id: 'sync.reEnrol', defaultMessage: 'Re-enrol' },
  enrol: { id: 'sync.enrol', defaultMessage: 'Enrol' },
  importFile: { id: 'sync.importFile', defaultMessage: 'Import enrolment file…' },
  enrolmentFile: { id: 'sync.enrolmentFile', defaultMessage: 'Enrolment file' },
  fileRefused: { id: 'sync.fileRefused', defaultMessage: 'That enrolment file cannot be used:' },
  exportUnsent: { id: 'sync.exportUnsent', defaultMessage: 'Export unsent changes' },
  unenrol: { id: 'sync.unenrol', defaultMessage: 'Un-enrol this computer' },
  studentOffline: {
    id: 'sync.studentOffline',
    defaultMessage:
      'Your answers are saved on this computer and will be sent when the network returns.',
  },
  secretStoragePlain: {
    id: 'sync.secretStoragePlain',
    defaultMessage:
      'No OS keyring is in use here (the browser preview, scripts and tests run without one, and so does a computer whose system offers none), so the sync token is kept unencrypted in device.json in the app data folder, readable only by this user account (file mode 600). Protect the account, or use the desktop app on a system with a keyring: it refuses a token kept this way and encrypts it with the keyring at its next start.',
  },
  secretStorageKeyring: {
    id: 'sync.secretStorageKeyring',
    defaultMessage:
      'The sync token is encrypted with this computer’s keyring (Electron safeStorage) and stored in device.json; it cannot be read on another computer or by another user.',
  },
});
