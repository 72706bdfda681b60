import { defineMessages } from '../i18n/catalogue';

export const messages = defineMessages({
  playsLeft: {
    id: 'content.playsLeft',
    defaultMessage: '{count, plural, one {# play left} other {# plays left}}',
  },
  lastPlay: { id: 'content.lastPlay', defaultMessage: 'This is the last play' },
  noPlaysLeft: { id: 'content.noPlaysLeft', defaultMessage: 'No plays left' },
  cannotPlay: {
    id: 'content.cannotPlay',
    defaultMessage: 'The clip could not be played on this computer.',
  },
  notCounted: {
    id: 'content.notCounted',
    defaultMessage: 'The play could not be counted, so the clip did not start. Try again.',
  },
  cannotLoad: { id: 'content.cannotLoad', defaultMessage: 'The clip could not be loaded.' },
  pause: { id: 'content.pause', defaultMessage: 'Pause' },
  resume: { id: 'content.resume', defaultMessage: 'Resume' },
  play: { id: 'content.play', defaultMessage: 'Play' },
  position: { id: 'content.position', defaultMessage: 'Position' },
  positionOf: { id: 'content.positionOf', defaultMessage: '{position} of {duration}' },
  loadingClip: { id: 'content.loadingClip', defaultMessage: 'Loading the clip…' },
  clipMissing: { id: 'content.clipMissing', defaultMessage: 'The clip is not available.' },
  loadingImage: { id: 'content.loadingImage', defaultMessage: 'Loading image…' },
  imageMissing: { id: 'content.imageMissing', defaultMessage: 'Image not available: {alt}' },
  enlargeImage: { id: 'content.enlargeImage', defaultMessage: 'Enlarge image: {alt}' },
  image: { id: 'content.image', defaultMessage: 'Image' },
  close: { id: 'content.close', defaultMessage: 'Close' },
  audioClip: { id: 'content.audioClip', defaultMessage: 'Audio clip' },
  audioClipNumbered: { id: 'content.audioClipNumbered', defaultMessage: 'Audio clip {n}' },
});
