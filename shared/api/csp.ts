/**
 * The renderer's Content-Security-Policy, sent by the app:// protocol and by the
 * preview host. Scripts only from the app itself; no eval, no remote code.
 *
 * Styles stay `'self'` with no `'unsafe-inline'`: KaTeX's inline styles are
 * set through the CSSOM (`katex.render`, then cloned), which this directive
 * does not govern, while a `style` attribute in markup is still refused.
 * Question media reach the page as blob: URLs made from bytes read through
 * the API, so images and audio may come from blob: and nowhere new besides.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  // Images from the app, data URLs (logos travel in the data, shared/domain/logo.ts) and the
  // blob: URLs of question media; nothing remote.
  "img-src 'self' data: blob:",
  'media-src blob:',
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "frame-src 'none'",
  "worker-src 'none'",
].join('; ');
