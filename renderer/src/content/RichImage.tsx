import { useEffect, useRef, useState } from 'react';
import { useIntl } from '../i18n/use-intl';
import { Dialog } from '../ui/Dialog';
import { useMediaUrl } from './media-source';
import { messages } from './messages';

interface Props {
  hash: string;
  alt: string;
  width: number | null;
  height: number | null;
}

/** Keeps the image's room while it loads, so the question does not jump (set through the CSSOM). */
function reservedShape(width: number | null, height: number | null) {
  return width !== null && height !== null && width > 0 && height > 0
    ? { aspectRatio: `${width} / ${height}`, width: `${width}px` }
    : undefined;
}

/**
 * A question image: scales to its container (so the page can be zoomed and
 * pinched), and opens larger in a dialog on a click, Enter or Space.
 */
export function RichImage({ hash, alt, width, height }: Props) {
  const intl = useIntl();
  const media = useMediaUrl(hash);
  const [enlarged, setEnlarged] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  // Back to the image once the dialog is gone (the page behind it was inert while it was open).
  useEffect(() => {
    if (wasOpen.current && !enlarged) trigger.current?.focus();
    wasOpen.current = enlarged;
  }, [enlarged]);
  if (media.state !== 'ready') {
    return (
      <span
        className={`rich-image rich-image--${media.state}`}
        role="img"
        aria-label={alt}
        style={reservedShape(width, height)}
      >
        <span className="rich-image__note" aria-hidden="true">
          {media.state === 'loading'
            ? intl.formatMessage(messages.loadingImage)
            : intl.formatMessage(messages.imageMissing, { alt })}
        </span>
      </span>
    );
  }
  return (
    <>
      <button
        ref={trigger}
        type="button"
        className="rich-image"
        aria-haspopup="dialog"
        aria-label={intl.formatMessage(messages.enlargeImage, { alt })}
        onClick={() => setEnlarged(true)}
      >
        <img
          className="rich-image__img"
          src={media.url}
          alt={alt}
          width={width ?? undefined}
          height={height ?? undefined}
          draggable={false}
        />
      </button>
      {/* Mounted only while open: a question shows many images and opens few. */}
      {enlarged && (
        <Dialog
          title={intl.formatMessage(messages.image)}
          open
          onClose={() => setEnlarged(false)}
          wide
          actions={
            <button type="button" className="button" onClick={() => setEnlarged(false)}>
              {intl.formatMessage(messages.close)}
            </button>
          }
        >
          <div className="rich-image__zoom">
            <img className="rich-image__full" src={media.url} alt={alt} />
          </div>
        </Dialog>
      )}
    </>
  );
}
