import {
  defaultDisplaySettings,
  type DisplaySettings,
  type VisualSetting,
} from '@shared/domain/display';

/** The attribute on the page root each setting is written to (display.css reads them). */
const attributes: Record<VisualSetting, string> = {
  textSize: 'data-text-size',
  lineSpacing: 'data-line-spacing',
  contrast: 'data-contrast',
  theme: 'data-theme',
};

/**
 * Puts a student's display settings on the page root, as attributes the style
 * sheets read: the page's CSP allows no inline styles, and attributes need
 * none. A standard value leaves its attribute off; null clears them all (the
 * next person on this computer starts with the standard look).
 */
export function applyDisplaySettings(
  settings: DisplaySettings | null,
  root = document.documentElement,
) {
  for (const key of Object.keys(attributes) as VisualSetting[]) {
    const value = settings?.[key] ?? defaultDisplaySettings[key];
    if (value === defaultDisplaySettings[key]) root.removeAttribute(attributes[key]);
    else root.setAttribute(attributes[key], value);
  }
}
