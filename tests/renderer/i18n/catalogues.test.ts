import {
  isArgumentElement,
  isDateElement,
  isLiteralElement,
  isNumberElement,
  isPluralElement,
  isSelectElement,
  isTagElement,
  isTimeElement,
  parse,
  type MessageFormatElement,
} from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { uiLocales } from '@shared/i18n/locales';
import { accent, pseudoLocalise } from '@renderer/i18n/pseudo';
import { namespaces, sourceCatalogue } from '@renderer/i18n/registry';

/** Each argument and tag a message uses, with its kind: `count:plural`, `code:tag`. */
function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (isArgumentElement(element)) into.add(`${element.value}:argument`);
    else if (isNumberElement(element)) into.add(`${element.value}:number`);
    else if (isDateElement(element)) into.add(`${element.value}:date`);
    else if (isTimeElement(element)) into.add(`${element.value}:time`);
    else if (isTagElement(element)) {
      into.add(`${element.value}:tag`);
      argumentsOf(element.children, into);
    } else if (isPluralElement(element) || isSelectElement(element)) {
      into.add(`${element.value}:${isPluralElement(element) ? 'plural' : 'select'}`);
      for (const option of Object.values(element.options)) argumentsOf(option.value, into);
    }
  }
  return into;
}

/** Every plural in a message, with the categories it gives a text for. */
function pluralsOf(elements: MessageFormatElement[], into: string[][] = []): string[][] {
  for (const element of elements) {
    if (isTagElement(element)) pluralsOf(element.children, into);
    if (isPluralElement(element) || isSelectElement(element)) {
      if (isPluralElement(element)) into.push(Object.keys(element.options));
      for (const option of Object.values(element.options)) pluralsOf(option.value, into);
    }
  }
  return into;
}

/** The words of a message, outside its arguments. */
function literalsOf(elements: MessageFormatElement[], into: string[] = []): string[] {
  for (const element of elements) {
    if (isLiteralElement(element)) into.push(element.value);
    if (isTagElement(element)) literalsOf(element.children, into);
    if (isPluralElement(element) || isSelectElement(element)) {
      for (const option of Object.values(element.options)) literalsOf(option.value, into);
    }
  }
  return into;
}

const source = sourceCatalogue();

describe('message catalogues', () => {
  it('finds the screen folders that have catalogues', () => {
    expect(namespaces.map((n) => n.folder)).toEqual(expect.arrayContaining(['auth', 'lib']));
  });

  it('names every message after its folder, once across the app', () => {
    const seen = new Set<string>();
    for (const { folder, source: messages } of namespaces) {
      for (const message of Object.values(messages)) {
        expect(message.id.startsWith(`${folder.replaceAll('/', '.')}.`), message.id).toBe(true);
        expect(seen.has(message.id), `${message.id} is defined twice`).toBe(false);
        seen.add(message.id);
      }
    }
  });

  for (const locale of uiLocales) {
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;

    it(`has every message in ${locale}, with the English arguments and ${categories.join('/')} plurals`, () => {
      for (const { folder, source: messages, locales } of namespaces) {
        const catalogue = locale === 'en' ? source : locales[locale];
        expect(catalogue, `${folder} has no ${locale} catalogue`).toBeDefined();
        for (const message of Object.values(messages)) {
          const text = catalogue?.[message.id];
          expect(text, `${message.id} is missing in ${locale}`).toBeTypeOf('string');
          const parsed = parse(text ?? '');
          expect(argumentsOf(parsed), `${message.id} in ${locale}`).toEqual(
            argumentsOf(parse(message.defaultMessage)),
          );
          for (const given of pluralsOf(parsed)) {
            expect(given, `${message.id} in ${locale}`).toEqual(
              expect.arrayContaining([...categories]),
            );
          }
        }
      }
    });
  }
});

describe('the pseudo-locale', () => {
  it('leaves no plain letter in any message, only argument names', () => {
    for (const [id, text] of Object.entries(source)) {
      for (const literal of literalsOf(pseudoLocalise(text))) {
        expect(literal, id).not.toMatch(/[A-Za-z]/u);
      }
      expect(argumentsOf(pseudoLocalise(text)), id).toEqual(argumentsOf(parse(text)));
    }
  });

  it('accents every ASCII letter', () => {
    expect(accent('Sign in to Exam Desk, 3 times')).not.toMatch(/[A-Za-z]/u);
    expect(accent('Sign in').length).toBe('Sign in'.length);
  });
});
