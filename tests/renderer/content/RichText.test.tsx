// @vitest-environment jsdom
// DOMPurify supports jsdom and not happy-dom (under happy-dom it drops and keeps the wrong nodes).
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import katex from 'katex';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { AudioLimitContext, type AudioLimit } from '@renderer/content/AudioPlayer';
import { MediaSource, type MediaResolver } from '@renderer/content/media-source';
import { RichText } from '@renderer/content/RichText';
import { richTemplate } from '@renderer/content/rich-template';
import { installDialogStandIn, installMediaStandIn } from '../support/dom-stand-ins';

const MATHML = 'http://www.w3.org/1998/Math/MathML';
const diagram = 'a'.repeat(64);
const clip = 'b'.repeat(64);
const missing = 'c'.repeat(64);

let media: ReturnType<typeof installMediaStandIn>;
beforeAll(() => {
  installDialogStandIn();
  media = installMediaStandIn();
});

/** A media source that knows two hashes and how often it was asked. */
function fakeMedia(): MediaResolver & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    urlFor(hash) {
      asked.push(hash);
      if (hash === diagram) return Promise.resolve('blob:diagram');
      if (hash === clip) return Promise.resolve('blob:clip');
      return Promise.reject(new Error('not on this computer'));
    },
  };
}

function html(text: string, resolver: MediaResolver = fakeMedia()) {
  return render(
    <MediaSource.Provider value={resolver}>
      <div data-testid="content">
        <RichText format="html" text={text} />
      </div>
    </MediaSource.Provider>,
  );
}

const content = () => screen.getByTestId('content');

describe('plain text', () => {
  it('is shown exactly as written: markup, TeX and line breaks are text', () => {
    const text = 'Line one <b>bold?</b>\n  \\(x^2\\) and $$y$$ & <img src=x onerror=alert(1)>';
    render(
      <div data-testid="content">
        <RichText format="plain" text={text} className="question__text" />
        <RichText format={undefined} text="no format means plain <i>too</i>" inline />
      </div>,
    );
    const [block, inline] = Array.from(content().children);
    expect(block?.tagName).toBe('P');
    expect(block?.className).toBe('question__text');
    expect(block?.textContent).toBe(text);
    expect(block?.children).toHaveLength(0);
    expect(inline?.tagName).toBe('SPAN');
    expect(inline?.textContent).toBe('no format means plain <i>too</i>');
    expect(content().querySelector('.katex, img, b')).toBeNull();
  });
});

