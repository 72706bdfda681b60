import type { WriteGate } from '../write-gate';

/** The engine's pull request (incremental pulls and long-poll waits alike). */
function isPullUpdates(input: Parameters<typeof fetch>[0]): boolean {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  return /\/pull-updates(\?|$)/.test(url);
}

/**
 * The fetch the engine uses, so that a pull takes the write gate between
 * fetching and applying: `pull()` does both in one call, and applying begins
 * once the response has been read to its end. The end of a pull's response
 * is held back until the pull holds the gate (see WriteGate).
 */
export function applyGatedFetch(base: typeof fetch, gate: WriteGate): typeof fetch {
  return async (input, init) => {
    const response = await base(input, init);
    if (!response.ok || !isPullUpdates(input) || !gate.pulling) return response;
    const body = response.body;
    if (!body) {
      await gate.pullResponseArrived();
      return response;
    }
    const gated = body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({ flush: () => gate.pullResponseArrived() }),
    );
    return new Response(gated, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
}
