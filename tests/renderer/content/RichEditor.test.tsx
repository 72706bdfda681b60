// @vitest-environment jsdom
// The editor sanitises with DOMPurify, which supports jsdom and not happy-dom.
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { RichEditor } from '@renderer/content/editor/RichEditor';
import { SealingTest } from '@renderer/content/editor/sealing-test';
import { MediaSource, type MediaResolver } from '@renderer/content/media-source';
import { policyFindings } from '../harness/xss-checks';
import { installDialogStandIn } from '../support/dom-stand-ins';
import type { FakeExamApi } from '../support/fake-exam-api';
import { installFakeExamApi } from '../support/install-fake-api';

const STORED = 'e'.repeat(64);

const media: MediaResolver = {
  urlFor: (hash) =>
    hash === STORED ? Promise.resolve('blob:stored') : Promise.reject(new Error('unknown media')),
};

/** Gives `target` a method jsdom leaves out, only where it is missing. */
function standIn(target: object, name: string, value: (...args: never[]) => unknown): void {
  if (typeof Reflect.get(target, name) !== 'function') {
    Object.defineProperty(target, name, { configurable: true, writable: true, value });
  }
}

let api: FakeExamApi;
beforeAll(() => {
  installDialogStandIn();
  api = installFakeExamApi();
  // jsdom lays nothing out: ProseMirror asks for rectangles to scroll the cursor into view, and
  // for the element under a drop; none, as a page scrolled nowhere would answer.
  const noRects = () => Object.assign([], { item: () => null });
  standIn(Range.prototype, 'getClientRects', noRects);
  standIn(Range.prototype, 'getBoundingClientRect', () => new DOMRect());
  standIn(Element.prototype, 'getClientRects', noRects);
  standIn(document, 'elementFromPoint', () => null);
  // jsdom makes no object URLs; the image dialog only shows the file with one.
  if (typeof URL.createObjectURL !== 'function') {
    URL.createObjectURL = () => 'blob:preview';
    URL.revokeObjectURL = () => undefined;
  }
});

beforeEach(() => {
  api.reset({ serverNow: Date.now(), deadline: null, remainingMs: null } as never);
  api.serve('media.upload', ({ name }) =>
    Promise.resolve({
      ok: true,
      value: {
        hash: STORED,
        src: `media:${STORED}`,
        mime: name.endsWith('.mp3') ? 'audio/mpeg' : 'image/png',
        kind: name.endsWith('.mp3') ? 'audio' : 'image',
        size: 4,
      },
    }),
  );
});

afterEach(() => {
  api.calls.length = 0;
});

/** The editor in a form field (of a sealed test's question when `sealingTest` is given), with every HTML it emitted. */
function editorWith(initial: string, sealingTest: string | null = null) {
  const emitted: string[] = [];
  function Field() {
    const [value, setValue] = useState(initial);
    return (
      <MediaSource.Provider value={media}>
        <SealingTest.Provider value={sealingTest}>
          <span id="stem-label">Question text</span>
          <RichEditor
            value={value}
            labelledBy="stem-label"
            label="Question text"
            onChange={(html) => {
              emitted.push(html);
              setValue(html);
            }}
          />
        </SealingTest.Provider>
      </MediaSource.Provider>
    );
  }
  render(<Field />);
  const textbox = screen.getByRole('textbox', { name: 'Question text' });
  return {
    textbox,
    emitted,
    last: () => emitted.at(-1) ?? '',
  };
}

/** What in an emitted HTML text the content policy does not allow (empty when it all conforms). */
function outsidePolicy(html: string): string[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  return policyFindings(template.content);
}

/** The images of an emitted HTML text, by source and alt text. */
function imagesIn(html: string): Array<{ src: string | null; alt: string | null }> {
  const template = document.createElement('template');
  template.innerHTML = html;
  return Array.from(template.content.querySelectorAll('img')).map((img) => ({
    src: img.getAttribute('src'),
    alt: img.getAttribute('alt'),
  }));
}

async function selectAll(user: ReturnType<typeof userEvent.setup>, textbox: HTMLElement) {
  textbox.focus();
  await user.keyboard('{Control>}a{/Control}');
}

