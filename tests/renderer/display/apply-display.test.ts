import { afterEach, describe, expect, it } from 'vitest';
import { applyDisplaySettings } from '@renderer/display/apply-display';

const attributes = () =>
  ['data-text-size', 'data-line-spacing', 'data-contrast', 'data-theme'].map((name) =>
    document.documentElement.getAttribute(name),
  );

describe('display settings on the page root', () => {
  afterEach(() => applyDisplaySettings(null));

  it('writes the chosen settings as attributes, and none for a standard one', () => {
    applyDisplaySettings({
      textSize: 'largest',
      lineSpacing: 'standard',
      contrast: 'high',
      theme: 'dark',
    });
    expect(attributes()).toEqual(['largest', null, 'high', 'dark']);
    // No inline style: the page's CSP allows none.
    expect(document.documentElement.getAttribute('style')).toBeNull();
  });

  it('takes every attribute off for the next person', () => {
    applyDisplaySettings({
      textSize: 'large',
      lineSpacing: 'wider',
      contrast: 'high',
      theme: 'dark',
    });
    applyDisplaySettings(null);
    expect(attributes()).toEqual([null, null, null, null]);
  });
});
