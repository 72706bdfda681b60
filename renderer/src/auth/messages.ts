import { defineMessages } from '../i18n/catalogue';

export const messages = defineMessages({
  signInTitle: { id: 'auth.signInTitle', defaultMessage: 'Sign in' },
  lede: {
    id: 'auth.lede',
    defaultMessage: 'Use the email and password your organisation gave you.',
  },
  updateNeededTitle: { id: 'auth.updateNeededTitle', defaultMessage: 'Update needed.' },
  updateNeeded: {
    id: 'auth.updateNeeded',
    defaultMessage:
      'The data on this computer is newer than this app. Ask your administrator to update Exam Desk.',
  },
  email: { id: 'auth.email', defaultMessage: 'Email' },
  password: { id: 'auth.password', defaultMessage: 'Password' },
  capsLock: { id: 'auth.capsLock', defaultMessage: 'Caps Lock is on.' },
  signingIn: { id: 'auth.signingIn', defaultMessage: 'Signing in…' },
  signIn: { id: 'auth.signIn', defaultMessage: 'Sign in' },
  footnote: {
    id: 'auth.footnote',
    defaultMessage:
      'Exam Desk keeps working without a network. Your work is saved on this computer first.',
  },
  demoTitle: { id: 'auth.demoTitle', defaultMessage: 'Demo logins' },
  demoLede: {
    id: 'auth.demoLede',
    defaultMessage:
      '{organisation} is a demo organisation. Every account below uses the password <code>{password}</code>; choose one to fill it in.',
  },
});
