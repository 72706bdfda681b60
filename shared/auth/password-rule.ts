/**
 * The rule for the first admin's password, which guards a whole organisation.
 * The length is checked by the contract; how guessable it is, by zxcvbn in
 * main (electron/services/auth/password-strength.ts), which knows tens of
 * thousands of common passwords, names and words, dates, keyboard runs,
 * repeats and l33t spellings.
 */
export const STRONG_PASSWORD_MIN_LENGTH = 12;
/** zxcvbn's scores run 0 to 4; 3 means "safely unguessable" against an online or slowed attack. */
export const STRONG_PASSWORD_MIN_SCORE = 3;

export const STRONG_PASSWORD_RULE =
  `At least ${STRONG_PASSWORD_MIN_LENGTH} characters and hard to guess: not a common password, ` +
  'not built from your name, email or organisation, and not a date, a keyboard run or a repeat. ' +
  'A few unrelated words work well.';
