import { z } from 'zod';
import { uiLocaleSchema } from '../i18n/locales';

/**
 * A student's display settings: text size, line spacing, contrast and theme.
 * They follow the student to every computer (a synced row) and into the exam;
 * the renderer applies them as attributes on the page root, which the style
 * sheets read (no inline styles: the page's CSP allows none).
 */
export const textSizes = ['standard', 'large', 'larger', 'largest'] as const;
export const lineSpacings = ['standard', 'wide', 'wider'] as const;
export const contrasts = ['standard', 'high'] as const;
export const themes = ['light', 'dark'] as const;

export const displaySettingsSchema = z
  .object({
    textSize: z.enum(textSizes, { error: 'must be standard, large, larger or largest' }),
    lineSpacing: z.enum(lineSpacings, { error: 'must be standard, wide or wider' }),
    contrast: z.enum(contrasts, { error: 'must be standard or high' }),
    theme: z.enum(themes, { error: 'must be light or dark' }),
    // Absent when the student has not chosen one (their screens follow the organisation's);
    // null in an update clears the choice.
    language: uiLocaleSchema.nullable().optional(),
  })
  .strict();
export type DisplaySettings = z.infer<typeof displaySettingsSchema>;
/** The settings that change how the page looks (the language is chosen apart). */
export type VisualSetting = Exclude<keyof DisplaySettings, 'language'>;

export const defaultDisplaySettings: DisplaySettings = {
  textSize: 'standard',
  lineSpacing: 'standard',
  contrast: 'standard',
  theme: 'light',
};

/** How much larger each text size makes the text (the largest is twice the standard, WCAG 1.4.4). */
export const visualSettings: readonly VisualSetting[] = [
  'textSize',
  'lineSpacing',
  'contrast',
  'theme',
];

export const textScale: Record<DisplaySettings['textSize'], number> = {
  standard: 1,
  large: 1.25,
  larger: 1.5,
  largest: 2,
};
