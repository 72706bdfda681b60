import type { GuessKind } from '@shared/auth/guess-policy';
import type { IntegrityKind } from '@shared/domain/exam';
import { translatedLabels } from '../i18n/translated-labels';
import { messages } from './messages';

/** What an integrity event is called on the console, in the active language. */
export const integrityKindWords = translatedLabels<IntegrityKind>({
  window_blur: messages.integrityWindowBlur,
  visibility_hidden: messages.integrityVisibilityHidden,
  fullscreen_exit: messages.integrityFullscreenExit,
  paste_blocked: messages.integrityPasteBlocked,
  focus_lost: messages.integrityFocusLost,
  clock_jump: messages.integrityClockJump,
  suspend: messages.integritySuspend,
  restart: messages.integrityRestart,
  multiple_displays: messages.integrityMultipleDisplays,
  device_change: messages.integrityDeviceChange,
  resume_code_used: messages.integrityResumeCodeUsed,
  quit_unlocked: messages.integrityQuitUnlocked,
  blocked_shortcut: messages.integrityBlockedShortcut,
  guess_lockout: messages.integrityGuessLockout,
});

/** What was guessed at, for the lockouts list. */
export const guessKindWords = translatedLabels<GuessKind>({
  sign_in: messages.guessSignIn,
  pin: messages.guessPin,
  start_code: messages.guessStartCode,
  resume_code: messages.guessResumeCode,
});
