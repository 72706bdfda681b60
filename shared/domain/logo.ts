/**
 * An organisation's logo is shown only when the image travels in the data
 * itself, as a data URL of one of these types. A web address is never loaded:
 * the renderer's Content-Security-Policy allows images from the app and data
 * URLs only (shared/api/csp.ts), so an exam screen makes no request a logo's
 * host could log or answer with something else. Logos from older versions that
 * are web addresses stay stored, are not shown, and the Organisation screen
 * asks for the image file instead.
 */
const LOCAL_LOGO = /^data:image\/(png|jpeg|svg\+xml|webp);base64,[A-Za-z0-9+/]*={0,2}$/;

export const LOGO_TYPES_IN_WORDS = 'PNG, JPEG, SVG or WebP';

export function isLocalLogo(url: string | null | undefined): url is string {
  return typeof url === 'string' && LOCAL_LOGO.test(url);
}

/** The logo to show, or null when there is none or it is not local. */
export function shownLogo(url: string | null): string | null {
  return isLocalLogo(url) ? url : null;
}
