import type { DisplaySettings } from '@shared/domain/display';

/** The words of the display settings, in one place so a message catalogue can take them later. */
export const displayText = {
  open: 'Display settings',
  title: 'Display settings',
  lede: 'These follow you to every computer and into your exams.',
  saved: 'Saved. Your exams will look like this.',
  saving: 'Saving…',
  done: 'Done',
  textSize: 'Text size',
  lineSpacing: 'Line spacing',
  contrast: 'Contrast',
  theme: 'Theme',
} as const;

export const optionLabels: {
  [K in keyof DisplaySettings]: Record<DisplaySettings[K], string>;
} = {
  textSize: {
    standard: 'Standard',
    large: 'Large (125 %)',
    larger: 'Larger (150 %)',
    largest: 'Largest (200 %)',
  },
  lineSpacing: { standard: 'Standard', wide: 'Wide', wider: 'Wider' },
  contrast: { standard: 'Standard', high: 'High contrast' },
  theme: { light: 'Light', dark: 'Dark' },
};
