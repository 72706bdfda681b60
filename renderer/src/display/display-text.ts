import type { DisplaySettings, VisualSetting } from '@shared/domain/display';
import { translatedLabels } from '../i18n/translated-labels';
import { messages } from './messages';

/** The words of the display settings, read in the active language. */
export const displayText = translatedLabels({
  open: messages.open,
  title: messages.title,
  lede: messages.lede,
  saved: messages.saved,
  saving: messages.saving,
  done: messages.done,
  textSize: messages.textSize,
  lineSpacing: messages.lineSpacing,
  contrast: messages.contrast,
  theme: messages.theme,
  language: messages.language,
});

export const optionLabels: {
  [K in VisualSetting]: Readonly<Record<DisplaySettings[K], string>>;
} = {
  textSize: translatedLabels({
    standard: messages.standard,
    large: messages.large,
    larger: messages.larger,
    largest: messages.largest,
  }),
  lineSpacing: translatedLabels({
    standard: messages.standard,
    wide: messages.wide,
    wider: messages.wider,
  }),
  contrast: translatedLabels({ standard: messages.standard, high: messages.highContrast }),
  theme: translatedLabels({ light: messages.light, dark: messages.dark }),
};
