import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useRef, type KeyboardEvent } from 'react';
import type { SourceMessage } from '../../i18n/catalogue';
import { useIntl } from '../../i18n/use-intl';
import { messages } from './messages';

interface Tool {
  label: SourceMessage;
  /** Shown on the button; the label is its accessible name. */
  face: string;
  shortcut?: string;
  active?: (e: Editor) => boolean;
  enabled?: (e: Editor) => boolean;
  run: (e: Editor) => void;
  /** Left out of the short toolbar of an option, an item or a premise. */
  full?: boolean;
}

interface Props {
  editor: Editor;
  label: string;
  compact: boolean;
  onMath: () => void;
  onPickImage: () => void;
  onPickAudio: () => void;
}

const chain = (e: Editor) => e.chain().focus();

const textTools: Tool[] = [
  {
    label: messages.bold,
    face: 'B',
    shortcut: 'Ctrl+B',
    active: (e) => e.isActive('bold'),
    run: (e) => chain(e).toggleBold().run(),
  },
  {
    label: messages.italic,
    face: 'I',
    shortcut: 'Ctrl+I',
    active: (e) => e.isActive('italic'),
    run: (e) => chain(e).toggleItalic().run(),
  },
  {
    label: messages.underline,
    face: 'U',
    shortcut: 'Ctrl+U',
    active: (e) => e.isActive('underline'),
    run: (e) => chain(e).toggleUnderline().run(),
  },
  {
    label: messages.subscript,
    face: 'x₂',
    shortcut: 'Ctrl+,',
    active: (e) => e.isActive('subscript'),
    run: (e) => chain(e).toggleSubscript().run(),
  },
  {
    label: messages.superscript,
    face: 'x²',
    shortcut: 'Ctrl+.',
    active: (e) => e.isActive('superscript'),
    run: (e) => chain(e).toggleSuperscript().run(),
  },
  {
    label: messages.code,
    face: '</>',
    shortcut: 'Ctrl+E',
    active: (e) => e.isActive('code'),
    run: (e) => chain(e).toggleCode().run(),
  },
  {
    label: messages.bulletedList,
    face: '•',
    shortcut: 'Ctrl+Shift+8',
    full: true,
    active: (e) => e.isActive('bulletList'),
    run: (e) => chain(e).toggleBulletList().run(),
  },
  {
    label: messages.numberedList,
    face: '1.',
    shortcut: 'Ctrl+Shift+7',
    full: true,
    active: (e) => e.isActive('orderedList'),
    run: (e) => chain(e).toggleOrderedList().run(),
  },
  {
    label: messages.quote,
    face: '❝',
    shortcut: 'Ctrl+Shift+B',
    full: true,
    active: (e) => e.isActive('blockquote'),
    run: (e) => chain(e).toggleBlockquote().run(),
  },
  {
    label: messages.insertTable,
    face: '▦',
    full: true,
    enabled: (e) => !e.isActive('table'),
    run: (e) => chain(e).insertTable({ rows: 2, cols: 2, withHeaderRow: true }).run(),
  },
  {
    label: messages.addRow,
    face: '+row',
    full: true,
    enabled: (e) => e.isActive('table'),
    run: (e) => chain(e).addRowAfter().run(),
  },
  {
    label: messages.addColumn,
    face: '+col',
    full: true,
    enabled: (e) => e.isActive('table'),
    run: (e) => chain(e).addColumnAfter().run(),
  },
  {
    label: messages.deleteTable,
    face: '−▦',
    full: true,
    enabled: (e) => e.isActive('table'),
    run: (e) => chain(e).deleteTable().run(),
  },
];

/**
 * The editor's toolbar: one tab stop, the arrow keys move between its buttons
 * (as the ARIA toolbar pattern has it), each button says its shortcut.
 */
export function EditorToolbar({ editor, label, compact, onMath, onPickImage, onPickAudio }: Props) {
  const intl = useIntl();
  const tools: Tool[] = [
    ...textTools.filter((t) => !compact || t.full !== true),
    { label: messages.insertFormula, face: '∑', shortcut: 'Ctrl+M', run: onMath },
    { label: messages.insertImage, face: '🖼', run: onPickImage },
    ...(compact ? [] : [{ label: messages.insertAudio, face: '♪', run: onPickAudio }]),
  ];
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) =>
      tools.map((t) => ({
        active: t.active?.(e) ?? null,
        enabled: t.enabled?.(e) ?? true,
      })),
  });
  const bar = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const buttons = Array.from(bar.current?.querySelectorAll('button:not([disabled])') ?? []);
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    // In a right-to-left language the buttons run from the right, so the arrows swap.
    const rtl = bar.current !== null && getComputedStyle(bar.current).direction === 'rtl';
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const back = rtl ? 'ArrowRight' : 'ArrowLeft';
    const next =
      event.key === forward
        ? at + 1
        : event.key === back
          ? at - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? buttons.length - 1
              : null;
    if (next === null || buttons.length === 0) return;
    event.preventDefault();
    const target = buttons[(next + buttons.length) % buttons.length] as HTMLButtonElement;
    for (const b of buttons) b.setAttribute('tabindex', b === target ? '0' : '-1');
    target.focus();
  };
  return (
    <div
      ref={bar}
      className="rich-editor__toolbar"
      role="toolbar"
      aria-label={intl.formatMessage(messages.toolbar, { label })}
      onKeyDown={onKeyDown}
    >
      {tools.map((tool, i) => {
        const s = state[i];
        const name = intl.formatMessage(tool.label);
        return (
          <button
            key={tool.label.id}
            type="button"
            className="rich-editor__tool"
            tabIndex={i === 0 ? 0 : -1}
            aria-label={name}
            title={
              tool.shortcut
                ? intl.formatMessage(messages.toolWithShortcut, {
                    tool: name,
                    shortcut: tool.shortcut,
                  })
                : name
            }
            aria-keyshortcuts={tool.shortcut?.replace('Ctrl', 'Control')}
            aria-pressed={s?.active ?? undefined}
            disabled={s?.enabled === false}
            // The editor keeps its selection while a button is pressed with the mouse.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => tool.run(editor)}
          >
            {tool.face}
          </button>
        );
      })}
    </div>
  );
}
