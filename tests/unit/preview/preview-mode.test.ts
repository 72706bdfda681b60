import { describe, expect, it } from 'vitest';
import { previewModeFromEnv } from '@main/preview/preview-settings';

describe('the preview’s production mode', () => {
  it('is off unless EXAM_PRODUCTION=1, which may name a stand-in machine folder', () => {
    expect(previewModeFromEnv({})).toEqual({ production: false, machineConfigDir: null });
    expect(previewModeFromEnv({ EXAM_PRODUCTION: '0' })).toEqual({
      production: false,
      machineConfigDir: null,
    });
    expect(previewModeFromEnv({ EXAM_PRODUCTION: '1' })).toEqual({
      production: true,
      machineConfigDir: null,
    });
    expect(
      previewModeFromEnv({ EXAM_PRODUCTION: '1', EXAM_MACHINE_CONFIG_DIR: '/tmp/lab-config' }),
    ).toEqual({ production: true, machineConfigDir: '/tmp/lab-config' });
  });

  it('refuses a value it does not know, naming the variable', () => {
    expect(() => previewModeFromEnv({ EXAM_PRODUCTION: 'yes' })).toThrow(
      'EXAM_PRODUCTION must be 1 (production mode) or 0, not "yes".',
    );
    expect(() => previewModeFromEnv({ EXAM_MACHINE_CONFIG_DIR: '/tmp/x' })).toThrow(
      /EXAM_MACHINE_CONFIG_DIR is only read in production mode/,
    );
  });
});