describe('html', () => {
  it('keeps the allowed subset and drops scripts, handlers, styles and foreign URLs', () => {
    html(
      '<p onclick="alert(1)" style="color:red" id="x">A <strong>bold</strong> <em>word</em>' +
        '<script>window.bad=1</script><iframe src="https://example.com"></iframe></p>' +
        '<table><tbody><tr><td colspan="2" onmouseover="x()">cell</td></tr></tbody></table>' +
        '<p><img src="https://example.com/a.png" alt="remote"><img src="media:' +
        diagram +
        '"><span class="evil">s</span><span class="math-inline evil">t</span></p>',
    );
    const root = content();
    const paragraph = root.querySelector('p');
    expect(paragraph?.getAttributeNames()).toEqual([]);
    expect(paragraph?.textContent).toBe('A bold word');
    expect(root.querySelector('strong')?.textContent).toBe('bold');
    expect(root.querySelector('td')?.getAttributeNames()).toEqual(['colspan']);
    expect(root.querySelectorAll('script, iframe, img, [style], [onclick]')).toHaveLength(0);
    expect(root.querySelectorAll('span[class]')).toHaveLength(0);
  });

  it('typesets TeX between \\( \\), \\[ \\] and $$ $$, with KaTeX MathML for screen readers', () => {
    html('<p>Inline \\(x^2\\), display \\[\\frac{a}{b}\\] and $$\\sqrt{2}$$ cost \\$5.</p>');
    const root = content();
    const formulas = Array.from(root.querySelectorAll('.katex'));
    expect(formulas).toHaveLength(3);
    const sources = Array.from(root.querySelectorAll('annotation')).map((a) => a.textContent);
    expect(sources).toEqual(['x^2', '\\frac{a}{b}', '\\sqrt{2}']);
    expect(root.querySelectorAll('.katex-display')).toHaveLength(2);
    expect(root.querySelector('.katex-html')?.getAttribute('aria-hidden')).toBe('true');
    expect(root.textContent).toContain('cost $5.');
    expect(root.textContent).not.toContain('\\(');
  });

  it('leaves TeX in code as written, typesets math spans, and shows TeX KaTeX cannot read as its source', () => {
    html(
      '<p><code>\\(not math\\)</code> <span class="math-inline">a+b</span> ' +
        '<span class="math-display">c</span> \\(\\frac{1}{\\)</p>',
    );
    const root = content();
    expect(root.querySelector('code')?.textContent).toBe('\\(not math\\)');
    expect(root.querySelector('span.math-inline annotation')?.textContent).toBe('a+b');
    expect(root.querySelector('span.math-display .katex-display')).not.toBeNull();
    const broken = root.querySelector('.math--error');
    expect(broken?.textContent).toBe('\\(\\frac{1}{\\)');
  });

  it('passes MathML through in its namespace, without attributes the policy does not allow', () => {
    html(
      '<p><math display="block" onclick="x()"><mfrac linethickness="2px"><mi href="javascript:x()">a</mi>' +
        '<mn>2</mn></mfrac><mi style="color:red">b</mi></math></p>',
    );
    const math = content().querySelector('math');
    expect(math?.namespaceURI).toBe(MATHML);
    expect(math?.getAttributeNames()).toEqual(['display']);
    expect(math?.querySelector('mfrac')?.getAttribute('linethickness')).toBe('2px');
    expect(
      Array.from(math?.querySelectorAll('mi') ?? []).map((mi) => mi.getAttributeNames()),
    ).toEqual([[], []]);
    expect(content().querySelector('.katex')).toBeNull();
  });

  it('typesets each distinct formula once, however often it is shown, and builds each text once', () => {
    const spy = vi.spyOn(katex, 'render');
    const text = '<p>\\(e^{i\\pi}+1=0\\) and \\(e^{i\\pi}+1=0\\)</p>';
    const first = html(text);
    first.unmount();
    html(text);
    expect(spy).toHaveBeenCalledTimes(1);
    expect(content().querySelectorAll('.katex')).toHaveLength(2);
    expect(richTemplate(text, false)).toBe(richTemplate(text, false));
    spy.mockRestore();
  });

  it('reads TeX it cannot typeset once, and shows it each time with the delimiters it was written with', () => {
    const spy = vi.spyOn(katex, 'render');
    html('<p>\\[\\frac{2}{\\] then $$\\frac{2}{$$</p>');
    const broken = Array.from(content().querySelectorAll('.math--error')).map((e) => e.textContent);
    expect(broken).toEqual(['\\[\\frac{2}{\\]', '$$\\frac{2}{$$']);
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
  });
});

