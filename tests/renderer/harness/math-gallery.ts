import { formulaNode } from '@renderer/content/math';

/** Formulas of each kind an exam paper holds, for looking at and for measuring stretched glyphs. */
export const galleryFormulas: readonly { name: string; tex: string; display: boolean }[] = [
  { name: 'fraction', tex: '\\frac{a+b}{c} = \\tfrac{1}{2}', display: false },
  { name: 'roots', tex: '\\sqrt{x^2+1} + \\sqrt[3]{8} = \\sqrt{\\frac{a}{b}}', display: true },
  { name: 'sum', tex: '\\sum_{k=1}^{n} k^2 = \\frac{n(n+1)(2n+1)}{6}', display: true },
  { name: 'sum-inline', tex: '\\sum_{k=1}^{n} k', display: false },
  {
    name: 'integral',
    tex: '\\int_0^{\\infty} e^{-x^2}\\,dx = \\frac{\\sqrt{\\pi}}{2}',
    display: true,
  },
  { name: 'limit', tex: '\\lim_{x \\to 0} \\frac{\\sin x}{x} = 1', display: true },
  {
    name: 'matrix',
    tex: 'A = \\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix}, \\quad \\det\\begin{vmatrix} a & b \\\\ c & d \\end{vmatrix}',
    display: true,
  },
  { name: 'scripts', tex: 'x_i^2 + y_{i,j}^{n+1} + e^{i\\pi} + a_{n_k}', display: false },
  {
    name: 'stretchy',
    tex: '\\left( \\frac{a}{b} \\right)^2 + \\left[ \\sum_{i=1}^{n} x_i \\right] + \\left\\{ \\frac{1}{2} \\right\\}',
    display: true,
  },
  {
    name: 'accents',
    tex: '\\hat{x} + \\bar{y} + \\dot{x} + \\tilde{n} + \\overline{AB} + \\widehat{xyz}',
    display: false,
  },
  {
    name: 'vectors',
    tex: '\\vec{v} = \\vec{F} / m, \\quad \\overrightarrow{AB} + \\underbrace{a+b}_{n}',
    display: false,
  },
  {
    name: 'tall-delimiters',
    tex: '\\left( \\begin{matrix} 1 \\\\ 2 \\\\ 3 \\\\ 4 \\\\ 5 \\\\ 6 \\end{matrix} \\right) \\Bigg\\{ x \\Bigg\\}',
    display: true,
  },
  { name: 'text', tex: 'v = 3\\,\\text{m/s} \\text{ when } t > 0', display: false },
  {
    name: 'aligned',
    tex: '\\begin{aligned} 2x + 3 &= 7 \\\\ x &= 2 \\end{aligned}',
    display: true,
  },
  {
    name: 'chemistry',
    tex: '\\mathrm{H_2SO_4} + 2\\,\\mathrm{NaOH} \\rightarrow \\mathrm{Na_2SO_4} + 2\\,\\mathrm{H_2O}',
    display: false,
  },
  { name: 'quadratic', tex: 'x = \\frac{-b \\pm \\sqrt{b^2 - 4ac}}{2a}', display: true },
  {
    name: 'units',
    tex: 'F = G \\frac{m_1 m_2}{r^2}, \\quad g = 9.81\\,\\mathrm{m\\,s^{-2}}',
    display: false,
  },
  {
    name: 'cases',
    tex: 'f(x) = \\begin{cases} x & x \\ge 0 \\\\ -x & x < 0 \\end{cases}',
    display: true,
  },
];

/** Every gallery formula, each in a row labelled by its name, as the page shows them. */
export function renderMathGallery(root: HTMLElement): void {
  const rows = galleryFormulas.map(({ name, tex, display }) => {
    const row = document.createElement('p');
    row.dataset.formula = name;
    row.className = 'rich-text';
    row.append(`${name}: `, formulaNode(tex, display, tex), ' end.');
    return row;
  });
  root.replaceChildren(...rows);
}
