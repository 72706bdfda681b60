import { net, protocol } from 'electron';
import { extname, join, normalize, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { APP_HOST, APP_PROTOCOL } from '@shared/api/bridge';
import { CONTENT_SECURITY_POLICY } from '@shared/api/csp';

/** Must run before app ready: app:// behaves like a secure, standard origin. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_PROTOCOL, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/** Serves the built renderer from app://exam/, never a path outside its folder. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_PROTOCOL, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return new Response('Not found', { status: 404 });
    const pathname = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname);
    const file = normalize(join(rendererDir, pathname));
    const rel = relative(rendererDir, file);
    if (rel.startsWith('..') || rel.includes('../'))
      return new Response('Not found', { status: 404 });
    const target = extname(file) === '' ? join(rendererDir, 'index.html') : file;
    const response = await net.fetch(pathToFileURL(target).toString());
    if (!response.ok) return new Response('Not found', { status: 404 });
    return new Response(response.body, {
      status: 200,
      headers: {
        'content-type': MIME[extname(target)] ?? 'application/octet-stream',
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
      },
    });
  });
}
