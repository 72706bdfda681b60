import { Node } from '@tiptap/core';
import { NodeSelection } from '@tiptap/pm/state';
import { mediaSrcPattern } from '@shared/content/rich-text-policy';
import type { MediaResolver } from '../media-source';
import { currentIntl } from '../../i18n/intl';
import { messages } from './messages';

export interface ImageAttributes {
  hash: string;
  alt: string;
  width: number | null;
  height: number | null;
}

export interface MediaNodeOptions {
  /** Where the editor's images and clips are shown from (stored media, by hash). */
  media: MediaResolver;
  /** Asked to change an image's alt text, at this document position. */
  onEditImage: (position: number, attributes: ImageAttributes) => void;
}

/**
 * Where the editor's own markup keeps a media reference: not in `src`, because
 * ProseMirror renders this markup in the page itself (when a view is torn
 * down, and for the clipboard) and an element with a `src` there starts a
 * fetch at once. The HTML the editor hands over has it back in `src`
 * (`withMediaSources`).
 */
export const MEDIA_SRC_ATTRIBUTE = 'data-media-src';

const hashOf = (element: HTMLElement): string | null =>
  mediaSrcPattern.exec(
    element.getAttribute('src') ?? element.getAttribute(MEDIA_SRC_ATTRIBUTE) ?? '',
  )?.[1] ?? null;

/** Puts each media reference of the editor's markup back in `src`, in a document where nothing loads. */
export function withMediaSources(root: Element): void {
  for (const element of Array.from(root.querySelectorAll(`[${MEDIA_SRC_ATTRIBUTE}]`))) {
    element.setAttribute('src', element.getAttribute(MEDIA_SRC_ATTRIBUTE) ?? '');
    element.removeAttribute(MEDIA_SRC_ATTRIBUTE);
  }
}

const sizeOf = (value: string | null): number | null =>
  value !== null && /^\d{1,5}$/.test(value) ? Number(value) : null;

/** Points an element at the media's blob: URL once it is known; a `media:` URL is never put in the page. */
function showFrom(
  media: MediaResolver,
  hash: string,
  element: HTMLImageElement | HTMLAudioElement,
) {
  media.urlFor(hash).then(
    (url) => {
      element.src = url;
    },
    () => {
      element.classList.add('editor-media--missing');
    },
  );
}

/**
 * An image in the text: `<img src="media:<sha256>" alt="…">`, the only image
 * the content policy keeps. Images with any other source are not taken in
 * (a pasted web image is dropped, not fetched). Enter on a selected image, or
 * a double click, edits its alt text.
 */
export const MediaImage = Node.create<MediaNodeOptions>({
  name: 'mediaImage',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  draggable: true,

  addOptions() {
    return {
      media: { urlFor: () => Promise.reject(new Error('no media source')) },
      onEditImage: () => undefined,
    };
  },

  addAttributes() {
    return {
      hash: { default: '', rendered: false },
      alt: { default: '', rendered: false },
      width: { default: null, rendered: false },
      height: { default: null, rendered: false },
    };
  },

  parseHTML() {
    return [
      {
        tag: 'img',
        getAttrs: (element) => {
          const hash = hashOf(element);
          if (hash === null) return false;
          return {
            hash,
            alt: element.getAttribute('alt') ?? '',
            width: sizeOf(element.getAttribute('width')),
            height: sizeOf(element.getAttribute('height')),
          };
        },
      },
    ];
  },

  renderHTML({ node }) {
    const a = node.attrs as ImageAttributes;
    return [
      'img',
      {
        [MEDIA_SRC_ATTRIBUTE]: `media:${a.hash}`,
        alt: a.alt,
        ...(a.width !== null && { width: String(a.width) }),
        ...(a.height !== null && { height: String(a.height) }),
      },
    ];
  },

  addNodeView() {
    return ({ node, getPos }) => {
      const dom = document.createElement('span');
      dom.className = 'editor-image';
      const image = document.createElement('img');
      const caption = document.createElement('span');
      caption.className = 'editor-image__alt';
      const draw = (a: ImageAttributes) => {
        image.alt = a.alt;
        caption.textContent =
          a.alt.trim() === '' ? currentIntl().formatMessage(messages.noAltCaption) : a.alt;
        dom.classList.toggle('editor-image--no-alt', a.alt.trim() === '');
      };
      const attributes = node.attrs as ImageAttributes;
      draw(attributes);
      showFrom(this.options.media, attributes.hash, image);
      dom.append(image, caption);
      dom.addEventListener('dblclick', () => {
        const position = getPos();
        if (position !== undefined)
          this.options.onEditImage(position, node.attrs as ImageAttributes);
      });
      return {
        dom,
        update: (next) => {
          if (next.type.name !== 'mediaImage') return false;
          if ((next.attrs as ImageAttributes).hash !== attributes.hash) return false;
          draw(next.attrs as ImageAttributes);
          return true;
        },
      };
    };
  },

  addKeyboardShortcuts() {
    return {
      Enter: ({ editor }) => {
        const { selection } = editor.state;
        if (!(selection instanceof NodeSelection) || selection.node.type.name !== 'mediaImage') {
          return false;
        }
        this.options.onEditImage(selection.from, selection.node.attrs as ImageAttributes);
        return true;
      },
    };
  },
});

/** An audio clip in the text: `<audio src="media:<sha256>">`, shown to the author with the browser's controls. */
export const MediaAudio = Node.create<Pick<MediaNodeOptions, 'media'>>({
  name: 'mediaAudio',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,

  addOptions() {
    return { media: { urlFor: () => Promise.reject(new Error('no media source')) } };
  },

  addAttributes() {
    return { hash: { default: '', rendered: false } };
  },

  parseHTML() {
    return [
      {
        tag: 'audio',
        getAttrs: (element) => {
          const hash = hashOf(element);
          return hash === null ? false : { hash };
        },
      },
    ];
  },

  renderHTML({ node }) {
    return ['audio', { [MEDIA_SRC_ATTRIBUTE]: `media:${String(node.attrs.hash)}` }];
  },

  addNodeView() {
    return ({ node }) => {
      const dom = document.createElement('span');
      dom.className = 'editor-audio';
      const label = document.createElement('span');
      label.className = 'editor-audio__label';
      label.textContent = currentIntl().formatMessage(messages.audioClip);
      const audio = document.createElement('audio');
      audio.controls = true;
      audio.preload = 'metadata';
      showFrom(this.options.media, String(node.attrs.hash), audio);
      dom.append(label, audio);
      return { dom };
    };
  },
});
