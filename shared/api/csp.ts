/**
 * The renderer's Content-Security-Policy, sent by the app:// protocol and by the
 * preview host. Scripts only from the app itself; no eval, no remote code.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  // Images from the app and data URLs only (logos travel in the data, shared/domain/logo.ts).
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "frame-src 'none'",
  "worker-src 'none'",
].join('; ');
