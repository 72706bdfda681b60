// @vitest-environment jsdom
// DOMPurify supports jsdom; under happy-dom it is known to let payloads through (happy-dom#2182).
import { render } from '@testing-library/react';
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { MediaSource, type MediaResolver } from '@renderer/content/media-source';
import { RichText } from '@renderer/content/RichText';
import { sanitiseRichHtml } from '@renderer/content/sanitise';
import { GOOD_MEDIA, xssPayloads } from '../../fixtures/content/xss-payloads';
import { policyFindings, renderedFindings } from '../harness/xss-checks';

const media: MediaResolver = {
  urlFor: (hash) =>
    `media:${hash}` === GOOD_MEDIA
      ? Promise.resolve('blob:good-media')
      : Promise.reject(new Error('unknown media')),
};

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

describe('the checks themselves', () => {
  it('find what each family of payloads would leave if it were not sanitised', () => {
    const families = new Map<string, string[]>();
    // TeX commands and gap markers are only dangerous once typeset or placed: not in the raw markup.
    for (const p of xssPayloads.filter(
      (x) => x.family !== 'TeX commands' && x.family !== 'cloze markers',
    )) {
      const raw = document.createElement('div');
      // Parsed inert (a template) so nothing in it runs while it is inspected.
      const template = document.createElement('template');
      template.innerHTML = p.html;
      raw.append(template.content.cloneNode(true));
      const found = renderedFindings(raw).length + policyFindings(template.content).length;
      families.set(p.family, [...(families.get(p.family) ?? []), found > 0 ? 'found' : p.html]);
    }
    for (const [family, results] of families) {
      expect(results.filter((r) => r === 'found').length, family).toBeGreaterThan(
        results.length / 2,
      );
    }
  });
});

describe('TeX', () => {
  it('would bring links and styles if KaTeX trusted its input, which the renderer never lets it', () => {
    const trusting = document.createElement('div');
    katex.render(
      '\\href{javascript:alert(1)}{x}\\htmlStyle{background:url(http://198.51.100.7/)}{y}',
      trusting,
      {
        trust: true,
        throwOnError: false,
      },
    );
    expect(renderedFindings(trusting).length).toBeGreaterThan(0);
  });
});

describe('the XSS payload list through the renderer', () => {
  it.each(xssPayloads.map((p, i) => [i, p.family, p.html] as const))(
    'payload %i (%s) is sanitised to the policy: %s',
    (_i, _family, html) => {
      expect(policyFindings(sanitiseRichHtml(html))).toEqual([]);
    },
  );

  // Some 250 rich texts in one render: given room for a busy machine.
  it(
    'renders every payload through RichText, as a stem and as a cloze passage, with nothing that runs or loads',
    { timeout: 30_000 },
    async () => {
      const { container } = render(
        <MediaSource.Provider value={media}>
          {xssPayloads.map((p, i) => (
            <div key={i} data-payload={i}>
              <RichText format="html" text={p.html} />
              <RichText
                format="html"
                text={p.html}
                gap={(id, n) => <input aria-label={`Gap ${n}`} data-gap={id} />}
              />
            </div>
          ))}
        </MediaSource.Provider>,
      );
      // Let the media source answer, so images are in their final form.
      await new Promise((resolve) => setTimeout(resolve, 20));
      const findings = Array.from(
        container.querySelectorAll<HTMLElement>('[data-payload]'),
      ).flatMap((root) =>
        renderedFindings(root).map((problem) => `payload ${root.dataset.payload}: ${problem}`),
      );
      expect(findings).toEqual([]);
      expect(window.__pwned).toBeUndefined();
      expect(document.getElementById('__pwned')).toBeNull();
      expect(document.getElementsByName('__pwned')).toHaveLength(0);
      // The allowed parts survive among the payloads: the good media image and the typeset TeX.
      expect(container.querySelector('img[src="blob:good-media"]')).not.toBeNull();
      expect(container.querySelectorAll('.katex').length).toBeGreaterThan(0);
    },
  );
});
