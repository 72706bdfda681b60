const plain = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const accented = 'áƀçðéƒĝĥíĵķļɱñóþǫŕšţúṽŵẋýžÁƁÇÐÉƑĜĤÍĴĶĻṀÑÓÞǪŔŠŢÚṼŴẊÝŽ';
// Each accented letter is one code point, so Array.from pairs them up with the plain ones.
const accentedLetters = Array.from(accented);
const accentOf = new Map(Array.from(plain, (ch, i) => [ch, accentedLetters[i] ?? ch]));

/**
 * Every ASCII letter accented: nothing left that reads as plain English. The
 * pseudo-locale's words (see renderer/src/i18n/pseudo.ts), here so the
 * end-to-end tests that look for them spell them the same way.
 */
export function accent(text: string): string {
  return text.replace(/[a-zA-Z]/gu, (ch) => accentOf.get(ch) ?? ch);
}
