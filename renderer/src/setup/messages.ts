import { defineMessages } from '../i18n/catalogue';

export const messages = defineMessages({
  enrolTitle: { id: 'setup.enrolTitle', defaultMessage: 'Enrol this computer' },
  enrolText: {
    id: 'setup.enrolText',
    defaultMessage:
      'Your organisation already uses Exam Desk: join its database with the sync URL and token, or an enrolment file, from your administrator.',
  },
  createTitle: { id: 'setup.createTitle', defaultMessage: 'Create an organisation' },
  createText: {
    id: 'setup.createText',
    defaultMessage:
      'The first computer of a new organisation: name it and set up its first administrator.',
  },
  demoTitle: { id: 'setup.demoTitle', defaultMessage: 'Open the demo' },
  demoText: {
    id: 'setup.demoText',
    defaultMessage:
      'Sample data to look around with. Its passwords are public, so it is never used for real exams and cannot be published as an organisation.',
  },
  title: { id: 'setup.title', defaultMessage: 'Set up this computer' },
  lede: {
    id: 'setup.lede',
    defaultMessage:
      'This computer holds no organisation yet. Choose how to start; nothing is set up until you finish one of these.',
  },
  provisionEnrolling: {
    id: 'setup.provisionEnrolling',
    defaultMessage: 'Enrolling from the pre-set file…',
  },
  provisionFailed: {
    id: 'setup.provisionFailed',
    defaultMessage: 'The pre-set enrolment did not work.',
  },
  provisionUsing: {
    id: 'setup.provisionUsing',
    defaultMessage: 'Using {path}, which your IT team put on this computer.',
  },
  provisionRetry: {
    id: 'setup.provisionRetry',
    defaultMessage:
      ' It is tried again each time the app starts; you can also enrol by hand below.',
  },
  pathsLabel: { id: 'setup.pathsLabel', defaultMessage: 'How to set up this computer' },
  demoWarningTitle: {
    id: 'setup.demoWarningTitle',
    defaultMessage: 'A demo, not an organisation.',
  },
  demoWarning: {
    id: 'setup.demoWarning',
    defaultMessage:
      'The demo organisation’s passwords and PINs are printed in the README. Use it to look around; to run real exams, set this computer up again with a new data folder.',
  },
  opening: { id: 'setup.opening', defaultMessage: 'Opening…' },
  organisationName: { id: 'setup.organisationName', defaultMessage: 'Organisation name' },
  yourName: { id: 'setup.yourName', defaultMessage: 'Your name' },
  yourEmail: { id: 'setup.yourEmail', defaultMessage: 'Your email' },
  password: { id: 'setup.password', defaultMessage: 'Password' },
  proctorPin: { id: 'setup.proctorPin', defaultMessage: 'Proctor PIN' },
  pinHint: {
    id: 'setup.pinHint',
    defaultMessage: 'Typed on a student’s computer to close a locked exam. {rule}',
  },
  creating: { id: 'setup.creating', defaultMessage: 'Creating…' },
  create: { id: 'setup.create', defaultMessage: 'Create the organisation' },
  enrolled: {
    id: 'setup.enrolled',
    defaultMessage:
      'This computer now holds {organisation}’s data. Sign in with your organisation account.',
  },
  yourOrganisation: { id: 'setup.yourOrganisation', defaultMessage: 'your organisation' },
  syncUrl: { id: 'setup.syncUrl', defaultMessage: 'Sync URL' },
  authToken: { id: 'setup.authToken', defaultMessage: 'Auth token' },
  computerName: { id: 'setup.computerName', defaultMessage: 'Computer name' },
  computerNameHint: {
    id: 'setup.computerNameHint',
    defaultMessage: 'A name staff will recognise, such as Lab 2 PC 14.',
  },
  enrolling: { id: 'setup.enrolling', defaultMessage: 'Enrolling…' },
  enrol: { id: 'setup.enrol', defaultMessage: 'Enrol' },
  useFile: { id: 'setup.useFile', defaultMessage: 'Use an enrolment file…' },
  enrolmentFile: { id: 'setup.enrolmentFile', defaultMessage: 'Enrolment file' },
});