describe('the toolbar and shortcuts', () => {
  it(
    'each toolbar button writes its own element of the policy, and nothing else',
    { timeout: 30_000 },
    async () => {
      const user = userEvent.setup();
      const cases: Array<[string, RegExp]> = [
        ['Bold', /^<p><strong>Water<\/strong><\/p>$/],
        ['Italic', /^<p><em>Water<\/em><\/p>$/],
        ['Underline', /^<p><u>Water<\/u><\/p>$/],
        ['Subscript', /^<p><sub>Water<\/sub><\/p>$/],
        ['Superscript', /^<p><sup>Water<\/sup><\/p>$/],
        ['Code', /^<p><code>Water<\/code><\/p>$/],
        ['Bulleted list', /^<ul><li><p>Water<\/p><\/li><\/ul>$/],
        ['Numbered list', /^<ol><li><p>Water<\/p><\/li><\/ol>$/],
        ['Quote', /^<blockquote><p>Water<\/p><\/blockquote>$/],
      ];
      for (const [tool, expected] of cases) {
        const { textbox, last, emitted } = editorWith('<p>Water</p>');
        await selectAll(user, textbox);
        const toolbar = screen.getByRole('toolbar', { name: 'Question text: formatting' });
        await user.click(within(toolbar).getByRole('button', { name: tool }));
        expect(emitted.length, tool).toBeGreaterThan(0);
        expect(last(), tool).toMatch(expected);
        expect(outsidePolicy(last()), tool).toEqual([]);
        document.body.replaceChildren();
      }
    },
  );

  it('inserts a table of th and td cells with no widths or styles, and grows it', async () => {
    const user = userEvent.setup();
    const { textbox, last } = editorWith('<p>Data</p>');
    textbox.focus();
    const toolbar = screen.getByRole('toolbar', { name: 'Question text: formatting' });
    expect(
      within(toolbar).getByRole<HTMLButtonElement>('button', { name: 'Add table row' }).disabled,
    ).toBe(true);
    await user.click(within(toolbar).getByRole('button', { name: 'Insert table' }));
    expect(last()).toMatch(/<table><tbody><tr><th/);
    await user.click(within(toolbar).getByRole('button', { name: 'Add table row' }));
    const table = document.createElement('template');
    table.innerHTML = last();
    expect(table.content.querySelectorAll('tr')).toHaveLength(3);
    expect(table.content.querySelectorAll('th')).toHaveLength(2);
    expect(table.content.querySelectorAll('td')).toHaveLength(4);
    expect(last()).not.toMatch(/style|colwidth|width=/);
    expect(outsidePolicy(last())).toEqual([]);
  });

  it('the shortcuts make the same elements as the buttons', { timeout: 30_000 }, async () => {
    const user = userEvent.setup();
    const cases: Array<[string, string]> = [
      ['{Control>}b{/Control}', '<p><strong>Water</strong></p>'],
      ['{Control>}i{/Control}', '<p><em>Water</em></p>'],
      ['{Control>}u{/Control}', '<p><u>Water</u></p>'],
      ['{Control>},{/Control}', '<p><sub>Water</sub></p>'],
      ['{Control>}.{/Control}', '<p><sup>Water</sup></p>'],
      ['{Control>}e{/Control}', '<p><code>Water</code></p>'],
      ['{Control>}{Shift>}8{/Shift}{/Control}', '<ul><li><p>Water</p></li></ul>'],
      ['{Control>}{Shift>}7{/Shift}{/Control}', '<ol><li><p>Water</p></li></ol>'],
    ];
    for (const [keys, expected] of cases) {
      const { textbox, last } = editorWith('<p>Water</p>');
      await selectAll(user, textbox);
      await user.keyboard(keys);
      expect(last(), keys).toBe(expected);
      document.body.replaceChildren();
    }
  });

  it('Ctrl+M opens the formula dialog', async () => {
    const user = userEvent.setup();
    const { textbox } = editorWith('<p>Speed</p>');
    textbox.focus();
    await user.keyboard('{Control>}m{/Control}');
    expect(screen.getByRole('dialog', { name: 'Insert formula' }).hasAttribute('open')).toBe(true);
  });

  it('writes no element the policy leaves out: no headings, rules, strike-through or links', () => {
    const { textbox } = editorWith(
      '<h1>Title</h1><hr><p><s>struck</s> <a href="media:x">link</a> kept</p>',
    );
    expect(textbox.querySelector('h1, hr, s, a')).toBeNull();
    expect(textbox.textContent).toContain('Title');
    expect(textbox.textContent).toContain('kept');
  });
});

/** Pastes as a browser does: a paste event whose clipboard holds HTML (and its text). */
function pasteHtml(target: HTMLElement, html: string, files: File[] = []) {
  const template = document.createElement('template');
  template.innerHTML = html;
  const event = new Event('paste', { bubbles: true, cancelable: true });
  const data: Record<string, string> = {
    'text/html': html,
    'text/plain': template.content.textContent,
  };
  Object.defineProperty(event, 'clipboardData', {
    value: {
      types: files.length > 0 ? ['Files'] : Object.keys(data),
      files,
      getData: (type: string) => (files.length > 0 ? '' : (data[type] ?? '')),
    },
  });
  act(() => {
    target.dispatchEvent(event);
  });
}

