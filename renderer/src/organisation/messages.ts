import { defineMessages } from '../i18n/catalogue';

export const messages = defineMessages({
  title: { id: 'organisation.title', defaultMessage: 'Organisation' },
  lede: {
    id: 'organisation.lede',
    defaultMessage:
      'How your organisation appears on students’ exam screens, and its subscription.',
  },
  loading: { id: 'organisation.loading', defaultMessage: 'Loading…' },
  details: { id: 'organisation.details', defaultMessage: 'Details' },
  name: { id: 'organisation.name', defaultMessage: 'Name' },
  address: { id: 'organisation.address', defaultMessage: 'Address' },
  logo: {
    id: 'organisation.logo',
    defaultMessage: 'Logo (PNG, JPEG, SVG or WebP, shown on exam screens)',
  },
  remoteLogoNote: {
    id: 'organisation.remoteLogoNote',
    defaultMessage:
      'The saved logo is a web address, which the app does not load. Choose the image file to show it.',
  },
  language: { id: 'organisation.language', defaultMessage: "Language of everyone's screens" },
  languageHint: {
    id: 'organisation.languageHint',
    defaultMessage: 'A student can choose another in Display settings.',
  },
  currentLogo: { id: 'organisation.currentLogo', defaultMessage: 'Current logo' },
  removeLogo: { id: 'organisation.removeLogo', defaultMessage: 'Remove logo' },
  saveDetails: { id: 'organisation.saveDetails', defaultMessage: 'Save details' },
  deactivate: { id: 'organisation.deactivate', defaultMessage: 'Deactivate organisation' },
  reactivate: { id: 'organisation.reactivate', defaultMessage: 'Reactivate organisation' },
  inactiveHint: {
    id: 'organisation.inactiveHint',
    defaultMessage: 'An inactive organisation can sign in and read, and nothing else.',
  },
  confirmTitle: { id: 'organisation.confirmTitle', defaultMessage: 'Deactivate {name}?' },
  confirmBody: {
    id: 'organisation.confirmBody',
    defaultMessage:
      'Everything becomes read-only for everyone in the organisation, on every computer once it syncs: no one can start an exam, save answers, author questions or change people. Signing in and reading still work. You can reactivate it here at any time.',
  },
  deactivated: {
    id: 'organisation.deactivated',
    defaultMessage: 'The organisation is deactivated: everything is read-only.',
  },
  undo: { id: 'organisation.undo', defaultMessage: 'Undo: reactivate' },
});
