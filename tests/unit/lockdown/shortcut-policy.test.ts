import { describe, expect, it } from 'vitest';
import {
  shortcutVerdict,
  type ExamPlatform,
  type KeyInput,
} from '@shared/lockdown/shortcut-policy';

const key = (k: string, mods: Partial<KeyInput> = {}, code?: string): KeyInput => ({
  type: 'keyDown',
  key: k,
  code: code ?? (/^[a-z]$/i.test(k) ? `Key${k.toUpperCase()}` : k),
  control: false,
  alt: false,
  meta: false,
  shift: false,
  ...mods,
});

const platforms: ExamPlatform[] = ['win32', 'darwin', 'linux'];
const cmd = (p: ExamPlatform) => (p === 'darwin' ? { meta: true } : { control: true });

describe('exam window shortcut policy', () => {
  it.each(platforms)('blocks reload, close, quit, devtools, print and zoom on %s', (p) => {
    const cases: Array<[KeyInput, string]> = [
      [key('F5'), 'reload'],
      [key('r', cmd(p)), 'reload'],
      [key('R', { ...cmd(p), shift: true }), 'reload'],
      [key('w', cmd(p)), 'close'],
      [key('F4', { alt: true }), 'close'],
      [key('q', cmd(p)), 'quit'],
      [key('F12'), 'devtools'],
      [key('I', { ...cmd(p), shift: true }), 'devtools'],
      [key('J', { ...cmd(p), shift: true }), 'devtools'],
      [key('i', { ...cmd(p), alt: true }), 'devtools'],
      [key('p', cmd(p)), 'print'],
      [key('=', cmd(p), 'Equal'), 'zoom'],
      [key('+', { ...cmd(p), shift: true }, 'Equal'), 'zoom'],
      [key('-', cmd(p), 'Minus'), 'zoom'],
      [key('0', cmd(p), 'Digit0'), 'zoom'],
    ];
    for (const [input, reason] of cases) {
      expect(shortcutVerdict(input, p), JSON.stringify(input)).toEqual({
        block: true,
        reason,
      });
    }
  });

  it('blocks switching away where the OS passes the keys to the app', () => {
    expect(shortcutVerdict(key('Tab', { alt: true }), 'win32').reason).toBe('switch_away');
    expect(shortcutVerdict(key('Tab', { meta: true }), 'darwin').reason).toBe('switch_away');
    expect(shortcutVerdict(key('Escape', { control: true }), 'win32').reason).toBe('switch_away');
    expect(shortcutVerdict(key('Meta'), 'win32').reason).toBe('switch_away');
    expect(shortcutVerdict(key('h', { meta: true }), 'darwin').reason).toBe('switch_away');
    expect(shortcutVerdict(key('m', { meta: true }), 'darwin').reason).toBe('switch_away');
    expect(shortcutVerdict(key('F11'), 'linux').reason).toBe('fullscreen');
    expect(shortcutVerdict(key('ArrowLeft', { alt: true }), 'linux').reason).toBe('browser');
  });

  it.each(platforms)('lets a student type, edit and move around on %s', (p) => {
    const allowed: KeyInput[] = [
      key('a'),
      key('A', { shift: true }),
      key('Backspace'),
      key('Delete'),
      key('Enter'),
      key('Tab'),
      key('Tab', { shift: true }),
      key('ArrowLeft'),
      key('ArrowRight', { shift: true }),
      key('Escape'),
      key(' ', {}, 'Space'),
      key('c', cmd(p)),
      key('v', cmd(p)),
      key('x', cmd(p)),
      key('z', cmd(p)),
      key('a', cmd(p)),
      key('1', {}, 'Digit1'),
      key('.', {}, 'Period'),
    ];
    for (const input of allowed)
      expect(shortcutVerdict(input, p), JSON.stringify(input)).toEqual({
        block: false,
        reason: null,
      });
  });

  it('decides on key down only', () => {
    expect(shortcutVerdict({ ...key('F5'), type: 'keyUp' }, 'win32').block).toBe(false);
    expect(shortcutVerdict({ ...key('F5'), type: 'rawKeyDown' }, 'win32').block).toBe(true);
  });

  it('reads the physical key, so a non-Latin layout cannot slip Ctrl+R through', () => {
    expect(shortcutVerdict(key('к', { control: true }, 'KeyR'), 'linux').reason).toBe('reload');
  });
});
