import {
  isArgumentElement,
  isNumberElement,
  isPluralElement,
  isSelectElement,
  parse,
  type MessageFormatElement,
} from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { errorMessageIds } from '@shared/api/error-words';
import { conflict, forbidden, notFound, refusal } from '@shared/api/result';
import { serviceMessageIds } from '@shared/api/service-words';
import { PSEUDO_LOCALE, uiLocales } from '@shared/i18n/locales';
import type { MessageParams } from '@shared/api/error-words';
import { errorText } from '@renderer/errors/error-text';
import { messages } from '@renderer/errors/messages';
import { intlFor } from '@renderer/i18n/intl';
import { pseudoLocalise } from '@renderer/i18n/pseudo';
import { catalogueFor } from '@renderer/i18n/registry';

/** The text of main's code: the services, the API and the data layer. */
const mainSources: Readonly<Record<string, string>> = {
  ...import.meta.glob<string>('../../../electron/**/*.ts', {
    eager: true,
    query: '?raw',
    import: 'default',
  }),
  ...import.meta.glob<string>('../../../db/**/*.ts', {
    eager: true,
    query: '?raw',
    import: 'default',
  }),
};

/** Every message id main's code refuses with: the helpers' first argument, or a kept `id:`. */
function idsUsedIn(sources: Readonly<Record<string, string>>): Set<string> {
  const used = new Set<string>();
  const call =
    /\b(?:conflict|forbidden|invalid|refusal|notFound|conflictError)\(\s*(?:'[A-Z_]+',\s*)?(?:[^,()]+,\s*)?(?:[^'()]*\?\s*)?'([a-z]+\.[A-Za-z]+)'(?:\s*:\s*'([a-z]+\.[A-Za-z]+)')?/gu;
  const kept = /\bid:\s*'([a-z]+\.[A-Za-z]+)'/gu;
  {
    for (const text of Object.values(sources)) {
      for (const match of text.matchAll(call)) {
        if (match[1] !== undefined) used.add(match[1]);
        if (match[2] !== undefined) used.add(match[2]);
      }
      for (const match of text.matchAll(kept)) if (match[1] !== undefined) used.add(match[1]);
      if (/\bnotFound\('[a-zA-Z]+'\)/u.test(text)) used.add('found.thing');
    }
  }
  return used;
}

/** Each argument a message takes, with its kind: `count:plural`, `name:argument`. */
function argumentsOf(elements: MessageFormatElement[], into = new Map<string, string>()) {
  for (const element of elements) {
    if (isPluralElement(element) || isSelectElement(element)) {
      into.set(element.value, isPluralElement(element) ? 'plural' : 'select');
      for (const option of Object.values(element.options)) argumentsOf(option.value, into);
    } else if (isNumberElement(element)) into.set(element.value, 'number');
    else if (isArgumentElement(element) && !into.has(element.value)) {
      into.set(element.value, 'argument');
    }
  }
  return into;
}

/** Values to say a message with: 3 for a count or number, a select's first option, a name. */
function sampleValues(
  elements: MessageFormatElement[],
  into: Record<string, string | number> = {},
): Record<string, string | number> {
  for (const element of elements) {
    if (isPluralElement(element) || isNumberElement(element)) into[element.value] = 3;
    else if (isSelectElement(element)) {
      into[element.value] ??= Object.keys(element.options).find((k) => k !== 'other') ?? 'x';
      for (const option of Object.values(element.options)) sampleValues(option.value, into);
    } else if (isArgumentElement(element)) into[element.value] ??= `Value ${element.value}`;
  }
  return into;
}

const byName: Readonly<Record<string, { id: string; defaultMessage: string } | undefined>> =
  messages;

describe('every refusal main sends has a message id in every catalogue', () => {
  const used = idsUsedIn(mainSources);

  it('finds the ids the services and repositories refuse with', () => {
    expect(used.size).toBeGreaterThan(100);
    for (const id of ['found.thing', 'exam.attemptEnded', 'plan.mediaQuota', 'sealed.copy'])
      expect(used, id).toContain(id);
  });

  it('knows each id used, and has it in English, French, Arabic and the pseudo-locale', () => {
    const known = new Set<string>(errorMessageIds);
    for (const id of used) {
      expect(known.has(id), `${id} is not an error message id`).toBe(true);
      const message = byName[id];
      expect(message, `${id} has no message`).toBeDefined();
      const english = argumentsOf(parse(message?.defaultMessage ?? ''));
      for (const locale of uiLocales) {
        const text = catalogueFor(locale)[message?.id ?? ''];
        expect(text, `${id} in ${locale}`).toBeTypeOf('string');
        expect(argumentsOf(parse(text ?? '')), `${id}'s values in ${locale}`).toEqual(english);
      }
      const pseudo = argumentsOf(pseudoLocalise(message?.defaultMessage ?? ''));
      expect(pseudo, `${id}'s values in ${PSEUDO_LOCALE}`).toEqual(english);
    }
  });

  it('says every service refusal in English as main writes it', () => {
    const en = intlFor('en');
    for (const id of serviceMessageIds) {
      const source = byName[id]?.defaultMessage ?? '';
      const values = sampleValues(parse(source));
      // Said of a field, as a service refuses one (a sentence with no predicate is capitalised).
      // The values' shape is the id's, which the sample built from its message stands for.
      // Plan limits refuse the whole change, never one field.
      const field = id.startsWith('plan.') ? undefined : 'folder';
      const body = refusal('CONFLICT', id, values as never, field).toBody();
      expect(body.messageId).toBe(id);
      expect(errorText(en, body), id).toBe(body.message);
    }
  });
});

describe('service refusals in French and Arabic', () => {
  it('says a plan’s media quota refusal in French with its figures', () => {
    const body = forbidden('plan.mediaQuota', {
      limit: 50,
      plan: 'Starter',
      used: 49.5,
      adding: 1.2,
    }).toBody();
    expect(body.message).toBe(
      'max_media_mb (50) reached: the Starter plan allows 50 MB of images and audio, 49.5 MB are stored and this file is 1.2 MB.',
    );
    expect(body.params).toEqual({ limit: 50, plan: 'Starter', used: 49.5, adding: 1.2 });
    expect(errorText(intlFor('fr'), body)).toBe(
      'max_media_mb (50) atteint : la formule Starter permet 50 Mo d’images et de sons, 49,5 Mo sont déjà stockés et ce fichier fait 1,2 Mo.',
    );
  });

  it('says a thing not found and a question edited meanwhile in French and Arabic', () => {
    const missing = notFound('attempt').toBody();
    expect(missing).toMatchObject({ message: 'Attempt was not found', messageId: 'found.thing' });
    expect(errorText(intlFor('fr'), missing)).toBe('Tentative introuvable');
    expect(errorText(intlFor('ar'), missing)).toBe('المحاولة غير موجود');
    const moved = conflict('questions.versionMoved', { current: 4, base: 3 }).toBody();
    expect(errorText(intlFor('fr'), moved)).toBe(
      'Cette question a été enregistrée en version 4 après que vous avez ouvert la version 3. Rechargez-la pour voir les modifications.',
    );
  });

  it('says a lockout’s wait with its unit and plural', () => {
    const body = refusal('FORBIDDEN', 'guess.tooManyPins', { amount: 1, unit: 'minute' }, 'pin');
    expect(body.message).toBe('Too many wrong PINs. Try again in 1 minute.');
    expect(errorText(intlFor('fr'), body.toBody())).toBe(
      'Trop de codes PIN erronés. Réessayez dans 1 minute.',
    );
    const hours = refusal('FORBIDDEN', 'guess.tooManyPins', { amount: 2, unit: 'hour' }).toBody();
    expect(errorText(intlFor('fr'), hours)).toBe(
      'Trop de codes PIN erronés. Réessayez dans 2 heures.',
    );
  });

  it('shows the English of a refusal whose id this renderer does not know', () => {
    const params: MessageParams = { count: 2 };
    const body = { message: 'A newer refusal', messageId: 'exam.fromTheFuture', params };
    expect(errorText(intlFor('fr'), body as never)).toBe('A newer refusal');
  });
});
