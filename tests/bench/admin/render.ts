/** Filled in once the bank screen exists: returns null (and says so) until then. */
export function measureRender(_dataDir: string): Promise<{ p95: number; p50: number } | null> {
  console.log('search_render: not measured');
  return Promise.resolve(null);
}
