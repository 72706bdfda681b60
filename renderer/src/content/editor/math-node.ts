import { Node } from '@tiptap/core';
import { NodeSelection } from '@tiptap/pm/state';
import { formulaNode } from '../math';

export interface MathAttributes {
  tex: string;
  display: boolean;
}

export interface MathNodeOptions {
  /** Asked to edit a formula already in the text, at this document position. */
  onEdit: (position: number, attributes: MathAttributes) => void;
}

/**
 * A formula in the text: stored as `<span class="math-inline">TeX</span>` (or
 * `math-display`), which the exam typesets with KaTeX; shown typeset here too.
 * Enter or a click on a selected formula opens it for editing.
 */
export const MathNode = Node.create<MathNodeOptions>({
  name: 'math',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,

  addOptions() {
    return { onEdit: () => undefined };
  },

  addAttributes() {
    return {
      tex: { default: '', rendered: false },
      display: { default: false, rendered: false },
    };
  },

  parseHTML() {
    return [
      {
        tag: 'span.math-inline',
        getAttrs: (element) => ({ tex: element.textContent, display: false }),
      },
      {
        tag: 'span.math-display',
        getAttrs: (element) => ({ tex: element.textContent, display: true }),
      },
    ];
  },

  renderHTML({ node }) {
    const { tex, display } = node.attrs as MathAttributes;
    return ['span', { class: display ? 'math-display' : 'math-inline' }, tex];
  },

  addNodeView() {
    return ({ node, getPos }) => {
      const dom = document.createElement('span');
      dom.className = 'editor-math';
      const draw = (attributes: MathAttributes) => {
        dom.classList.toggle('editor-math--display', attributes.display);
        dom.replaceChildren(formulaNode(attributes.tex, attributes.display, attributes.tex));
      };
      draw(node.attrs as MathAttributes);
      dom.addEventListener('dblclick', () => {
        const position = getPos();
        if (position !== undefined) this.options.onEdit(position, node.attrs as MathAttributes);
      });
      return {
        dom,
        update: (next) => {
          if (next.type.name !== 'math') return false;
          draw(next.attrs as MathAttributes);
          return true;
        },
      };
    };
  },

  addKeyboardShortcuts() {
    return {
      Enter: ({ editor }) => {
        const { selection } = editor.state;
        if (!(selection instanceof NodeSelection) || selection.node.type.name !== 'math') {
          return false;
        }
        this.options.onEdit(selection.from, selection.node.attrs as MathAttributes);
        return true;
      },
    };
  },
});
