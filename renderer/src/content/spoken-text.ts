import renderA11yString from 'katex/contrib/render-a11y-string';

function formulaWords(tex: string): string {
  try {
    return renderA11yString(tex);
  } catch {
    return tex;
  }
}

/**
 * The words of rendered content for a live region: a typeset formula as
 * KaTeX's own speech text of its TeX ("x, squared"), MathML as its text, and
 * nothing that is hidden from assistive technology.
 */
export function spokenText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  for (const formula of Array.from(copy.querySelectorAll('.katex'))) {
    const tex = formula.querySelector('annotation')?.textContent ?? '';
    formula.replaceWith(` ${formulaWords(tex)} `);
  }
  for (const hidden of Array.from(copy.querySelectorAll('[aria-hidden="true"], annotation'))) {
    hidden.remove();
  }
  return copy.textContent.replace(/\s+/g, ' ').trim();
}
