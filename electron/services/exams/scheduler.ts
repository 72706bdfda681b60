/** Runs a callback every `ms`; returns a function that stops it. Tests pass one they drive by hand. */
export interface Scheduler {
  every(ms: number, run: () => void): () => void;
}

export const realScheduler: Scheduler = {
  every(ms, run) {
    const timer = setInterval(run, ms);
    return () => clearInterval(timer);
  },
};
