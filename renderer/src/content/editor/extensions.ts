import { Extension, Node, type AnyExtension } from '@tiptap/core';
import { Subscript } from '@tiptap/extension-subscript';
import { Superscript } from '@tiptap/extension-superscript';
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import { StarterKit } from '@tiptap/starter-kit';
import { sanitiseRichHtml } from '../sanitise';
import { MathNode, type MathNodeOptions } from './math-node';
import { MediaAudio, MediaImage, type MediaNodeOptions } from './media-nodes';

/** MathML in content (imported, or pasted from another editor) is kept whole, as written. */
const MathMl = Node.create({
  name: 'mathMl',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,

  addAttributes() {
    return { markup: { default: '', rendered: false } };
  },

  parseHTML() {
    return [{ tag: 'math', getAttrs: (element) => ({ markup: element.outerHTML }) }];
  },

  renderHTML({ node }) {
    // The markup is sanitised again here: it is turned back into elements, not copied as a string.
    const math = sanitiseRichHtml(String(node.attrs.markup)).firstElementChild;
    return math ?? ['span', {}];
  },
});

/** Tables as the content policy keeps them: rows of th and td, no widths or styles. */
const plainCellAttributes = () => ({
  colspan: { default: 1 },
  rowspan: { default: 1 },
  colwidth: { default: null, renderHTML: () => ({}) },
});

const tables: AnyExtension[] = [
  Table.extend({
    renderHTML: () => ['table', ['tbody', 0]],
  }).configure({ resizable: false }),
  TableRow,
  TableHeader.extend({ addAttributes: plainCellAttributes }),
  TableCell.extend({ addAttributes: plainCellAttributes }),
];

export interface EditorHooks extends MathNodeOptions, MediaNodeOptions {
  /** Ctrl/Cmd+M: a new formula at the cursor. */
  onInsertMath: () => void;
}

/** The editor's own shortcuts beside the marks' and lists' (Mod-B, Mod-I, Mod-U, Mod-, and Mod-.). */
function shortcuts(hooks: EditorHooks) {
  return Extension.create({
    name: 'examDeskShortcuts',
    addKeyboardShortcuts() {
      return {
        'Mod-m': () => {
          hooks.onInsertMath();
          return true;
        },
      };
    },
  });
}

/**
 * What the editor can write: exactly the elements of the shared rich-text
 * policy (paragraphs, bold, italic, underline, sub- and superscript, lists,
 * tables, code, quotes, line breaks, formulas, `media:` images and audio,
 * MathML). Headings, rules, strike-through and links are left out, so the
 * editor never makes markup the sanitiser would drop on save.
 */
export function editorExtensions(hooks: EditorHooks): AnyExtension[] {
  return [
    StarterKit.configure({
      heading: false,
      horizontalRule: false,
      strike: false,
      link: false,
      trailingNode: false,
    }),
    Subscript,
    Superscript,
    ...tables,
    MathNode.configure({ onEdit: hooks.onEdit }),
    MediaImage.configure({ media: hooks.media, onEditImage: hooks.onEditImage }),
    MediaAudio.configure({ media: hooks.media }),
    MathMl,
    shortcuts(hooks),
  ];
}
