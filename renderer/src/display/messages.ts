import { defineMessages } from '../i18n/catalogue';

export const messages = defineMessages({
  open: { id: 'display.open', defaultMessage: 'Display settings' },
  title: { id: 'display.title', defaultMessage: 'Display settings' },
  lede: {
    id: 'display.lede',
    defaultMessage: 'These follow you to every computer and into your exams.',
  },
  saved: { id: 'display.saved', defaultMessage: 'Saved. Your exams will look like this.' },
  saving: { id: 'display.saving', defaultMessage: 'Saving…' },
  done: { id: 'display.done', defaultMessage: 'Done' },
  textSize: { id: 'display.textSize', defaultMessage: 'Text size' },
  lineSpacing: { id: 'display.lineSpacing', defaultMessage: 'Line spacing' },
  contrast: { id: 'display.contrast', defaultMessage: 'Contrast' },
  theme: { id: 'display.theme', defaultMessage: 'Theme' },
  language: { id: 'display.language', defaultMessage: 'Language' },
  organisationLanguage: {
    id: 'display.organisationLanguage',
    defaultMessage: 'Your organisation’s ({language})',
  },
  standard: { id: 'display.standard', defaultMessage: 'Standard' },
  large: { id: 'display.large', defaultMessage: 'Large (125 %)' },
  larger: { id: 'display.larger', defaultMessage: 'Larger (150 %)' },
  largest: { id: 'display.largest', defaultMessage: 'Largest (200 %)' },
  wide: { id: 'display.wide', defaultMessage: 'Wide' },
  wider: { id: 'display.wider', defaultMessage: 'Wider' },
  highContrast: { id: 'display.highContrast', defaultMessage: 'High contrast' },
  light: { id: 'display.light', defaultMessage: 'Light' },
  dark: { id: 'display.dark', defaultMessage: 'Dark' },
});
