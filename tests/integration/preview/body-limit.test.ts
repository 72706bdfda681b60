import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { PREVIEW_MAX_BODY_BYTES, startPreviewHost, type PreviewHost } from '@main/preview/host';
import { createTestCore } from '../../helpers/core';
import { tempDir } from '../../helpers/temp-dir';

const TOKEN = 'body-limit-test-token';
const TAB = 'tab-0001-body-limit';
const hosts: PreviewHost[] = [];

afterEach(async () => {
  while (hosts.length > 0) await hosts.pop()?.close();
});

async function previewHost(): Promise<PreviewHost> {
  const core = await createTestCore();
  const host = await startPreviewHost({
    core,
    rendererDir: tempDir('exam-renderer-'),
    token: TOKEN,
  });
  hosts.push(host);
  return host;
}

interface Answer {
  status: number;
  body: unknown;
}

/**
 * One POST over a real connection, the body sent in 1 MiB pieces, as
 * `Content-Length` or chunked. A reset rejects, so the test sees it.
 */
function post(host: PreviewHost, method: string, body: Buffer, chunked: boolean): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: host.port,
        path: `/api/${method}`,
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-exam-token': TOKEN,
          'x-exam-tab': TAB,
          ...(chunked ? {} : { 'content-length': String(body.length) }),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown,
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    const piece = 1024 * 1024;
    for (let at = 0; at < body.length; at += piece) req.write(body.subarray(at, at + piece));
    req.end();
  });
}

/** `{}` padded with spaces to `bytes`: JSON of exactly that size. */
const jsonOfSize = (bytes: number): Buffer =>
  Buffer.concat([Buffer.from('{}'), Buffer.alloc(bytes - 2, ' ')]);

const TOO_LARGE = {
  ok: false,
  error: {
    code: 'VALIDATION',
    message:
      '(input): the request body is 9.0 MiB, more than the 8.0 MiB the preview takes in one request',
    field: '(input)',
  },
};

describe('the preview host’s body limit', () => {
  it.each([
    ['with a Content-Length', false],
    ['sent chunked', true],
  ])(
    'answers a body over the limit %s with a 413 that says why, not a reset',
    async (_label, chunked) => {
      const host = await previewHost();
      const answer = await post(host, 'auth.session', jsonOfSize(9 * 1024 * 1024), chunked);
      expect(answer).toEqual({ status: 413, body: TOO_LARGE });
    },
  );

  it('reads a body of exactly the limit, and serves the next request after a refused one', async () => {
    const host = await previewHost();
    expect(await post(host, 'auth.session', jsonOfSize(PREVIEW_MAX_BODY_BYTES), false)).toEqual({
      status: 200,
      body: { ok: true, value: null },
    });
    expect(
      (await post(host, 'auth.session', jsonOfSize(PREVIEW_MAX_BODY_BYTES + 1), false)).status,
    ).toBe(413);
    expect(await post(host, 'auth.session', Buffer.from('{}'), false)).toEqual({
      status: 200,
      body: { ok: true, value: null },
    });
  });
});
