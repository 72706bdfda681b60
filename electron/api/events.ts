import type { EventName, EventPayload } from '@shared/api/events';

export type EventListener = <K extends EventName>(
  name: K,
  payload: EventPayload<K>,
  target: string | null,
) => void;

/**
 * Events from main to the renderer. Transports (IPC windows, the preview's event
 * stream) subscribe; `target` limits an event to one session key, null is everyone.
 */
export class EventHub {
  private readonly listeners = new Set<EventListener>();
  private readonly latest = new Map<EventName, unknown>();

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit<K extends EventName>(name: K, payload: EventPayload<K>, target: string | null = null): void {
    if (target === null) this.latest.set(name, payload);
    for (const listener of this.listeners) listener(name, payload, target);
  }

  /** The last broadcast of an event, for a transport that connects late. */
  last<K extends EventName>(name: K): EventPayload<K> | undefined {
    return this.latest.get(name) as EventPayload<K> | undefined;
  }
}
