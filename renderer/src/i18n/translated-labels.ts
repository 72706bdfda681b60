import type { SourceMessage } from './catalogue';
import { currentIntl } from './intl';

/**
 * A lookup table of words (`roleLabels[role]`) whose every read gives the
 * active locale's text, so the places that read it need no change.
 */
export function translatedLabels<K extends string>(
  labels: Readonly<Record<K, SourceMessage>>,
): Readonly<Record<K, string>> {
  const table = {} as Record<K, string>;
  for (const key of Object.keys(labels) as K[]) {
    const message: SourceMessage = labels[key];
    Object.defineProperty(table, key, {
      enumerable: true,
      get: () => currentIntl().formatMessage(message),
    });
  }
  return table;
}
