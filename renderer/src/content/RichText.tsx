import { Fragment, useLayoutEffect, useMemo, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { parseClozeText } from '@shared/content/cloze';
import type { ContentFormat } from '@shared/domain/question-parts';
import { AudioPlayer } from './AudioPlayer';
import { RichImage } from './RichImage';
import { instantiate, richTemplate, type SlotSpec } from './rich-template';
import './rich-text.css';
import type { IntlShape } from 'react-intl';
import { useIntl } from '../i18n/use-intl';
import { messages } from './messages';

/** Renders one cloze gap: its id and its 1-based place in reading order. */
export type GapRenderer = (gapId: string, position: number) => ReactNode;

interface RichTextProps {
  format: ContentFormat | undefined;
  text: string;
  /** Inside a label, a cell or a line of text rather than a block of its own. */
  inline?: boolean;
  className?: string;
  id?: string;
  /** A cloze passage: each `{{gap:ID}}` marker becomes what this renders. */
  gap?: GapRenderer;
}

/**
 * The one way question content reaches the screen. Plain text is shown as
 * written (nothing in it is read as markup or TeX); HTML is sanitised against
 * the shared policy, its TeX typeset, and its images and audio made
 * interactive.
 */
export function RichText(props: RichTextProps) {
  return props.format === 'html' ? <HtmlText {...props} /> : <PlainText {...props} />;
}

function PlainText({ text, inline = false, className, id, gap }: RichTextProps) {
  const Tag = inline ? 'span' : 'p';
  if (!gap) {
    return (
      <Tag className={className} id={id}>
        {text}
      </Tag>
    );
  }
  const segments = parseClozeText(text);
  const positions = gapPositions(segments.map((s) => s.kind === 'gap'));
  return (
    <Tag className={className} id={id}>
      {segments.map((segment, i) => (
        <Fragment key={i}>
          {segment.kind === 'text' ? segment.text : gap(segment.id, positions[i] ?? 0)}
        </Fragment>
      ))}
    </Tag>
  );
}

/** For each entry, how many gaps there are up to and including it: a gap's 1-based place. */
function gapPositions(isGap: readonly boolean[]): number[] {
  let count = 0;
  return isGap.map((g) => (g ? (count += 1) : count));
}

function slotLabels(
  intl: IntlShape,
  slots: readonly SlotSpec[],
): Array<{ position: number; audioLabel: string }> {
  const audioCount = slots.filter((s) => s.kind === 'audio').length;
  let gaps = 0;
  let clips = 0;
  return slots.map((slot) => {
    if (slot.kind === 'gap') gaps += 1;
    if (slot.kind === 'audio') clips += 1;
    return {
      position: gaps,
      audioLabel:
        audioCount > 1
          ? intl.formatMessage(messages.audioClipNumbered, { n: clips })
          : intl.formatMessage(messages.audioClip),
    };
  });
}

function HtmlText({ text, inline = false, className, id, gap }: RichTextProps) {
  const cloze = gap !== undefined;
  const template = useMemo(() => richTemplate(text, cloze), [text, cloze]);
  const view = useMemo(() => instantiate(template), [template]);
  const intl = useIntl();
  const labels = useMemo(() => slotLabels(intl, template.slots), [intl, template]);
  const host = useRef<HTMLElement | null>(null);

  // The sanitised content is put in place by hand: React owns only the interactive parts inside it.
  useLayoutEffect(() => {
    const element = host.current;
    if (!element) return;
    element.replaceChildren(...view.nodes);
    return () => element.replaceChildren();
  }, [view]);

  const slots = view.slots.map(({ spec, element }, i) => {
    const label = labels[i];
    let content: ReactNode = null;
    if (spec.kind === 'image') content = <RichImage {...spec} />;
    else if (spec.kind === 'audio') {
      content = (
        <AudioPlayer
          hash={spec.hash}
          label={label?.audioLabel ?? intl.formatMessage(messages.audioClip)}
        />
      );
    } else if (gap) content = gap(spec.gapId, label?.position ?? i + 1);
    return createPortal(content, element, `slot-${i}`);
  });
  const classes = ['rich-text', inline ? 'rich-text--inline' : '', className ?? '']
    .filter(Boolean)
    .join(' ');
  const attach = (element: HTMLElement | null) => {
    host.current = element;
  };
  return inline ? (
    <span ref={attach} className={classes} id={id}>
      {slots}
    </span>
  ) : (
    <div ref={attach} className={classes} id={id}>
      {slots}
    </div>
  );
}
