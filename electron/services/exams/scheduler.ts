import type { Scheduler } from '@shared/scheduler';

// The exam area takes the type from here; the interface is shared/ so sync can use it too.
export type { Scheduler } from '@shared/scheduler';

/** The app's timers: Node's own. Tests pass a `ManualScheduler` instead. */
export const realScheduler: Scheduler = {
  after(ms, run) {
    const timer = setTimeout(run, Math.max(0, ms));
    return () => clearTimeout(timer);
  },
  every(ms, run) {
    const timer = setInterval(run, ms);
    return () => clearInterval(timer);
  },
};
