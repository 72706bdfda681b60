/**
 * Which key presses the locked exam window swallows (Electron's
 * `before-input-event`). Pure, so it is tested without a window.
 *
 * An app only sees keys the OS hands it. Ctrl+Alt+Del, Win+L, Alt+Tab and the
 * Windows key on Windows, Cmd+Tab and Cmd+Option+Esc on macOS, and virtual
 * terminal switches on Linux are handled by the OS first; they are listed here
 * anyway (where the OS passes them on, they are blocked) and the exam centre
 * closes the rest with a kiosk session (README "Lockdown").
 */
export interface KeyInput {
  /** 'keyDown', 'rawKeyDown', 'keyUp' or 'char'. */
  type: string;
  /** KeyboardEvent.key, e.g. 'r', 'F5', 'Tab'. */
  key: string;
  /** KeyboardEvent.code, e.g. 'KeyR', 'Equal'. */
  code: string;
  control: boolean;
  alt: boolean;
  meta: boolean;
  shift: boolean;
}

export type ExamPlatform = 'win32' | 'darwin' | 'linux';

export type BlockReason =
  | 'reload'
  | 'close'
  | 'quit'
  | 'devtools'
  | 'print'
  | 'zoom'
  | 'switch_away'
  | 'browser'
  | 'fullscreen';

export interface ShortcutVerdict {
  block: boolean;
  reason: BlockReason | null;
}

const allow: ShortcutVerdict = { block: false, reason: null };
const block = (reason: BlockReason): ShortcutVerdict => ({ block: true, reason });

/** Letters the browser or the OS act on with the platform's command modifier. */
const COMMAND_LETTERS: Record<string, BlockReason> = {
  r: 'reload',
  w: 'close',
  q: 'quit',
  p: 'print',
  n: 'browser',
  t: 'browser',
  o: 'browser',
  s: 'browser',
  u: 'browser',
  f: 'browser',
  g: 'browser',
  l: 'browser',
  j: 'devtools',
  h: 'switch_away',
  m: 'switch_away',
};

const ZOOM_CODES = new Set(['Equal', 'Minus', 'Digit0', 'NumpadAdd', 'NumpadSubtract', 'Numpad0']);
const ZOOM_KEYS = new Set(['+', '=', '-', '_', '0']);

function letterOf(input: KeyInput): string | null {
  if (/^Key[A-Z]$/.test(input.code)) return input.code.slice(3).toLowerCase();
  return input.key.length === 1 ? input.key.toLowerCase() : null;
}

/** The verdict for one key event in the exam window. */
export function shortcutVerdict(input: KeyInput, platform: ExamPlatform): ShortcutVerdict {
  if (input.type === 'keyUp' || input.type === 'char') return allow;
  const key = input.key;
  // The command modifier is Cmd on macOS and Ctrl elsewhere; both are checked
  // everywhere, since a Mac keyboard on a PC (or the reverse) sends either.
  const command = input.control || input.meta;

  if (key === 'F5' || key === 'BrowserRefresh') return block('reload');
  if (key === 'F12') return block('devtools');
  if (key === 'F11') return block('fullscreen');
  if (key === 'PrintScreen' || key === 'Print') return block('print');
  if (key === 'BrowserBack' || key === 'BrowserForward' || key === 'BrowserHome')
    return block('browser');
  if (key === 'F4' && (input.alt || input.control)) return block('close');
  if (key === 'F1' || key === 'F3' || key === 'F6' || key === 'F7' || key === 'F10')
    return block('browser');

  // Leaving the window: task switchers, the start menu, the app switcher.
  if (key === 'Tab' && (input.alt || input.meta || (input.control && platform !== 'darwin')))
    return block('switch_away');
  if (key === 'Escape' && (input.alt || input.control || input.meta)) return block('switch_away');
  if (key === 'Meta' || key === 'OS' || key === 'Super') return block('switch_away');
  if (key === ' ' && input.meta) return block('switch_away');
  if (input.alt && (key === 'ArrowLeft' || key === 'ArrowRight' || key === 'Home'))
    return block('browser');

  if (command) {
    if (input.shift && letterOf(input) === 'i') return block('devtools');
    if (input.shift && letterOf(input) === 'c') return block('devtools');
    if (input.alt && ['i', 'j', 'c'].includes(letterOf(input) ?? '')) return block('devtools');
    if (input.shift && key === 'Delete') return block('browser');
    if (ZOOM_CODES.has(input.code) || ZOOM_KEYS.has(key)) return block('zoom');
    const letter = letterOf(input);
    if (letter !== null) {
      const reason = COMMAND_LETTERS[letter];
      if (reason) return block(reason);
    }
  }
  return allow;
}
