/**
 * The imports running now, by the session that started them and the
 * progress token its window chose, so that window can cancel its own import.
 * A cancel takes effect between two staged transactions.
 */
export class RunningImports {
  private readonly running = new Map<string, AbortController>();

  start(sessionKey: string, token: string | undefined): { signal: AbortSignal; finish(): void } {
    const controller = new AbortController();
    const key = token === undefined ? null : `${sessionKey}\u0000${token}`;
    if (key !== null) this.running.set(key, controller);
    return {
      signal: controller.signal,
      finish: () => {
        if (key !== null && this.running.get(key) === controller) this.running.delete(key);
      },
    };
  }

  /** True when an import of this session with this token was running and is now told to stop. */
  cancel(sessionKey: string, token: string): boolean {
    const controller = this.running.get(`${sessionKey}\u0000${token}`);
    if (!controller) return false;
    controller.abort();
    return true;
  }
}

/** The question and people imports of this process. */
export const runningImports = new RunningImports();
