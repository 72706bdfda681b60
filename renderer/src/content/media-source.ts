import { createContext, useContext, useEffect, useState } from 'react';

/**
 * Where question media come from: a URL (blob:) for the bytes of a
 * `media:<sha256>` reference. The exam and the editor give one backed by the
 * API; tests give their own.
 */
export interface MediaResolver {
  urlFor(hash: string): Promise<string>;
}

const nowhere: MediaResolver = {
  urlFor: () => Promise.reject(new Error('No media source is set up on this screen')),
};

export const MediaSource = createContext<MediaResolver>(nowhere);

export type MediaUrl =
  { state: 'loading' } | { state: 'ready'; url: string } | { state: 'failed'; reason: string };

/** Resolved URLs per resolver, so a media item seen before shows at once. */
const resolved = new WeakMap<MediaResolver, Map<string, MediaUrl>>();
const pending = new WeakMap<MediaResolver, Map<string, Promise<MediaUrl>>>();

function known(resolver: MediaResolver, hash: string): MediaUrl | undefined {
  return resolved.get(resolver)?.get(hash);
}

function lookUp(resolver: MediaResolver, hash: string): Promise<MediaUrl> {
  let inFlight = pending.get(resolver);
  if (!inFlight) {
    inFlight = new Map();
    pending.set(resolver, inFlight);
  }
  const existing = inFlight.get(hash);
  if (existing) return existing;
  const promise = resolver.urlFor(hash).then(
    (url): MediaUrl => ({ state: 'ready', url }),
    (error: unknown): MediaUrl => ({
      state: 'failed',
      reason: error instanceof Error ? error.message : String(error),
    }),
  );
  inFlight.set(hash, promise);
  void promise.then((result) => {
    inFlight.delete(hash);
    // A failure is not remembered: the next view asks again (the media may have synced since).
    if (result.state !== 'ready') return;
    let done = resolved.get(resolver);
    if (!done) {
      done = new Map();
      resolved.set(resolver, done);
    }
    done.set(hash, result);
  });
  return promise;
}

/** Asks for a media item's URL ahead of showing it, so it shows at once when it comes. */
export function prefetchMedia(resolver: MediaResolver, hash: string): void {
  if (!known(resolver, hash)) void lookUp(resolver, hash);
}

/** The URL of one media item, from the screen's media source. */
export function useMediaUrl(hash: string): MediaUrl {
  const resolver = useContext(MediaSource);
  const [result, setResult] = useState<{ key: string; value: MediaUrl } | null>(null);
  const cached = known(resolver, hash);
  useEffect(() => {
    if (cached) return;
    let live = true;
    void lookUp(resolver, hash).then((value) => {
      if (live) setResult({ key: hash, value });
    });
    return () => {
      live = false;
    };
  }, [resolver, hash, cached]);
  if (cached) return cached;
  return result?.key === hash ? result.value : { state: 'loading' };
}
