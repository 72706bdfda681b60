import { create } from 'zustand';

/**
 * The screen inside a mode lives in the URL hash (`#/questions`), so a reload
 * stays on it and links work without a router. Only the hash is used: the
 * packaged app is served from one document.
 */
interface RouteState {
  /** The hash without `#/`, e.g. `questions`; empty for a mode's landing screen. */
  path: string;
}

const readPath = (): string => window.location.hash.replace(/^#\/?/, '');

export const useRouteStore = create<RouteState>()(() => ({ path: readPath() }));

/** Follows back/forward and link clicks; returns the unsubscribe. */
export function followHash(): () => void {
  const update = () => useRouteStore.setState({ path: readPath() });
  window.addEventListener('hashchange', update);
  return () => window.removeEventListener('hashchange', update);
}

export const hrefFor = (path: string): string => `#/${path}`;

/** Forgets the screen, so the next person lands on their own mode's landing screen. */
export function resetRoute(): void {
  const url = new URL(window.location.href);
  url.hash = '';
  window.history.replaceState(null, '', url.toString());
  useRouteStore.setState({ path: '' });
}
