import { defineMessages } from '../i18n/catalogue';

export const messages = defineMessages({
  reasonScheduled: { id: 'backup.reasonScheduled', defaultMessage: 'Scheduled' },
  reasonManual: { id: 'backup.reasonManual', defaultMessage: 'Taken by hand' },
  reasonPreMigration: {
    id: 'backup.reasonPreMigration',
    defaultMessage: 'Before an update of the database',
  },
  reasonPreEnrolment: {
    id: 'backup.reasonPreEnrolment',
    defaultMessage: 'Before an enrolment change',
  },
  reasonPreRestore: { id: 'backup.reasonPreRestore', defaultMessage: 'Before a restore' },
  reasonPreRecovery: { id: 'backup.reasonPreRecovery', defaultMessage: 'Before a recovery' },
  bytes: { id: 'backup.bytes', defaultMessage: '{size} B' },
  kilobytes: { id: 'backup.kilobytes', defaultMessage: '{size} KB' },
  megabytes: { id: 'backup.megabytes', defaultMessage: '{size} MB' },
  alreadyImported: {
    id: 'backup.alreadyImported',
    defaultMessage: 'This rescue file from {device} was already imported; nothing changed.',
  },
  alreadyImportedAt: {
    id: 'backup.alreadyImportedAt',
    defaultMessage:
      'This rescue file from {device} was already imported ({when}); nothing changed.',
  },
  imported: {
    id: 'backup.imported',
    defaultMessage:
      "Imported the rescue file from {device}: {added, plural, one {# row} other {# rows}} added, {updated, plural, one {# updated} other {# updated}} to the file's newer version. They sync to the organisation with this computer's changes.",
  },
  wrote: {
    id: 'backup.wrote',
    defaultMessage:
      'Wrote a rescue file of {device} ({attempts, plural, one {# attempt} other {# attempts}} with {answers, plural, one {# answer} other {# answers}} not yet sent), {where}. Import it on any enrolled computer of the organisation.',
  },
  savedAs: { id: 'backup.savedAs', defaultMessage: 'saved as {path}' },
  downloadedAs: { id: 'backup.downloadedAs', defaultMessage: 'downloaded as {file}' },
  snapshotTaken: { id: 'backup.snapshotTaken', defaultMessage: 'Snapshot taken ({size}).' },
  restored: {
    id: 'backup.restored',
    defaultMessage:
      'Restored the snapshot of {name}. The database as it was is kept as {keptAs}. Please sign in again.',
  },
  title: { id: 'backup.title', defaultMessage: 'Backup and recovery' },
  lede: {
    id: 'backup.lede',
    defaultMessage:
      'This computer keeps snapshots of its database: every 15 minutes, and before every update of the database and every enrolment change. They are kept for a week (those taken before a change, for 30 days).',
  },
  snapshotsHere: { id: 'backup.snapshotsHere', defaultMessage: 'Snapshots on this computer' },
  taking: { id: 'backup.taking', defaultMessage: 'Taking a snapshot…' },
  takeNow: { id: 'backup.takeNow', defaultMessage: 'Take a snapshot now' },
  loading: { id: 'backup.loading', defaultMessage: 'Loading snapshots…' },
  noSnapshots: { id: 'backup.noSnapshots', defaultMessage: 'No snapshots yet' },
  snapshots: { id: 'backup.snapshots', defaultMessage: 'Snapshots' },
  taken: { id: 'backup.taken', defaultMessage: 'Taken' },
  why: { id: 'backup.why', defaultMessage: 'Why' },
  size: { id: 'backup.size', defaultMessage: 'Size' },
  check: { id: 'backup.check', defaultMessage: 'Check' },
  actions: { id: 'backup.actions', defaultMessage: 'Actions' },
  whole: { id: 'backup.whole', defaultMessage: 'whole' },
  damaged: { id: 'backup.damaged', defaultMessage: 'damaged' },
  problemSeparator: { id: 'backup.problemSeparator', defaultMessage: '; ' },
  restoreSnapshotOf: {
    id: 'backup.restoreSnapshotOf',
    defaultMessage: 'Restore the snapshot of {when}',
  },
  restoreEllipsis: { id: 'backup.restoreEllipsis', defaultMessage: 'Restore…' },
  importRescue: { id: 'backup.importRescue', defaultMessage: 'Import a rescue file' },
  importHelp: {
    id: 'backup.importHelp',
    defaultMessage:
      'A computer that died with answers it never sent: write a rescue file of its data folder above (or run <code>npm run rescue -- DATA_FOLDER --out FILE</code> on it), then import the file here. Importing the same file twice changes nothing.',
  },
  rescueFile: { id: 'backup.rescueFile', defaultMessage: 'Rescue file' },
  dialogClosed: {
    id: 'backup.dialogClosed',
    defaultMessage: 'Nothing was written: the dialog was closed.',
  },
  couldNotRead: { id: 'backup.couldNotRead', defaultMessage: 'Could not be read: {problem}' },
  unregisteredKey: {
    id: 'backup.unregisteredKey',
    defaultMessage:
      'That computer never registered its signing key with the organisation, so other computers will refuse this file.',
  },
  writeRescue: { id: 'backup.writeRescue', defaultMessage: 'Write a rescue file' },
  writeHelp: {
    id: 'backup.writeHelp',
    defaultMessage:
      'A signed file of the answers and attempts a computer has not sent to the organisation yet, for another computer to import when the network is down or the computer is dead.',
  },
  saveThis: { id: 'backup.saveThis', defaultMessage: 'Save a rescue file of this computer…' },
  downloadThis: {
    id: 'backup.downloadThis',
    defaultMessage: 'Download a rescue file of this computer',
  },
  rescueOther: {
    id: 'backup.rescueOther',
    defaultMessage: 'Rescue another computer’s data folder…',
  },
  otherFolder: { id: 'backup.otherFolder', defaultMessage: 'Another computer’s data folder' },
  folderHint: {
    id: 'backup.folderHint',
    defaultMessage: 'The full path of the folder that holds its exam.db and device.json.',
  },
  rescueFolder: { id: 'backup.rescueFolder', defaultMessage: 'Rescue this folder' },
  restoreTitle: { id: 'backup.restoreTitle', defaultMessage: 'Restore this snapshot?' },
  cancel: { id: 'backup.cancel', defaultMessage: 'Cancel' },
  restoring: { id: 'backup.restoring', defaultMessage: 'Restoring…' },
  restore: { id: 'backup.restore', defaultMessage: 'Restore' },
  restoreBody: {
    id: 'backup.restoreBody',
    defaultMessage:
      "This computer's database goes back to how it was on <strong>{when}</strong>. Work done on this computer since then and not yet sent to the organisation's server is no longer in it.",
  },
  keptFirst: {
    id: 'backup.keptFirst',
    defaultMessage: 'The database as it is now is kept as a snapshot first, so this can be undone.',
  },
  bothChecked: {
    id: 'backup.bothChecked',
    defaultMessage: 'Both are checked by the database engine before and after.',
  },
  signInAgain: {
    id: 'backup.signInAgain',
    defaultMessage: 'Everyone signed in on this computer signs in again.',
  },
  syncedNote: {
    id: 'backup.syncedNote',
    defaultMessage:
      'Changes the server already has are not sent again; the next sync brings back everything newer from the server.',
  },
});
