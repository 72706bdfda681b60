import { useEffect, useState, type ReactNode } from 'react';
import { MediaSource } from '../content/media-source';
import { apiMediaSource } from './api-media-source';

/**
 * Question media for everything below, through `media.get`. One source per
 * signed-in person (give it their id as its key): what one person fetched is
 * never shown to the next, and their blob: URLs are freed when they leave.
 */
export function ApiMediaProvider({ children }: { children: ReactNode }) {
  const [source] = useState(apiMediaSource);
  useEffect(() => () => source.release(), [source]);
  return <MediaSource.Provider value={source}>{children}</MediaSource.Provider>;
}
