/** Polls until `check` returns a value (not undefined/false), or fails with what it was waiting for. */
export async function waitFor<T>(
  what: string,
  check: () => Promise<T | false | undefined>,
  timeoutMs = 30_000,
  everyMs = 50,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown = null;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== false && value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(
    `timed out waiting for ${what}${last instanceof Error ? ` (last error: ${last.message})` : ''}`,
  );
}