describe('images', () => {
  it('shows the image from the media source with its alt text, and enlarges it by click or keyboard', async () => {
    const resolver = fakeMedia();
    html(
      `<p>Look: <img src="media:${diagram}" alt="A pulley with two masses" width="320" height="200"></p>`,
      resolver,
    );
    const user = userEvent.setup();
    expect(screen.getByRole('img', { name: 'A pulley with two masses' })).toBeTruthy();
    const button = await screen.findByRole('button', {
      name: 'Enlarge image: A pulley with two masses',
    });
    const image = within(button).getByRole('img', { name: 'A pulley with two masses' });
    expect(image.getAttribute('src')).toBe('blob:diagram');
    expect(image.getAttribute('width')).toBe('320');
    expect(resolver.asked).toEqual([diagram]);

    await user.click(button);
    const dialog = screen.getByRole('dialog', { name: 'Image' });
    expect(within(dialog).getByRole('img').getAttribute('src')).toBe('blob:diagram');
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(button);

    button.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('dialog', { name: 'Image' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    button.focus();
    await user.keyboard(' ');
    expect(screen.getByRole('dialog', { name: 'Image' })).toBeTruthy();
  });

  it('says so when an image is not available, naming it by its alt text', async () => {
    html(`<p><img src="media:${missing}" alt="Circuit diagram"></p>`);
    expect(await screen.findByText('Image not available: Circuit diagram')).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Circuit diagram' })).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });
});

describe('audio', () => {
  function listen(limit: AudioLimit | null) {
    render(
      <MediaSource.Provider value={fakeMedia()}>
        <AudioLimitContext.Provider value={limit}>
          <div data-testid="content">
            <RichText format="html" text={`<p>Listen: <audio src="media:${clip}"></audio></p>`} />
          </div>
        </AudioLimitContext.Provider>
      </MediaSource.Provider>,
    );
  }

  it('is the app player, never autoplaying: play, pause and go on without a limit', async () => {
    listen(null);
    const user = userEvent.setup();
    const player = screen.getByRole('group', { name: 'Audio clip' });
    const play = await within(player).findByRole('button', { name: 'Play' });
    await vi.waitFor(() => expect((play as HTMLButtonElement).disabled).toBe(false));
    const audio = content().querySelector('audio');
    expect(audio?.getAttribute('src')).toBe('blob:clip');
    expect(audio?.hasAttribute('autoplay')).toBe(false);
    expect(audio?.hasAttribute('controls')).toBe(false);
    expect(media.played).not.toContain(audio);

    await user.click(play);
    expect(within(player).getByRole('button', { name: 'Pause' })).toBeTruthy();
    await user.keyboard('{Enter}');
    expect(within(player).getByRole('button', { name: 'Resume' })).toBeTruthy();
    expect(within(player).getByRole('slider', { name: 'Position' })).toBeTruthy();
    expect(within(player).queryByText(/plays? left/)).toBeNull();
  });

  it('counts a play when it starts from the beginning, and stops at the limit', async () => {
    let playsLeft = 2;
    const onPlay = vi.fn(() => {
      playsLeft -= 1;
      return Promise.resolve(null);
    });
    const view = () => (
      <MediaSource.Provider value={fakeMedia()}>
        <AudioLimitContext.Provider value={{ playsLeft, onPlay }}>
          <RichText format="html" text={`<p><audio src="media:${clip}"></audio></p>`} />
        </AudioLimitContext.Provider>
      </MediaSource.Provider>
    );
    const { rerender } = render(view());
    const user = userEvent.setup();
    const play = await screen.findByRole('button', { name: 'Play' });
    await vi.waitFor(() => expect((play as HTMLButtonElement).disabled).toBe(false));
    expect(screen.getByText('2 plays left')).toBeTruthy();
    expect(screen.getByRole<HTMLInputElement>('slider', { name: 'Position' }).disabled).toBe(true);

    await user.click(play);
    rerender(view());
    expect(onPlay).toHaveBeenCalledTimes(1);
    expect(screen.getByText('1 play left')).toBeTruthy();
    // Pausing and going on is the same play.
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    await user.click(screen.getByRole('button', { name: 'Resume' }));
    expect(onPlay).toHaveBeenCalledTimes(1);

    const audio = document.querySelector('audio');
    if (!audio) throw new Error('no audio element');
    act(() => media.finish(audio));
    screen.getByRole('button', { name: 'Play' }).focus();
    await user.keyboard(' ');
    rerender(view());
    expect(onPlay).toHaveBeenCalledTimes(2);
    expect(screen.getByText('This is the last play')).toBeTruthy();

    act(() => media.finish(audio));
    const spent = screen.getByRole('button', { name: 'Play' });
    expect((spent as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('No plays left')).toBeTruthy();
    await user.click(spent);
    expect(onPlay).toHaveBeenCalledTimes(2);
  });
});

describe('making content ready ahead of time', () => {
  it('typesets and asks for media in advance, so showing the content later needs neither again', async () => {
    const { warmRichText } = await import('@renderer/content/warm');
    const spy = vi.spyOn(katex, 'render');
    const resolver = fakeMedia();
    const text = `<p>\\(\\omega_{warm}\\) <img src="media:${diagram}" alt="Warm diagram"></p>`;
    warmRichText('html', [{ text, cloze: false }], resolver);
    expect(spy).toHaveBeenCalledTimes(1);
    expect(resolver.asked).toEqual([diagram]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    html(text, resolver);
    // Shown at once: the image is there on the first render, with no second ask.
    // (Found by its label: jsdom cannot compute names through MathML.)
    expect(
      content()
        .querySelector('button[aria-label="Enlarge image: Warm diagram"] img')
        ?.getAttribute('src'),
    ).toBe('blob:diagram');
    expect(spy).toHaveBeenCalledTimes(1);
    expect(resolver.asked).toEqual([diagram]);
    warmRichText('plain', [{ text: '\\(never\\)', cloze: false }], resolver);
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
  });
});
