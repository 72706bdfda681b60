import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';
import { STRONG_PASSWORD_MIN_SCORE } from '@shared/auth/password-rule';

let factory: ZxcvbnFactory | null = null;

/** Built on first use: loading the dictionaries takes a moment nobody should wait for at start. */
function estimator(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
  });
  return factory;
}

/**
 * Why a password is too easy to guess, as the strength checker's advice (empty
 * when it gives none), or null when it is strong enough. `related` are words an attacker would try first: the
 * person's name and email, the organisation's name.
 */
export function weakPasswordReason(
  password: string,
  related: readonly string[],
): { hint: string } | null {
  const words = related.flatMap((r) => r.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter(Boolean);
  const result = estimator().check(password, words);
  if (result.score >= STRONG_PASSWORD_MIN_SCORE) return null;
  const hint = [result.feedback.warning, ...result.feedback.suggestions]
    .filter((s): s is string => typeof s === 'string' && s.trim() !== '')
    .map((s) => s.trim().replace(/\.?$/, '.'))
    .join(' ');
  return { hint };
}
