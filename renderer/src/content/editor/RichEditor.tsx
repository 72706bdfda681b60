import { DOMSerializer } from '@tiptap/pm/model';
import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import { useContext, useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { useIntl } from '../../i18n/use-intl';
import { MediaSource } from '../media-source';
import { sanitiseRichHtml } from '../sanitise';
import { EditorToolbar } from './EditorToolbar';
import { editorExtensions, type EditorHooks } from './extensions';
import { ImageDialog } from './ImageDialog';
import { messages } from './messages';
import { MathDialog } from './MathDialog';
import type { MathAttributes } from './math-node';
import { withMediaSources, type ImageAttributes } from './media-nodes';
import { SealingTest } from './sealing-test';
import { mediaKindOf, uploadMedia } from './upload';
import './editor.css';

/** What a form may do to the text from outside (the cloze editor places gaps). */
export interface RichEditorHandle {
  insertText: (text: string) => void;
}

interface Props {
  /** Sanitised HTML, as stored. */
  value: string;
  onChange: (html: string) => void;
  /** The id of the element that names the field. */
  labelledBy: string;
  /** The field's name, for the toolbar's. */
  label: string;
  /** A short field (an option, an item): fewer tools, a smaller box. */
  compact?: boolean;
  invalid?: boolean | undefined;
  describedBy?: string | undefined;
  ref?: Ref<RichEditorHandle>;
}

type Pending =
  | { kind: 'math'; position: number | null; initial: MathAttributes }
  | { kind: 'image'; file: File; at: number | null }
  | { kind: 'alt'; position: number; attributes: ImageAttributes };

/**
 * A parsed document, as DOMPurify parses in: images made in it never load. One
 * made in the page's own loads at once, and one from createHTMLDocument loads
 * too, outside the page's CSP.
 */
let inertDocument: Document | null = null;
const inert = (): Document =>
  (inertDocument ??= new DOMParser().parseFromString('<!doctype html><body></body>', 'text/html'));

/** The stored HTML as the editor takes it: sanitised again, so the editor never parses more than the policy allows. */
function cleanHtml(html: string): string {
  const holder = inert().createElement('div');
  holder.append(inert().importNode(sanitiseRichHtml(html), true));
  return holder.innerHTML;
}

/**
 * The editor's content as HTML, serialised in an inert document: TipTap's
 * getHTML builds it in the page's own, where each `<img src="media:…">`
 * would start a fetch the CSP refuses.
 */
function htmlOf(editor: Editor): string {
  if (editor.isEmpty) return '';
  const holder = inert().createElement('div');
  holder.append(
    DOMSerializer.fromSchema(editor.schema).serializeFragment(editor.state.doc.content, {
      document: inert(),
    }),
  );
  withMediaSources(holder);
  return holder.innerHTML;
}

/**
 * A rich-text field on TipTap (ProseMirror): a toolbar and the usual
 * shortcuts, formulas with a live KaTeX preview, images (picked, pasted or
 * dropped, each with its alt text) and audio stored through media.upload.
 * It writes only what the content policy keeps; main sanitises it again on
 * save. No inline styles: TipTap's own stylesheet comes from editor.css.
 */
export function RichEditor({
  value,
  onChange,
  labelledBy,
  label,
  compact = false,
  invalid,
  describedBy,
  ref,
}: Props) {
  const intl = useIntl();
  const media = useContext(MediaSource);
  const sealingTest = useContext(SealingTest);
  const [pending, setPending] = useState<Pending | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const emitted = useRef(value);
  const picker = useRef<HTMLInputElement>(null);
  const editorRef = useRef<Editor | null>(null);

  const takeFile = (file: File, at: number | null): boolean => {
    const kind = mediaKindOf(file);
    if (kind === 'image') {
      setProblem(null);
      setPending({ kind: 'image', file, at });
      return true;
    }
    if (kind === 'audio') {
      void uploadMedia(file, sealingTest).then((result) => {
        const editor = editorRef.current;
        if (!result.ok) setProblem(result.message);
        else if (editor) {
          setProblem(null);
          const chain = editor.chain().focus();
          (at === null ? chain : chain.setTextSelection(at))
            .insertContent({ type: 'mediaAudio', attrs: { hash: result.media.hash } })
            .run();
        }
      });
      return true;
    }
    setProblem(
      intl.formatMessage(messages.notMedia, {
        name: file.name || intl.formatMessage(messages.thatFile),
      }),
    );
    return true;
  };

  const hooks: EditorHooks = {
    media,
    onEdit: (position, initial) => setPending({ kind: 'math', position, initial }),
    onEditImage: (position, attributes) => setPending({ kind: 'alt', position, attributes }),
    onInsertMath: () =>
      setPending({ kind: 'math', position: null, initial: { tex: '', display: false } }),
  };

  const editor = useEditor({
    extensions: editorExtensions(hooks),
    content: cleanHtml(value),
    injectCSS: false,
    editorProps: {
      attributes: {
        class: `rich-editor__content${compact ? ' rich-editor__content--compact' : ''}`,
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': labelledBy,
        ...(describedBy !== undefined && { 'aria-describedby': describedBy }),
        ...(invalid === true && { 'aria-invalid': 'true' }),
      },
      handlePaste: (_view, event) => {
        const file = event.clipboardData?.files[0];
        return file ? takeFile(file, null) : false;
      },
      handleDrop: (view, event) => {
        const file = event.dataTransfer?.files[0];
        if (!file) return false;
        event.preventDefault();
        const at = view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos ?? null;
        return takeFile(file, at);
      },
    },
    onUpdate: ({ editor: e }) => {
      const html = htmlOf(e);
      emitted.current = html;
      onChange(html);
    },
  });
  useEffect(() => {
    editorRef.current = editor;
  }, [editor]);

  // A new value from outside (a format change, a reset) replaces the text; the editor's own edits do not.
  useEffect(() => {
    if (value === emitted.current) return;
    emitted.current = value;
    editor.commands.setContent(cleanHtml(value), { emitUpdate: false });
  }, [editor, value]);

  useEffect(() => {
    editor.setOptions({
      editorProps: {
        ...editor.options.editorProps,
        attributes: {
          ...(editor.options.editorProps.attributes as Record<string, string>),
          'aria-invalid': invalid === true ? 'true' : 'false',
        },
      },
    });
  }, [editor, invalid]);

  useImperativeHandle(
    ref,
    () => ({ insertText: (text) => editor.chain().focus().insertContent(text).run() }),
    [editor],
  );

  const finishMath = (formula: MathAttributes) => {
    if (pending?.kind !== 'math') return;
    const chain = editor.chain().focus();
    if (pending.position === null) chain.insertContent({ type: 'math', attrs: formula }).run();
    else chain.setNodeSelection(pending.position).updateAttributes('math', formula).run();
    setPending(null);
  };

  const finishImage = async (alt: string, size: { width: number; height: number } | null) => {
    if (pending?.kind === 'alt') {
      editor
        .chain()
        .focus()
        .setNodeSelection(pending.position)
        .updateAttributes('mediaImage', { alt })
        .run();
      setPending(null);
      return;
    }
    if (pending?.kind !== 'image') return;
    setBusy(true);
    const result = await uploadMedia(pending.file, sealingTest);
    setBusy(false);
    if (!result.ok) {
      setProblem(result.message);
      return;
    }
    const chain = editor.chain().focus();
    (pending.at === null ? chain : chain.setTextSelection(pending.at))
      .insertContent({
        type: 'mediaImage',
        attrs: {
          hash: result.media.hash,
          alt,
          width: size?.width ?? null,
          height: size?.height ?? null,
        },
      })
      .run();
    setProblem(null);
    setPending(null);
  };

  const pick = (kind: 'image' | 'audio') => {
    const input = picker.current;
    if (!input) return;
    input.accept = kind === 'image' ? 'image/*' : 'audio/*';
    input.click();
  };

  return (
    <div className={`rich-editor${invalid === true ? ' rich-editor--invalid' : ''}`}>
      <EditorToolbar
        editor={editor}
        label={label}
        compact={compact}
        onMath={hooks.onInsertMath}
        onPickImage={() => pick('image')}
        onPickAudio={() => pick('audio')}
      />
      <EditorContent editor={editor} />
      <input
        ref={picker}
        type="file"
        className="visually-hidden"
        tabIndex={-1}
        aria-label={intl.formatMessage(messages.fileToInsert, { label })}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) takeFile(file, null);
        }}
      />
      {problem !== null && pending === null && (
        <span className="field__error" role="alert">
          {problem}
        </span>
      )}
      {pending?.kind === 'math' && (
        <MathDialog
          initial={pending.initial}
          editing={pending.position !== null}
          onDone={finishMath}
          onCancel={() => {
            // The dialog leaves the page without closing itself, so focus goes back by hand.
            setPending(null);
            editor.commands.focus();
          }}
        />
      )}
      {(pending?.kind === 'image' || pending?.kind === 'alt') && (
        <ImageDialog
          file={pending.kind === 'image' ? pending.file : null}
          initialAlt={pending.kind === 'alt' ? pending.attributes.alt : ''}
          busy={busy}
          problem={problem}
          onDone={(alt, size) => void finishImage(alt, size)}
          onCancel={() => {
            setProblem(null);
            setPending(null);
            editor.commands.focus();
          }}
        />
      )}
    </div>
  );
}
