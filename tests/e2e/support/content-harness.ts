import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, relative, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { CONTENT_SECURITY_POLICY } from '@shared/api/csp';

const root = resolve(import.meta.dirname, '../../..');
const harnessDir = join(root, 'tests/renderer/harness');
export const harnessOutDir = join(root, 'out/content-harness');

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/**
 * Builds the content harness page with Vite, as the renderer is built
 * (React plugin, production mode, KaTeX's CSS and fonts bundled).
 */
export async function buildContentHarness(): Promise<void> {
  await build({
    configFile: false,
    root: harnessDir,
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    // One bundle on purpose: the harness is loaded whole, like the renderer.
    build: { outDir: harnessOutDir, emptyOutDir: true, chunkSizeWarningLimit: 4_000 },
  });
}

export interface HarnessServer {
  origin: string;
  url(mode: string): string;
  close(): Promise<void>;
}

/** Serves the built harness on 127.0.0.1 with the app's own Content-Security-Policy. */
export async function serveContentHarness(): Promise<HarnessServer> {
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const file = normalize(
      join(harnessOutDir, decodeURIComponent(path === '/' ? '/index.html' : path)),
    );
    const inside = !relative(harnessOutDir, file).startsWith('..');
    if (!inside || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': MIME[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (mode) => `${origin}/#${mode}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
