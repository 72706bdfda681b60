import type { UiLocale } from '@shared/i18n/locales';
import type { SourceMessages } from './catalogue';

/** Every screen folder's English source, found by file name (see catalogue.ts). */
const sources = import.meta.glob<SourceMessages>('../**/messages.ts', {
  eager: true,
  import: 'messages',
});
/** Every folder's translations, `../<folder>/locales/<locale>.ts`. */
const translated = import.meta.glob<Readonly<Record<string, string>>>('../**/locales/*.ts', {
  eager: true,
  import: 'translations',
});

export type Catalogue = Readonly<Record<string, string>>;

export interface Namespace {
  /** The folder, relative to renderer/src: `auth`, `exams/items`. */
  folder: string;
  source: SourceMessages;
  /** The folder's translations by locale, keyed by the message's id. */
  locales: Partial<Record<UiLocale, Catalogue>>;
}

function folderOf(path: string, suffix: RegExp): string {
  return path.replace(/^\.\.\//u, '').replace(suffix, '');
}

function buildNamespaces(): Namespace[] {
  const byFolder = new Map<string, Namespace>();
  for (const [path, source] of Object.entries(sources)) {
    const folder = folderOf(path, /\/messages\.ts$/u);
    byFolder.set(folder, { folder, source, locales: {} });
  }
  for (const [path, names] of Object.entries(translated)) {
    const match = /^(.*)\/locales\/([^/]+)\.ts$/u.exec(folderOf(path, /$/u));
    const namespace = match?.[1] === undefined ? undefined : byFolder.get(match[1]);
    if (!namespace || match?.[2] === undefined) continue;
    const byId: Record<string, string> = {};
    for (const [name, text] of Object.entries(names)) {
      const id = namespace.source[name]?.id;
      if (id !== undefined) byId[id] = text;
    }
    namespace.locales[match[2] as UiLocale] = byId;
  }
  return [...byFolder.values()];
}

export const namespaces: readonly Namespace[] = buildNamespaces();

/** The English text of every message, by id. */
export function sourceCatalogue(): Catalogue {
  const all: Record<string, string> = {};
  for (const { source } of namespaces) {
    for (const message of Object.values(source)) all[message.id] = message.defaultMessage;
  }
  return all;
}

/** One locale's text of every message, by id; English for en. */
export function catalogueFor(locale: UiLocale): Catalogue {
  if (locale === 'en') return sourceCatalogue();
  const all: Record<string, string> = {};
  for (const namespace of namespaces) Object.assign(all, namespace.locales[locale]);
  return all;
}
