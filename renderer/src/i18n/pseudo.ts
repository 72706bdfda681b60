import {
  isLiteralElement,
  isPluralElement,
  isSelectElement,
  isTagElement,
  parse,
  TYPE,
  type MessageFormatElement,
} from '@formatjs/icu-messageformat-parser';
import { accent } from '@shared/i18n/pseudo-accent';

export { accent };

function pseudoElements(elements: MessageFormatElement[]): MessageFormatElement[] {
  return elements.map((element) => {
    if (isLiteralElement(element)) return { ...element, value: accent(element.value) };
    if (isTagElement(element)) return { ...element, children: pseudoElements(element.children) };
    if (isPluralElement(element) || isSelectElement(element)) {
      const options = Object.fromEntries(
        Object.entries(element.options).map(([key, option]) => [
          key,
          { ...option, value: pseudoElements(option.value) },
        ]),
      );
      return { ...element, options };
    }
    return element;
  });
}

/**
 * An English message as the pseudo-locale shows it: letters accented, the
 * whole bracketed, arguments and tags kept. Built from the parsed message, so
 * an argument's name is never accented.
 */
export function pseudoLocalise(message: string): MessageFormatElement[] {
  return [
    { type: TYPE.literal, value: '[' },
    ...pseudoElements(parse(message)),
    { type: TYPE.literal, value: ']' },
  ];
}
