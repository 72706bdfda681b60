import { plural } from '../lib/format';

/** The words of the test builder, in one place so a message catalogue can take them later. */
export const testsText = {
  newTest: 'New test',
  newTestLede: 'Nothing is created until you save.',
  breadcrumb: 'Tests',
  unsaved: 'Unsaved changes',
  unsavedHint: 'Your changes are kept while you use other screens, until you save or discard them.',
  allSaved: 'All changes saved',
  notCreated: 'Not created yet',
  create: 'Create test',
  creating: 'Creating…',
  save: 'Save changes',
  saving: 'Saving…',
  discard: 'Discard changes',
  saveFirst: 'Save your changes first',
  saveBeforeDraw: 'Save the test first: the draw adds to the saved list.',
  checkedSaved: 'These checks are of the saved test; save your changes to check them.',
  counts: (questions: number, marks: number) =>
    `${plural(questions, 'question')} · ${plural(marks, 'mark')}`,
  listCounts: (questions: number, marks: number) =>
    `${plural(questions, 'question')}, ${plural(marks, 'mark')} in all`,
  bankEmpty: 'No questions in the bank match.',
  leaveWarning: 'You have unsaved changes to a test.',
  confirm: {
    publishTitle: (name: string) => `Publish “${name}”?`,
    publishBody:
      'Students it is open to can start it as soon as it is published. Once published, changing its questions or timing makes a new version, and anyone sitting it keeps the version they started. You can close it again at any time.',
    publish: 'Publish test',
    reopenTitle: (name: string) => `Reopen “${name}”?`,
    reopenBody: 'Students it is open to can start it again. You can close it again at any time.',
    reopen: 'Reopen test',
    closeTitle: (name: string) => `Close “${name}”?`,
    closeBody:
      'No one can start it any more. Anyone sitting it now can finish, and results stay. You can reopen it later.',
    close: 'Close test',
    archiveTitle: (name: string) => `Archive “${name}”?`,
    archiveBody:
      'It leaves the lists of tests in use; its results stay in Results. You can unarchive it later.',
    archive: 'Archive test',
    deleteTitle: (name: string) => `Delete “${name}”?`,
    deleteBody:
      'The draft test and its list of questions are deleted. The questions stay in the bank. This cannot be undone.',
    delete: 'Delete test',
    discardTitle: 'Discard your changes?',
    discardBody: 'The settings and questions go back to what was last saved.',
    discard: 'Discard changes',
  },
} as const;
