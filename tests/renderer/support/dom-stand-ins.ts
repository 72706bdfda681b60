/**
 * jsdom (used where DOMPurify must run: it does not support happy-dom) has no
 * modal dialogs and cannot play media. These stand-ins do what Chromium does
 * at the level the components see: `showModal` opens the dialog; `play` and
 * `pause` flip `paused` and fire the events a real element fires. Playback
 * itself is tested in Chromium.
 */

export function installDialogStandIn(): void {
  const proto = HTMLDialogElement.prototype as Partial<HTMLDialogElement>;
  if (typeof proto.showModal === 'function') return;
  proto.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  proto.close = function close(this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}

const pausedState = new WeakMap<HTMLMediaElement, boolean>();

export interface MediaStandIn {
  /** Every element `play()` was called on, in order. */
  played: HTMLMediaElement[];
  /** Ends playback of the element as reaching its end would. */
  finish(element: HTMLMediaElement): void;
}

export function installMediaStandIn(): MediaStandIn {
  const played: HTMLMediaElement[] = [];
  const proto = HTMLMediaElement.prototype;
  Object.defineProperty(proto, 'paused', {
    configurable: true,
    get(this: HTMLMediaElement) {
      return pausedState.get(this) ?? true;
    },
  });
  proto.play = function play(this: HTMLMediaElement) {
    played.push(this);
    pausedState.set(this, false);
    this.dispatchEvent(new Event('play'));
    return Promise.resolve();
  };
  proto.pause = function pause(this: HTMLMediaElement) {
    if (pausedState.get(this) === false) {
      pausedState.set(this, true);
      this.dispatchEvent(new Event('pause'));
    }
  };
  return {
    played,
    finish(element) {
      pausedState.set(element, true);
      element.dispatchEvent(new Event('pause'));
      element.dispatchEvent(new Event('ended'));
    },
  };
}
