/** Gives the gate back; calling it again does nothing. */
export type Release = () => void;

/**
 * One writer at a time on a database file, served in the order they asked.
 * Every transaction the app runs, the apply step of a pull and a checkpoint
 * take it, so none of them meets another half-way: the engine's own writes
 * (a pull's apply, a checkpoint) do not wait on a busy database, they fail,
 * and a save that began before a pull committed would be refused as stale.
 * Waiting here costs nothing while the holder works; there is no polling.
 */
export class WriteGate {
  private held = false;
  private readonly waiting: Array<() => void> = [];

  /** Resolves once the caller holds the gate. */
  acquire(): Promise<Release> {
    return new Promise<Release>((resolve) => {
      const grant = () => {
        this.held = true;
        resolve(this.releaser());
      };
      if (this.held) this.waiting.push(grant);
      else grant();
    });
  }

  /** Runs `work` holding the gate. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    const release = await this.acquire();
    try {
      return await work();
    } finally {
      release();
    }
  }

  /** Someone holds the gate or waits for it. */
  get busy(): boolean {
    return this.held || this.waiting.length > 0;
  }

  private releaser(): Release {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next) next();
      else this.held = false;
    };
  }
}
