import { describe, expect, it } from 'vitest';
import {
  listenFailure,
  previewAddressFromEnv,
  PreviewSettingError,
} from '@main/preview/preview-settings';

const TOKEN = 'kq3V9zT1-bookmark_ok';

describe('the preview address from the environment', () => {
  it('is random (port 0, no token) when nothing is set', () => {
    expect(previewAddressFromEnv({})).toEqual({ port: 0 });
    expect(previewAddressFromEnv({ EXAM_PREVIEW_PORT: '', EXAM_PREVIEW_TOKEN: '' })).toEqual({
      port: 0,
    });
  });

  it('takes a fixed port and token for a stable link', () => {
    expect(previewAddressFromEnv({ EXAM_PREVIEW_PORT: '5180', EXAM_PREVIEW_TOKEN: TOKEN })).toEqual(
      { port: 5180, token: TOKEN },
    );
    expect(previewAddressFromEnv({ EXAM_PREVIEW_PORT: ' 65535 ' })).toEqual({ port: 65_535 });
  });

  it.each(['abc', '0', '65536', '-1', '51.8', '5e3', '0x50'])(
    'refuses EXAM_PREVIEW_PORT=%s, naming the variable',
    (value) => {
      expect(() => previewAddressFromEnv({ EXAM_PREVIEW_PORT: value })).toThrow(
        new PreviewSettingError(
          `EXAM_PREVIEW_PORT must be a whole number from 1 to 65535, not "${value}".`,
        ),
      );
    },
  );

  it('refuses a short token, naming the variable and never echoing the token', () => {
    const call = () => previewAddressFromEnv({ EXAM_PREVIEW_TOKEN: 'secret' });
    expect(call).toThrow(PreviewSettingError);
    expect(call).toThrow(
      'EXAM_PREVIEW_TOKEN must be 16 to 256 letters, digits, "-" or "_" (the one set has 6 characters).',
    );
    expect(call).not.toThrow(/secret/);
  });

  it('refuses a token that would need escaping in the link', () => {
    const token = 'a-long-token-with/slash&amp';
    expect(() => previewAddressFromEnv({ EXAM_PREVIEW_TOKEN: token })).toThrow(
      `EXAM_PREVIEW_TOKEN must be 16 to 256 letters, digits, "-" or "_" (the one set has ${String(token.length)} characters, some of them other than those).`,
    );
    expect(() => previewAddressFromEnv({ EXAM_PREVIEW_TOKEN: 'x'.repeat(257) })).toThrow(
      /^EXAM_PREVIEW_TOKEN must be/,
    );
  });
});

describe('why the preview could not listen', () => {
  it('names EXAM_PREVIEW_PORT when the port is taken or not allowed', () => {
    const inUse = Object.assign(new Error('listen EADDRINUSE'), { code: 'EADDRINUSE' });
    expect(listenFailure(inUse, 5180)).toBe(
      'port 5180 on 127.0.0.1 is already in use (another preview running?): stop that, or set EXAM_PREVIEW_PORT to another port.',
    );
    const denied = Object.assign(new Error('listen EACCES'), { code: 'EACCES' });
    expect(listenFailure(denied, 80)).toContain('set EXAM_PREVIEW_PORT to a port above 1023');
    expect(listenFailure(new Error('something else'), 5180)).toBe('something else');
  });
});
