import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, relative } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '@shared/api/csp';
import type { Core } from '../app/core';

export interface PreviewHostOptions {
  core: Core;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** A fixed token (tests); otherwise a random one per run. */
  token?: string;
}

export interface PreviewHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

const TAB_ID = /^[A-Za-z0-9-]{8,64}$/;

/**
 * Only the host answers 401 (the router answers 200 with its result), so the
 * page knows from the status alone that its link lacks this run's token and
 * shows how to get the right one instead of a sign-in form that cannot work.
 */
const BAD_TOKEN = {
  ok: false,
  error: {
    code: 'UNAUTHENTICATED',
    message:
      'This page was opened without the preview token of this run: open the link the preview printed (Open: http://127.0.0.1:PORT/?token=...).',
  },
} as const;
/**
 * The largest request body the preview reads: a 20 MB audio clip, as base64 in
 * JSON, is the largest (media.upload); an import file travels inside one too.
 */
export const PREVIEW_MAX_BODY_BYTES = 32 * 1024 * 1024;

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  });
  res.end(text);
}

type RequestBody = { kind: 'read'; text: string } | { kind: 'too_large'; bytes: number };

const mebibytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;

/**
 * Reads a request body up to the limit. A larger one is read to its end and
 * dropped, so the client gets the 413 that says why: answering while it still
 * sends, or closing the connection under it, reaches it as a reset instead.
 */
function readBody(req: IncomingMessage): Promise<RequestBody> {
  return new Promise((resolve, reject) => {
    let bytes = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > PREVIEW_MAX_BODY_BYTES) chunks.length = 0;
      else chunks.push(chunk);
    });
    req.on('end', () =>
      resolve(
        bytes > PREVIEW_MAX_BODY_BYTES
          ? { kind: 'too_large', bytes }
          : { kind: 'read', text: Buffer.concat(chunks).toString('utf8') },
      ),
    );
    req.on('error', reject);
  });
}

function bodyTooLarge(bytes: number) {
  return {
    ok: false,
    error: {
      code: 'VALIDATION',
      message: `(input): the request body is ${mebibytes(bytes)}, more than the ${mebibytes(PREVIEW_MAX_BODY_BYTES)} the preview takes in one request`,
      field: '(input)',
    },
  } as const;
}

/**
 * The browser preview: the same API router over HTTP on 127.0.0.1, for
 * development and tests. Every API request must carry this run's token and come
 * from this host's own origin; sessions are keyed by a per-tab id.
 */
export async function startPreviewHost(options: PreviewHostOptions): Promise<PreviewHost> {
  const { core, rendererDir } = options;
  const token = options.token ?? randomBytes(24).toString('base64url');
  let origin = '';
  const streams = new Set<{ res: ServerResponse; tab: string }>();

  const unsubscribe = core.events.subscribe((name, payload, target) => {
    for (const s of streams) {
      if (target === null || target === `http:${s.tab}`) {
        s.res.write(`event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`);
      }
    }
  });

  const trustedRequest = (req: IncomingMessage): boolean => {
    // Host and Origin must be ours: a page on another origin (or a rebound DNS name) gets nothing.
    if (req.headers.host !== origin.replace('http://', '')) return false;
    const from = req.headers.origin;
    return from === undefined || from === origin;
  };

  const serveStatic = (req: IncomingMessage, res: ServerResponse, pathname: string): void => {
    const file = normalize(
      join(rendererDir, decodeURIComponent(pathname === '/' ? '/index.html' : pathname)),
    );
    const rel = relative(rendererDir, file);
    const inside = !rel.startsWith('..') && existsSync(file) && statSync(file).isFile();
    const target = inside ? file : join(rendererDir, 'index.html');
    if (!existsSync(target)) {
      res.writeHead(503, { 'content-type': 'text/plain' });
      res.end('The renderer is not built yet. Run `npm run build` first.');
      return;
    }
    res.writeHead(200, {
      'content-type': MIME[extname(target)] ?? 'application/octet-stream',
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'cache-control': extname(target) === '.html' ? 'no-store' : 'max-age=3600',
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(target).pipe(res);
  };

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', origin);
      if (!trustedRequest(req)) {
        send(res, 403, {
          ok: false,
          error: { code: 'FORBIDDEN', message: 'Wrong host or origin' },
        });
        return;
      }
      if (!url.pathname.startsWith('/api/')) {
        if (req.method !== 'GET' && req.method !== 'HEAD') {
          send(res, 405, {
            ok: false,
            error: { code: 'FORBIDDEN', message: 'Method not allowed' },
          });
          return;
        }
        serveStatic(req, res, url.pathname);
        return;
      }
      if (url.pathname === '/api/events') {
        const tab = url.searchParams.get('tab') ?? '';
        if (!sameSecret(url.searchParams.get('token') ?? '', token) || !TAB_ID.test(tab)) {
          send(res, 401, BAD_TOKEN);
          return;
        }
        res.writeHead(200, {
          'content-type': 'text/event-stream',
          'cache-control': 'no-store',
          connection: 'keep-alive',
        });
        res.write(': connected\n\n');
        const last = core.events.last('sync.status');
        if (last) res.write(`event: sync.status\ndata: ${JSON.stringify(last)}\n\n`);
        const entry = { res, tab };
        streams.add(entry);
        req.on('close', () => streams.delete(entry));
        return;
      }
      const tab = String(req.headers['x-exam-tab'] ?? '');
      if (!sameSecret(String(req.headers['x-exam-token'] ?? ''), token) || !TAB_ID.test(tab)) {
        send(res, 401, BAD_TOKEN);
        return;
      }
      if (req.method !== 'POST') {
        send(res, 405, { ok: false, error: { code: 'FORBIDDEN', message: 'Use POST' } });
        return;
      }
      const body = await readBody(req);
      if (body.kind === 'too_large') {
        send(res, 413, bodyTooLarge(body.bytes));
        return;
      }
      let input: unknown;
      try {
        input = body.text === '' ? {} : (JSON.parse(body.text) as unknown);
      } catch {
        send(res, 400, {
          ok: false,
          error: {
            code: 'VALIDATION',
            message: '(input): the request body is not JSON',
            field: '(input)',
          },
        });
        return;
      }
      const method = decodeURIComponent(url.pathname.slice('/api/'.length));
      const result = await core.router.dispatch(method, input, {
        sessionKey: `http:${tab}`,
        transport: 'http',
        ipAddress: req.socket.remoteAddress ?? null,
      });
      send(res, 200, result);
    })().catch(() => {
      if (!res.headersSent)
        send(res, 500, { ok: false, error: { code: 'INTERNAL', message: 'Preview host error' } });
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // Loopback only: the preview is never reachable from the network.
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        unsubscribe();
        for (const s of streams) s.res.end();
        streams.clear();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
