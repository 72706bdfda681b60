import { defineMessages } from '../../i18n/catalogue';

/** Sync problems, by the id shared/sync/errors.ts gives each (`syncProblem`). */
export const messages = defineMessages({
  paused: {
    id: 'sync.problems.paused',
    defaultMessage: 'Sync is off: this computer is not enrolled.',
  },
  busy: {
    id: 'sync.problems.busy',
    defaultMessage: 'This computer was busy saving work; sync will try again in a moment.',
  },
  constraint: {
    id: 'sync.problems.constraint',
    defaultMessage:
      'A change from this computer clashes with one already on the server (the same value entered on two computers). It was set aside for an admin to review.',
  },
  plainToken: {
    id: 'sync.problems.plainToken',
    defaultMessage:
      'The sync token is kept unencrypted in device.json although this computer has a keyring, and could not be encrypted with it. Restart the app to try again, or enrol this computer again.',
  },
  tokenRefused: {
    id: 'sync.problems.tokenRefused',
    defaultMessage:
      'The server refused this computer’s token. An admin needs to re-enrol it with a current token.',
  },
  notFound: {
    id: 'sync.problems.notFound',
    defaultMessage:
      'There is no organisation database at the enrolled address. Check the sync URL.',
  },
  timeout: {
    id: 'sync.problems.timeout',
    defaultMessage: 'The server took too long to answer. Sync will try again shortly.',
  },
  offline: {
    id: 'sync.problems.offline',
    defaultMessage:
      'No connection to the sync server. Work is saved on this computer and will be sent later.',
  },
  server: {
    id: 'sync.problems.server',
    defaultMessage: 'The sync server had a problem. Sync will try again shortly.',
  },
  tooLarge: {
    id: 'sync.problems.tooLarge',
    defaultMessage:
      'A change waiting on this computer is too large to send in one piece, so sync is held back. Work saved here stays here and the app keeps working; an admin can use “Export unsent changes” in the sync panel and contact support.',
  },
  unknown: {
    id: 'sync.problems.unknown',
    defaultMessage:
      'Sync failed for an unexpected reason. It will try again; the details are in the sync history.',
  },
});
