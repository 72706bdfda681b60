import type { GrowthPhase } from './phase';
import { measurePushGrowth } from './push-phase';

/** The push of a large backlog and of a big import (push-phase.ts), with the targets. */
const PUSH_TARGETS = {
  push_100k_ok: { equals: 1 },
  push_100k_peak_rss_mb: { below: 600 },
  push_max_request_mb: { atMost: 16 },
  import_50k_push_ok: { equals: 1 },
} as const;

export const pushPhase: GrowthPhase = {
  name: 'push of a large backlog and import',
  targets: PUSH_TARGETS,
  run: (scratch) => measurePushGrowth(scratch),
};