describe('pasted HTML', () => {
  it('keeps the text and the allowed formatting; scripts, styles, handlers and remote images are gone', async () => {
    const { textbox, last } = editorWith('<p></p>');
    textbox.focus();
    pasteHtml(
      textbox,
      '<meta charset="utf-8"><style>p{color:red}</style>' +
        '<p style="color:red" class="MsoNormal" onclick="window.__pwned=1">Ohm: <b>V = IR</b>' +
        '<script>window.__pwned=1</script></p>' +
        '<img src="https://198.51.100.7/track.png" alt="remote">' +
        '<img src="data:image/png;base64,iVBORw0KGgo=" alt="inline data">' +
        '<iframe src="https://198.51.100.7/"></iframe>' +
        `<p><img src="media:${STORED}" alt="A circuit" onerror="window.__pwned=1"></p>`,
    );
    await waitFor(() => expect(last()).toContain('V = IR'));
    const html = last();
    expect(html).toContain('<strong>V = IR</strong>');
    expect(html).not.toMatch(/script|style|onclick|onerror|198\.51\.100\.7|data:|iframe|Mso/i);
    // The stored image is kept, with its alt text; the remote and inline ones are not.
    expect(imagesIn(html)).toEqual([{ src: `media:${STORED}`, alt: 'A circuit' }]);
    expect(outsidePolicy(html)).toEqual([]);
    expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
  });

  it('a pasted image file asks for its alt text before it is stored', async () => {
    const user = userEvent.setup();
    const { textbox, last } = editorWith('<p>Look</p>');
    textbox.focus();
    pasteHtml(textbox, '', [
      new File([new Uint8Array([137, 80, 78, 71])], 'x.png', { type: 'image/png' }),
    ]);
    const dialog = await screen.findByRole('dialog', { name: 'Insert image' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Alt text' }), 'A graph');
    await user.click(within(dialog).getByRole('button', { name: 'Insert image' }));
    await waitFor(() => expect(last()).toContain(`alt="A graph"`));
    expect(api.calls.filter((c) => c.method === 'media.upload')).toHaveLength(1);
  });
});

describe('the formula dialog', () => {
  it('previews the TeX as KaTeX typesets it and inserts it as a formula span', async () => {
    const user = userEvent.setup();
    const { textbox, last } = editorWith('<p>Energy</p>');
    textbox.focus();
    const toolbar = screen.getByRole('toolbar', { name: 'Question text: formatting' });
    await user.click(within(toolbar).getByRole('button', { name: 'Insert formula' }));
    const dialog = screen.getByRole('dialog', { name: 'Insert formula' });
    const insert = within(dialog).getByRole<HTMLButtonElement>('button', {
      name: 'Insert formula',
    });
    expect(insert.disabled).toBe(true);
    await user.click(within(dialog).getByRole('textbox', { name: 'Formula (TeX)' }));
    await user.paste('E = \\frac{1}{2} m v^2');
    expect(dialog.querySelector('.math-dialog__preview .katex')).not.toBeNull();
    expect(dialog.querySelector('.math-dialog__preview annotation')?.textContent).toBe(
      'E = \\frac{1}{2} m v^2',
    );
    await user.click(insert);
    expect(screen.queryByRole('dialog', { name: 'Insert formula' })).toBeNull();
    // At the cursor, which focus put at the start of the text.
    expect(last()).toBe('<p><span class="math-inline">E = \\frac{1}{2} m v^2</span>Energy</p>');
    expect(outsidePolicy(last())).toEqual([]);
  });

  it('says when KaTeX cannot read the TeX, and inserts a formula on a line of its own with Ctrl+Enter', async () => {
    const user = userEvent.setup();
    const { textbox, last } = editorWith('<p>Sum</p>');
    textbox.focus();
    await user.keyboard('{Control>}m{/Control}');
    const dialog = screen.getByRole('dialog', { name: 'Insert formula' });
    const tex = within(dialog).getByRole('textbox', { name: 'Formula (TeX)' });
    await user.click(tex);
    await user.paste('\\frac{1}{');
    expect(within(dialog).queryByText(/KaTeX cannot read this yet/)).not.toBeNull();
    await user.clear(tex);
    await user.paste('\\sum_{k=1}^n k');
    expect(within(dialog).queryByText(/KaTeX cannot read this yet/)).toBeNull();
    await user.click(within(dialog).getByRole('checkbox', { name: 'On a line of its own' }));
    await user.click(tex);
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() =>
      expect(last()).toContain('<span class="math-display">\\sum_{k=1}^n k</span>'),
    );
  });

  it('gives focus back to the text when the formula dialog is cancelled, and writes nothing', async () => {
    const user = userEvent.setup();
    const { textbox, emitted } = editorWith('<p>Speed</p>');
    textbox.focus();
    await user.keyboard('{Control>}m{/Control}');
    const dialog = screen.getByRole('dialog', { name: 'Insert formula' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog', { name: 'Insert formula' })).toBeNull();
    // The editor's focus command lands on the next animation frame.
    await waitFor(() => expect(document.activeElement).toBe(textbox));
    expect(emitted).toEqual([]);
  });
});

describe('images', () => {
  it('are not stored until they have alt text', async () => {
    const user = userEvent.setup();
    const { last, emitted } = editorWith('<p>Diagram</p>');
    const input = screen.getByLabelText('Question text: file to insert');
    await user.upload(
      input,
      new File([new Uint8Array([137, 80, 78, 71])], 'pulley.png', { type: 'image/png' }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Insert image' });
    const insert = within(dialog).getByRole('button', { name: 'Insert image' });
    await user.click(insert);
    expect(within(dialog).getByRole('alert').textContent).toBe('Every image needs alt text');
    expect(
      within(dialog).getByRole('textbox', { name: 'Alt text' }).getAttribute('aria-invalid'),
    ).toBe('true');
    // Blank alt text, spaces only, is refused the same way.
    await user.type(within(dialog).getByRole('textbox', { name: 'Alt text' }), '   ');
    await user.click(insert);
    expect(api.calls.filter((c) => c.method === 'media.upload')).toEqual([]);
    expect(emitted.some((html) => html.includes('<img'))).toBe(false);

    await user.type(within(dialog).getByRole('textbox', { name: 'Alt text' }), 'Two pulleys');
    await user.click(insert);
    await waitFor(() => expect(last()).toContain('<img'));
    expect(imagesIn(last())).toEqual([{ src: `media:${STORED}`, alt: 'Two pulleys' }]);
    expect(outsidePolicy(last())).toEqual([]);
    expect(api.calls.filter((c) => c.method === 'media.upload')).toHaveLength(1);
  });

  it('a file that is neither an image nor audio is refused in words, and nothing is stored', async () => {
    const user = userEvent.setup({ applyAccept: false });
    editorWith('<p>Notes</p>');
    await user.upload(
      screen.getByLabelText('Question text: file to insert'),
      new File(['hello'], 'notes.txt', { type: 'text/plain' }),
    );
    expect(screen.getByRole('alert').textContent).toBe(
      'notes.txt is not an image or an audio clip.',
    );
    expect(api.calls.filter((c) => c.method === 'media.upload')).toEqual([]);
  });

  it('audio is stored and inserted as a media clip with no dialog', async () => {
    const user = userEvent.setup();
    const { last } = editorWith('<p>Listen</p>');
    await user.upload(
      screen.getByLabelText('Question text: file to insert'),
      new File([new Uint8Array([73, 68, 51])], 'clip.mp3', { type: 'audio/mpeg' }),
    );
    await waitFor(() => expect(last()).toContain('<audio'));
    expect(last()).toContain(`<audio src="media:${STORED}"></audio>`);
    expect(outsidePolicy(last())).toEqual([]);
    // Outside a sealed test's question the clip is stored as any file is.
    const [sent] = api.calls.filter((c) => c.method === 'media.upload');
    expect(sent?.input).toHaveProperty('name', 'clip.mp3');
    expect(sent?.input).not.toHaveProperty('sealedTestId');
  });
});

describe('media of a sealed test’s question', () => {
  const uploads = () =>
    api.calls.filter((c) => c.method === 'media.upload').map((c) => c.input as object);

  it('are uploaded sealed under that test, an image after its alt text and a clip at once', async () => {
    const user = userEvent.setup();
    const { last } = editorWith('<p>Listen and look</p>', 'sealed-paper-7');
    const input = screen.getByLabelText('Question text: file to insert');
    await user.upload(
      input,
      new File([new Uint8Array([73, 68, 51])], 'clip.mp3', { type: 'audio/mpeg' }),
    );
    await waitFor(() => expect(last()).toContain('<audio'));
    await user.upload(
      input,
      new File([new Uint8Array([137, 80, 78, 71])], 'map.png', { type: 'image/png' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Insert image' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Alt text' }), 'A map');
    await user.click(within(dialog).getByRole('button', { name: 'Insert image' }));
    await waitFor(() => expect(last()).toContain('alt="A map"'));
    expect(uploads()).toEqual([
      expect.objectContaining({ name: 'clip.mp3', sealedTestId: 'sealed-paper-7' }),
      expect.objectContaining({ name: 'map.png', sealedTestId: 'sealed-paper-7' }),
    ]);
  });
});
